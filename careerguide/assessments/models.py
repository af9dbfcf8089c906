"""Assessment instruments, agreed plans, administrations and reports (CQ-4.3-4, CQ-7.1.6-*, CQ-7.1.7-*),
in the shape of BJ-6-2's instrument registry: every result references the instrument version used."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from .states import ReportStatus

USER = settings.AUTH_USER_MODEL


class InstrumentKind(models.TextChoices):
    PSYCHOMETRIC = "psychometric", _("心理测验")
    STRUCTURED_INTERVIEW = "structured_interview", _("结构化面试")
    OTHER = "other", _("其他")


class AssessmentInstrument(BaseModel):
    """One immutable version of an assessment tool in the catalogue (CQ-4.3-4, BJ-6-2)."""

    name = models.CharField(_("名称"), max_length=100)
    version = models.CharField(_("版本"), max_length=40)
    kind = models.CharField(_("类型"), max_length=24, choices=InstrumentKind.choices)
    licence = models.CharField(_("授权许可"), max_length=200)
    purpose = models.CharField(_("用途"), max_length=300)
    target_group = models.CharField(_("适用对象"), max_length=200)
    items = models.JSONField(_("题目"), default=list, blank=True)
    scoring = models.JSONField(_("计分规则"), default=dict, blank=True)
    output_scale = models.CharField(_("结果刻度"), max_length=40, blank=True)
    effective_from = models.DateField(_("生效日期"))
    published_by = models.ForeignKey(USER, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("测评工具版本")
        verbose_name_plural = _("测评工具版本")
        ordering = ["name", "-effective_from"]
        constraints = [models.UniqueConstraint(fields=["name", "version"], name="assessment_instrument_version_unique")]

    def __str__(self):
        return f"{self.name} {self.version}"


class AssessmentPlan(BaseModel):
    """Assessment implementation plan (测评实施方案) agreed with the recipient (CQ-7.1.6-1)."""

    jurisdiction_field = "unit"

    case_id_ref = models.PositiveIntegerField(_("职业指导个案"), null=True, blank=True, db_index=True)
    subject_label = models.CharField(_("服务对象"), max_length=200)
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    counsellor = models.ForeignKey(USER, verbose_name=_("职业指导人员"), on_delete=models.PROTECT, related_name="+")
    purpose = models.CharField(_("测评目的"), max_length=300)
    instruments = models.ManyToManyField(AssessmentInstrument, verbose_name=_("选用的测评工具"), blank=True)
    tool_reasons = models.JSONField(_("选用理由"), default=dict, blank=True)
    schedule = models.CharField(_("时间安排"), max_length=200)
    mode = models.CharField(_("实施方式"), max_length=100)
    result_use = models.CharField(_("结果使用与反馈"), max_length=300)
    agreed_at = models.DateTimeField(_("服务对象同意时间"), null=True, blank=True)
    agreement_method = models.CharField(_("同意方式"), max_length=20, blank=True)


class Administration(BaseModel):
    """One vocational quality assessment administered under an agreed plan (CQ-5.1-3, CQ-7.1.6-1)."""

    class Method(models.TextChoices):
        TOOL = "tool", _("测评工具")
        INTERVIEW = "interview", _("面试")

    plan = models.ForeignKey(AssessmentPlan, on_delete=models.PROTECT, related_name="administrations")
    method = models.CharField(_("方法"), max_length=12, choices=Method.choices)
    instrument = models.ForeignKey(AssessmentInstrument, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="administrations")
    administered_on = models.DateField(_("测评日期"))
    result = models.JSONField(_("结果"), default=dict)
    administrator = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")

    def __str__(self):
        return f"{self.administered_on:%Y-%m-%d} {self.instrument or self.get_method_display()}"


class CareerOrientationReport(BaseModel):
    """Career-orientation analysis report (职业倾向分析报告, CQ-7.1.7-1, CQ-7.1.7-2)."""

    plan = models.ForeignKey(AssessmentPlan, on_delete=models.PROTECT, related_name="reports")
    cites = models.ManyToManyField(Administration, verbose_name=_("引用的测评结果"))
    analysis = models.TextField(_("综合分析"))
    finalised_on = models.DateField(_("定稿日期"))
    status = models.CharField(_("状态"), max_length=20, choices=ReportStatus.choices,
                              default=ReportStatus.PENDING_FEEDBACK)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    feedback = models.JSONField(_("反馈记录"), default=dict, blank=True)
    signed_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    basis = models.CharField(_("服务依据"), max_length=40, default="T/CQTSHRA 002-2024")

    class Meta:
        verbose_name = _("职业倾向分析报告")
