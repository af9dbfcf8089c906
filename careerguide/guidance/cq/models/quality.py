"""Supervision and quality evaluation (CQ-9.1.*, CQ-9.2.*): internal audits, findings from every source,
corrective and preventive actions, experience summaries, self and third-party evaluations, complaint channels."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import ActionKind, ComplaintChannelKind, EvaluationType, FindingSource
from .process import GuidanceCase

USER = settings.AUTH_USER_MODEL


class InternalAudit(BaseModel):
    """An internal supervision and audit (CQ-9.1.2-1): plan, period, scope, sampled cases, auditor."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="+")
    plan = models.TextField(_("审核计划"))
    period_start = models.DateField(_("审核期间自"))
    period_end = models.DateField(_("审核期间至"))
    scope = models.CharField(_("审核范围"), max_length=300)
    auditor = models.ForeignKey(USER, verbose_name=_("审核人"), on_delete=models.PROTECT, related_name="+")
    sampled_cases = models.ManyToManyField(GuidanceCase, verbose_name=_("抽查个案"), related_name="audits", blank=True)

    class Meta:
        ordering = ["-period_end", "-pk"]

    def __str__(self):
        return f"{self.period_start:%Y-%m-%d}—{self.period_end:%Y-%m-%d} {self.scope}"


class ExperienceSummary(BaseModel):
    """A periodic guidance-experience summary with improvement measures (CQ-9.2.1-2)."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="+")
    period_start = models.DateField(_("总结期间自"))
    period_end = models.DateField(_("总结期间至"))
    summary = models.TextField(_("指导经验"))
    measures = models.JSONField(_("改进措施"), default=list)
    author = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-period_end", "-pk"]
        constraints = [models.UniqueConstraint(fields=["unit", "period_start"], name="cq_summary_period_unique")]


class Finding(BaseModel):
    """A finding or complaint (CQ-9.1.2-1, CQ-9.1.2-2): source, received date, handler, response, closure."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="+")
    source = models.CharField(_("来源"), max_length=32, choices=FindingSource.choices)
    audit = models.ForeignKey(InternalAudit, null=True, blank=True, on_delete=models.PROTECT, related_name="findings")
    summary = models.ForeignKey(ExperienceSummary, null=True, blank=True, on_delete=models.PROTECT,
                                related_name="findings")
    description = models.TextField(_("问题描述"))
    received_on = models.DateField(_("收到日期"))
    complainant = models.CharField(_("投诉人或来文单位"), max_length=200, blank=True)
    handler = models.ForeignKey(USER, verbose_name=_("处理人"), on_delete=models.PROTECT, related_name="+")
    response = models.TextField(_("答复投诉人"), blank=True)
    responded_on = models.DateField(_("答复日期"), null=True, blank=True)
    closed_on = models.DateField(_("办结日期"), null=True, blank=True)

    class Meta:
        ordering = ["-received_on", "-pk"]

    def __str__(self):
        return f"{self.get_source_display()}：{self.description[:30]}"


class CorrectiveAction(BaseModel):
    """A corrective or preventive action of a finding (CQ-9.1.3-1), owed by its owner by the due date."""

    finding = models.ForeignKey(Finding, on_delete=models.PROTECT, related_name="actions")
    kind = models.CharField(_("措施类型"), max_length=12, choices=ActionKind.choices)
    description = models.TextField(_("措施内容"))
    owner = models.ForeignKey(USER, verbose_name=_("责任人"), on_delete=models.PROTECT, related_name="+")
    due_on = models.DateField(_("完成期限"))
    completed_on = models.DateField(_("完成日期"), null=True, blank=True)
    completion_note = models.TextField(_("完成情况"), blank=True)
    verified_on = models.DateField(_("验证日期"), null=True, blank=True)
    verified_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    verification_note = models.TextField(_("验证结论"), blank=True)

    class Meta:
        ordering = ["due_on", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()}：{self.description[:30]}"


class QualityEvaluation(BaseModel):
    """A quality evaluation (CQ-9.2.1-3).  A self-evaluation cycle (CQ-9.2.2-1) has the management staff's
    self-assessment and the self-inspection convened by the agency head ending in the appraisal it signs off;
    a third-party evaluation records evaluator, scope, method, results and report (CQ-9.2.3-1)."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="+")
    evaluation_type = models.CharField(_("评价类型"), max_length=24, choices=EvaluationType.choices)
    type_label = models.CharField(_("其他评价名称"), max_length=100, blank=True)
    period_start = models.DateField(_("评价期间自"))
    period_end = models.DateField(_("评价期间至"))
    self_assessment = models.JSONField(_("专业管理人员自评"), default=dict, blank=True)
    self_inspection = models.JSONField(_("负责人召集自查及考评"), default=dict, blank=True)
    evaluator = models.CharField(_("评价机构"), max_length=200, blank=True)
    scope = models.CharField(_("评价范围"), max_length=300, blank=True)
    method = models.CharField(_("评价方法"), max_length=300, blank=True)
    results = models.TextField(_("评价结果"), blank=True)
    report_ref = models.CharField(_("评价报告"), max_length=200, blank=True)
    completed_on = models.DateField(_("完成日期"), null=True, blank=True)
    created_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-period_end", "-pk"]

    def __str__(self):
        return f"{self.get_evaluation_type_display()} {self.period_start:%Y-%m-%d}—{self.period_end:%Y-%m-%d}"


class ComplaintChannel(BaseModel):
    """A complaint channel the agency discloses on its public service page (CQ-9.1.1-1)."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(_("渠道"), max_length=12, choices=ComplaintChannelKind.choices)
    contact = models.CharField(_("联系方式"), max_length=200)
    hours = models.CharField(_("受理时间"), max_length=100, blank=True)
    withdrawn_on = models.DateField(_("停用日期"), null=True, blank=True)

    class Meta:
        ordering = ["unit", "kind", "pk"]
