"""Duties: what the office owes someone by a date (the deadline engine)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from .states import DutyStatus


class Duty(BaseModel):
    """One thing owed by `unit` (and `assignee`, if any) by `due_date`.

    `earliest` opens a window ("1个月左右", BJ-27-7): fulfilment before it does
    not count.  Overdue is not stored: it is `status == open and due_date <
    today`, a plain indexed query.  Reminders stamp `last_reminded_on`, so each
    duty is reminded at most once a day; `remind_on` adds reminders on set dates.
    """

    jurisdiction_field = "unit"

    kind = models.CharField(_("事项类型"), max_length=64)
    title = models.CharField(_("事项"), max_length=200)
    clause = models.CharField(_("依据条款"), max_length=32)
    subject_type = models.CharField(_("对象类型"), max_length=64)
    subject_id = models.CharField(_("对象编号"), max_length=64)
    subject_label = models.CharField(_("服务对象"), max_length=200, blank=True)
    link = models.CharField(_("办理链接"), max_length=300, blank=True)
    # Empty only while the deadline waits for a year's statutory calendar: it is then `pending_workdays`
    # working days after `pending_start` (see rules.PendingDue), computed when the year is imported.
    due_date = models.DateField(_("截止日期"), null=True, blank=True)
    pending_start = models.DateField(_("待日历：起算日期"), null=True, blank=True)
    pending_workdays = models.PositiveSmallIntegerField(_("待日历：工作日数"), null=True, blank=True)
    earliest = models.DateField(_("最早办理日期"), null=True, blank=True)
    # Foreign keys without their own single-column indexes: the composite indexes below
    # lead with them, and fewer indexes keep the daily set-based updates cheap.
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("责任机构"), on_delete=models.PROTECT, related_name="+",
                             db_index=False)
    assignee = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("经办人"), null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="duties", db_index=False)
    status = models.CharField(_("状态"), max_length=16, choices=DutyStatus.choices, default=DutyStatus.OPEN)
    created_by_event = models.ForeignKey("audit.AuditEvent", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                                         db_index=False)
    fulfilled_by_event = models.ForeignKey("audit.AuditEvent", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                                           db_index=False)
    fulfilled_on = models.DateField(_("完成日期"), null=True, blank=True)
    cancel_reason = models.TextField(_("取消原因"), blank=True)
    last_reminded_on = models.DateField(_("最近提醒日期"), null=True, blank=True)
    # Reminders on set dates before the due date (e.g. when a window opens, CZ-8-2), besides the
    # engine's own reminders in the last working days: `remind_on` is the next such date and
    # `remind_dates` the ones after it.
    remind_on = models.DateField(_("下次提醒日期"), null=True, blank=True)
    remind_dates = models.JSONField(_("其后提醒日期"), default=list, blank=True)

    class Meta:
        verbose_name = _("待办事项")
        verbose_name_plural = _("待办事项")
        indexes = [
            models.Index(fields=["due_date"], condition=models.Q(status="open"), name="duty_open_due_idx"),
            models.Index(fields=["remind_on"], condition=models.Q(status="open", remind_on__isnull=False),
                         name="duty_open_remind_idx"),
            models.Index(fields=["assignee", "status", "due_date"], name="duty_assignee_idx"),
            models.Index(fields=["unit", "status", "due_date"], name="duty_unit_idx"),
            models.Index(fields=["subject_type", "subject_id", "kind"], name="duty_subject_idx"),
            models.Index(fields=["pending_start"], condition=models.Q(due_date__isnull=True), name="duty_pending_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(earliest__isnull=True) | models.Q(due_date__isnull=True)
                                   | models.Q(earliest__lte=models.F("due_date")), name="duty_window_ordered"),
            models.CheckConstraint(condition=models.Q(due_date__isnull=False)
                                   | models.Q(pending_start__isnull=False, pending_workdays__isnull=False),
                                   name="duty_due_or_pending"),
        ]

    @property
    def due_pending(self) -> bool:
        return self.due_date is None

    def __str__(self):
        return f"{self.title}（{self.due_date:%Y-%m-%d}）" if self.due_date else f"{self.title}（截止日期待日历）"


class DutySnapshot(models.Model):
    """The daily monitoring record (BJ-58-1): per unit and kind, how many duties were open,
    overdue, done on time and late on `day`.  Written by the daily job in one pass."""

    day = models.DateField(_("日期"))
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("责任机构"), on_delete=models.PROTECT, related_name="+",
                             db_index=False)
    kind = models.CharField(_("事项类型"), max_length=64)
    open = models.PositiveIntegerField(_("待办"))
    overdue = models.PositiveIntegerField(_("已逾期"))
    on_time = models.PositiveIntegerField(_("按时完成"))
    late = models.PositiveIntegerField(_("逾期（含逾期完成）"))

    class Meta:
        verbose_name = _("每日监测记录")
        verbose_name_plural = _("每日监测记录")
        constraints = [models.UniqueConstraint(fields=["unit", "day", "kind"], name="duty_snapshot_unique")]
