"""Outreach surveys of certified persons (BJ-18 to BJ-21), the employment needs archive (BJ-20-3) and the
configurable lists of chapter 3."""
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import OptionList, SurveyKind, TargetCategory
from ..states import SurveyStatus


class AssistanceOption(BaseModel):
    """An agency's own entry of a configurable list (BJ-19-1, BJ-19-2, BJ-21-3, BJ-27-2); it applies in the
    configuring unit's subtree."""

    jurisdiction_field = "unit"

    list = models.CharField(_("清单"), max_length=24, choices=OptionList.choices)
    code = models.SlugField(_("代码"), max_length=32)
    label = models.CharField(_("名称"), max_length=60)
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("配置机构"), on_delete=models.PROTECT, related_name="+")
    active = models.BooleanField(_("启用"), default=True)

    class Meta:
        verbose_name = _("就业援助可配置清单项")
        verbose_name_plural = _("就业援助可配置清单项")
        ordering = ["list", "label"]
        constraints = [models.UniqueConstraint(fields=["list", "code"], name="assistance_option_unique")]

    def __str__(self):
        return self.label


class SurveyTarget(BaseModel):
    """A certified person on a street/township's outreach worklist, for one outreach episode (BJ-18-1, BJ-18-2,
    BJ-21-11, open questions 33 and 35)."""

    jurisdiction_field = "unit"

    job_seeker = models.ForeignKey("job_seekers.JobSeeker", on_delete=models.PROTECT, related_name="survey_targets")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("摸查街道（乡镇）"), on_delete=models.PROTECT,
                             related_name="+")
    category = models.CharField(_("摸查对象类别"), max_length=1, choices=TargetCategory.choices)
    episode = models.PositiveSmallIntegerField(_("摸查周期"))
    listed_on = models.DateField(_("列入名单日期"))
    status = models.CharField(_("摸查状态"), max_length=24, choices=SurveyStatus.choices, default=SurveyStatus.TARGET)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    assigned_to = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("摸查人员"), null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="+")
    stop_rule = models.CharField(_("停止服务依据"), max_length=12, blank=True)
    reported_to = models.CharField(_("反馈的就失业登记管理部门"), max_length=100, blank=True)
    reported_on = models.DateField(_("反馈日期"), null=True, blank=True)
    report_content = models.TextField(_("反馈内容"), blank=True)
    reported_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="+")
    closed_on = models.DateField(_("结束日期"), null=True, blank=True)

    class Meta:
        verbose_name = _("摸查对象")
        verbose_name_plural = _("摸查对象")
        ordering = ["-listed_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["job_seeker", "episode"], name="survey_target_episode_unique"),
            models.UniqueConstraint(fields=["job_seeker"], name="survey_target_one_open",
                                    condition=Q(status__in=["target", "willing_unregistered", "unwilling"])),
        ]

    def __str__(self):
        return f"{self.job_seeker.full_name}（{self.get_status_display()}）"


class Survey(BaseModel):
    """One survey or follow-up survey, reached or not (BJ-19-1, BJ-19-2, BJ-21-2, BJ-21-3)."""

    jurisdiction_field = "unit"

    target = models.ForeignKey(SurveyTarget, on_delete=models.PROTECT, related_name="surveys")
    kind = models.CharField(_("摸查类型"), max_length=12, choices=SurveyKind.choices)
    occurred_on = models.DateField(_("摸查日期"))
    method = models.CharField(_("摸查方式"), max_length=32)
    method_label = models.CharField(_("摸查方式名称"), max_length=60)
    reached = models.BooleanField(_("已联系到本人"))
    willing = models.BooleanField(_("有就业意愿"), null=True, blank=True)
    reasons = models.JSONField(_("暂无就业意愿的原因"), default=list, blank=True)
    reason_note = models.CharField(_("原因说明"), max_length=300, blank=True)
    answers = models.JSONField(_("其他摸查情况"), default=dict, blank=True)
    circumstance = models.CharField(_("调整跟踪摸查时间的情况"), max_length=32, blank=True)
    circumstance_note = models.CharField(_("情况说明"), max_length=300, blank=True)
    next_due = models.DateField(_("下次跟踪摸查期限"), null=True, blank=True)
    interval_days = models.PositiveSmallIntegerField(_("距上次摸查天数"), null=True, blank=True)
    interval_breach = models.BooleanField(_("两次摸查间隔超过上限"), default=False)
    recorded_late = models.BooleanField(_("未在摸查当天录入"), default=False)
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("就业意愿摸查记录")
        verbose_name_plural = _("就业意愿摸查记录")
        ordering = ["occurred_on", "pk"]


class NeedsArchive(BaseModel):
    """The employment needs archive (就业需求档案, Annex 2 not in the source), one per person; it belongs to
    whoever holds the person, so it moves with them (BJ-20-1, BJ-24-5)."""

    jurisdiction_field = "job_seeker__unit"

    job_seeker = models.OneToOneField("job_seekers.JobSeeker", on_delete=models.PROTECT, related_name="needs_archive")
    opened_on = models.DateField(_("建立日期"))

    class Meta:
        verbose_name = _("就业需求档案")
        verbose_name_plural = _("就业需求档案")


class NeedsArchiveVersion(BaseModel):
    """One version of the needs archive: every change is a new version with date and author (BJ-20-3, BJ-32-2)."""

    archive = models.ForeignKey(NeedsArchive, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveSmallIntegerField(_("版本"))
    recorded_on = models.DateField(_("变动日期"))
    source = models.CharField(_("变动来源"), max_length=24)
    content = models.JSONField(_("档案内容"))
    note = models.CharField(_("变动说明"), max_length=300, blank=True)
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("记录机构"), on_delete=models.PROTECT, related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("记录人"), null=True, on_delete=models.PROTECT,
                               related_name="+")

    class Meta:
        ordering = ["number"]
        constraints = [models.UniqueConstraint(fields=["archive", "number"], name="needs_archive_version_unique")]
