"""What the rules read about a person: gradings, routings, advice, readiness, no-contact reports, certifications.

The free-form service history lives in ``ledgers.LedgerEntry`` (ledger "personal").
"""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import Route, SupportTier
from ..states import CertificationStatus
from .people import JobSeeker, ServiceEpisode


class InstrumentPublication(BaseModel):
    """A version of the city-wide grading instrument published by the city (BJ-12-1, BJ-12-3)."""

    version = models.CharField(_("版本"), max_length=60)
    effective_from = models.DateField(_("生效日期"))
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("发布人"), null=True,
                                     on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("分级工具版本发布")
        verbose_name_plural = _("分级工具版本发布")
        ordering = ["-effective_from", "-pk"]


class Grading(BaseModel):
    """One grading (BJ-12-3): version, inputs, per-factor points, total, computed level and any override."""

    jurisdiction_field = "unit"

    job_seeker = models.ForeignKey(JobSeeker, on_delete=models.PROTECT, related_name="gradings")
    episode = models.ForeignKey(ServiceEpisode, on_delete=models.PROTECT, related_name="+")
    instrument_version = models.CharField(_("分级工具版本"), max_length=60)
    graded_on = models.DateField(_("评估日期"))
    inputs = models.JSONField(_("评估输入"))
    factor_points = models.JSONField(_("各因素得分"))  # [{"key", "label", "value", "points"}]
    total = models.PositiveIntegerField(_("总分"))
    computed_level = models.PositiveSmallIntegerField(_("工具计算等级"))
    level = models.PositiveSmallIntegerField(_("就业困难等级"))
    tier = models.CharField(_("帮扶对象等级"), max_length=8, choices=SupportTier.choices, default=SupportTier.GENERAL)
    override_reason = models.TextField(_("调整理由"), blank=True)
    overridden_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("调整人"), null=True, blank=True,
                                      on_delete=models.PROTECT, related_name="+")
    overridden_at = models.DateTimeField(_("调整时间"), null=True, blank=True)
    grader = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("评估人"), null=True, on_delete=models.PROTECT,
                               related_name="+")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("评估机构"), on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("就业困难程度评估")
        verbose_name_plural = _("就业困难程度评估")
        ordering = ["-graded_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(level__gte=1, level__lte=4, computed_level__gte=1, computed_level__lte=4),
                                   name="grading_level_1_to_4"),
        ]

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason)


class RoutingRecord(BaseModel):
    """Where a graded person goes and why (BJ-13-1 to BJ-13-3)."""

    jurisdiction_field = "unit"

    job_seeker = models.ForeignKey(JobSeeker, on_delete=models.PROTECT, related_name="routings")
    grading = models.ForeignKey(Grading, null=True, blank=True, on_delete=models.PROTECT, related_name="routings")
    decided_on = models.DateField(_("日期"))
    route = models.CharField(_("去向"), max_length=16, choices=Route.choices)
    advice_required = models.BooleanField(_("需提供政策咨询"), default=False)
    missing_procedures = models.JSONField(_("未办理的手续"), default=list)
    reasons = models.JSONField(_("理由"), default=list)
    clause = models.CharField(_("依据条款"), max_length=32)
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-decided_on", "-pk"]


class PolicyAdvice(BaseModel):
    """Policy consultation and advice to complete missing procedures (BJ-13-2)."""

    jurisdiction_field = "unit"

    job_seeker = models.ForeignKey(JobSeeker, on_delete=models.PROTECT, related_name="policy_advice")
    routing = models.ForeignKey(RoutingRecord, null=True, blank=True, on_delete=models.PROTECT, related_name="advice")
    given_on = models.DateField(_("咨询日期"))
    missing_procedures = models.JSONField(_("建议办理的手续"), default=list)
    note = models.TextField(_("咨询内容"), blank=True)
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-given_on", "-pk"]


class ReadinessAssessment(BaseModel):
    """A dated job-readiness assessment (BJ-15-1) with its advice when not ready (BJ-15-3)."""

    jurisdiction_field = "unit"

    job_seeker = models.ForeignKey(JobSeeker, on_delete=models.PROTECT, related_name="readiness_assessments")
    assessed_on = models.DateField(_("评估日期"))
    start_lead_days = models.PositiveSmallIntegerField(_("收到聘用通知后需要的准备天数"))
    available_from = models.DateField(_("最早可上岗日期"), null=True, blank=True)
    preparation_insufficient = models.BooleanField(_("就业准备不足"), default=False)
    max_start_days = models.PositiveSmallIntegerField(_("上岗天数标准"))
    job_ready = models.BooleanField(_("具备上岗条件"))
    earliest_start = models.DateField(_("最早上岗日期"))
    basis = models.TextField(_("评估依据"), blank=True)
    advice = models.TextField(_("咨询意见"), blank=True)
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    assessor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-assessed_on", "-pk"]


class NoContactReport(BaseModel):
    """The report to the registration authority after >6 months without contact (BJ-13-5, BJ-13-8)."""

    jurisdiction_field = "unit"

    job_seeker = models.ForeignKey(JobSeeker, on_delete=models.PROTECT, related_name="no_contact_reports")
    episode = models.ForeignKey(ServiceEpisode, on_delete=models.PROTECT, related_name="+")
    last_contact_on = models.DateField(_("最近一次联系日期"))
    stop_from = models.DateField(_("停止服务起始日"))
    recipient = models.CharField(_("接收部门"), max_length=100)
    reported_on = models.DateField(_("反馈日期"))
    content = models.TextField(_("反馈内容"))
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-reported_on", "-pk"]


class DifficultyCertification(BaseModel):
    """A difficulty certification or exit decided by the competent department and recorded here
    (BJ-13-1, BJ-13-2, BJ-26-2, open question 34): the case rules read only the resulting status."""

    jurisdiction_field = "unit"

    job_seeker = models.ForeignKey(JobSeeker, on_delete=models.PROTECT, related_name="certifications")
    status = models.CharField(_("认定结果"), max_length=12, choices=CertificationStatus.choices)
    decided_on = models.DateField(_("认定（退出）日期"))
    authority = models.CharField(_("认定部门"), max_length=100)
    document_ref = models.CharField(_("认定文书编号"), max_length=100, blank=True)
    evidence = models.ForeignKey("documents.ArchiveItem", verbose_name=_("认定材料（电子档案）"), null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="+")
    note = models.CharField(_("备注"), max_length=200, blank=True)
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("录入机构"), on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("录入人"), null=True, on_delete=models.PROTECT,
                              related_name="+")

    class Meta:
        verbose_name = _("就业困难人员认定记录")
        verbose_name_plural = _("就业困难人员认定记录")
        ordering = ["-decided_on", "-pk"]
