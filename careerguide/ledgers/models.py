"""Service ledgers: the immutable service history of a job seeker or an employer
(个人服务台账 BJ-17-*, 用人单位服务台账 BJ-50-*).

One table serves every ledger.  An entry belongs to a subject (any record,
named by its model label and primary key, like audit events), sits in one
section of that ledger kind, and is never changed: a correction is a new entry
pointing at the one it corrects (BJ-17-3).
"""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from .choices import Channel, Initiator


class LedgerEntry(BaseModel):
    jurisdiction_field = "unit"

    ledger = models.CharField(_("台账类型"), max_length=32)  # e.g. "personal", "employer"
    subject_type = models.CharField(_("对象类型"), max_length=64)
    subject_id = models.CharField(_("对象编号"), max_length=64)
    section = models.CharField(_("台账栏目"), max_length=32)
    service_type = models.CharField(_("服务类型"), max_length=48)
    occurred_on = models.DateField(_("服务日期"))
    recorded_at = models.DateTimeField(_("录入时间"))
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("经办人"), null=True, blank=True,
                              on_delete=models.PROTECT, related_name="+")
    initiated_by = models.CharField(_("发起方"), max_length=16, choices=Initiator.choices, default=Initiator.AGENCY)
    channel = models.CharField(_("服务渠道"), max_length=20, choices=Channel.choices, default=Channel.FRONT_DESK)
    summary = models.CharField(_("摘要"), max_length=300)
    content = models.JSONField(_("内容"), default=dict, blank=True)
    outcome = models.CharField(_("结果"), max_length=200, blank=True)
    clause = models.CharField(_("依据条款"), max_length=32, blank=True)
    is_late = models.BooleanField(_("录入不及时"), default=False)
    staff_only = models.BooleanField(_("仅工作人员可见"), default=False)
    corrects = models.ForeignKey("self", verbose_name=_("更正的记录"), null=True, blank=True, on_delete=models.PROTECT,
                                 related_name="corrections")

    class Meta:
        verbose_name = _("台账记录")
        verbose_name_plural = _("台账记录")
        ordering = ["occurred_on", "recorded_at", "pk"]
        indexes = [
            models.Index(fields=["subject_type", "subject_id", "occurred_on"], name="ledger_subject_idx"),
            models.Index(fields=["unit", "occurred_on"], name="ledger_unit_idx"),
        ]

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("ledger entries are immutable; record a correction instead")
        super().save(*args, **kwargs)
