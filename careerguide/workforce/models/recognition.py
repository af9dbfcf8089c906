"""Commendations, award quotas, multi-source evaluation and performance appraisal (SD-19 to SD-21)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import AWARD_TITLES, EvaluationSource
from ..states import AppraisalStatus, AwardRoundStatus
from .register import Counsellor


class Commendation(BaseModel):
    """SD-20-1: 通报表扬 of a group or an individual."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("登记机构"), on_delete=models.PROTECT, related_name="+")
    recipient_type = models.CharField(_("表扬对象"), max_length=12, choices=[("group", _("团体")), ("individual", _("个人"))])
    counsellor = models.ForeignKey(Counsellor, null=True, blank=True, on_delete=models.PROTECT, related_name="commendations")
    group_name = models.CharField(_("团体名称"), max_length=100, blank=True)
    reasons = models.JSONField(_("表扬事由"), default=list)
    authority = models.CharField(_("表扬机关"), max_length=100)
    issued_on = models.DateField(_("日期"))
    document_number = models.CharField(_("文号"), max_length=64)

    class Meta:
        verbose_name = _("通报表扬")
        verbose_name_plural = _("通报表扬")


class AwardRound(BaseModel):
    """SD-20-4: a provincial award round for one title."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("评定机关"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("称号"), max_length=16, choices=AWARD_TITLES)
    year = models.PositiveSmallIntegerField(_("年度"))
    allow_stations_corners = models.BooleanField(_("通知允许站、角参评"), default=False)
    status = models.CharField(_("状态"), max_length=16, choices=AwardRoundStatus.choices, default=AwardRoundStatus.CALL_ISSUED)
    status_changed_at = models.DateTimeField(_("状态变更时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("评定批次")
        verbose_name_plural = _("评定批次")

    def __str__(self):
        return f"{self.year} {self.get_title_display()}"


class Award(BaseModel):
    """SD-20-2 to SD-20-4: a conferred title; one per candidate and title in the period."""

    jurisdiction_field = "unit"

    round = models.ForeignKey(AwardRound, on_delete=models.PROTECT, related_name="awards")
    title = models.CharField(_("称号"), max_length=16, choices=AWARD_TITLES)
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("所属地区"), on_delete=models.PROTECT, related_name="+")
    candidate_kind = models.CharField(_("对象类型"), max_length=16, choices=[
        ("studio", _("工作室")), ("station", _("站")), ("corner", _("角")), ("course", _("课程")), ("individual", _("个人"))])
    candidate_key = models.CharField(_("对象标识"), max_length=64)
    candidate_label = models.CharField(_("对象名称"), max_length=200)
    counsellor = models.ForeignKey(Counsellor, null=True, blank=True, on_delete=models.PROTECT, related_name="awards")
    awarded_on = models.DateField(_("评定日期"))
    basis_is_opinion = models.BooleanField(_("依据本意见评定"), default=True)
    override_reference = models.CharField(_("突破名额文件依据"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("评定结果")
        verbose_name_plural = _("评定结果")
        constraints = [models.UniqueConstraint(fields=["title", "candidate_key"], name="wf_award_once_per_candidate")]

    def __str__(self):
        return f"{self.get_title_display()} {self.candidate_label}"


DIMENSIONS = ("integrity", "ability", "performance", "contribution")  # SD-21-1: 德、能力、业绩、贡献


class Evaluation(BaseModel):
    """SD-21-2: one evaluation of a counsellor by one evaluator from one source."""

    jurisdiction_field = "counsellor__unit"

    counsellor = models.ForeignKey(Counsellor, on_delete=models.CASCADE, related_name="evaluations")
    source = models.CharField(_("评价来源"), max_length=8, choices=EvaluationSource.choices)
    evaluator = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    evaluator_label = models.CharField(_("评价人"), max_length=100)
    year = models.PositiveSmallIntegerField(_("评价年度"))
    integrity = models.DecimalField(_("德"), max_digits=5, decimal_places=1)
    ability = models.DecimalField(_("能力"), max_digits=5, decimal_places=1)
    performance = models.DecimalField(_("业绩"), max_digits=5, decimal_places=1)
    contribution = models.DecimalField(_("贡献"), max_digits=5, decimal_places=1)
    comment = models.TextField(_("评语"), blank=True)

    class Meta:
        verbose_name = _("多元评价")
        verbose_name_plural = _("多元评价")
        constraints = [models.CheckConstraint(
            condition=models.Q(integrity__gte=0, integrity__lte=100, ability__gte=0, ability__lte=100,
                               performance__gte=0, performance__lte=100, contribution__gte=0, contribution__lte=100),
            name="wf_evaluation_scores_0_100")]

    @property
    def mean(self):
        return (self.integrity + self.ability + self.performance + self.contribution) / 4


class AppraisalScheme(BaseModel):
    """SD-19-2: an employing organisation's scheme: indicators [{name, weight}], period, evaluators."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("用人单位"), on_delete=models.PROTECT, related_name="+")
    name = models.CharField(_("方案名称"), max_length=100)
    indicators = models.JSONField(_("考核指标"), default=list)
    period = models.CharField(_("考核周期"), max_length=16, choices=[("year", _("年度")), ("half_year", _("半年"))], default="year")
    evaluators = models.CharField(_("考核主体"), max_length=200)

    class Meta:
        verbose_name = _("绩效考核方案")
        verbose_name_plural = _("绩效考核方案")

    def __str__(self):
        return self.name


class AppraisalCycle(BaseModel):
    """SD-19-2: one counsellor's appraisal in one period; the result with its basis, and their comment."""

    jurisdiction_field = "counsellor__unit"

    scheme = models.ForeignKey(AppraisalScheme, on_delete=models.PROTECT, related_name="cycles")
    counsellor = models.ForeignKey(Counsellor, on_delete=models.CASCADE, related_name="appraisals")
    period_label = models.CharField(_("考核期"), max_length=32)
    status = models.CharField(_("状态"), max_length=16, choices=AppraisalStatus.choices, default=AppraisalStatus.OPEN)
    status_changed_at = models.DateTimeField(_("状态变更时间"), null=True, blank=True)
    self_report = models.TextField(_("个人述职"), blank=True)
    scores = models.JSONField(_("指标得分"), default=dict)
    result = models.DecimalField(_("考核结果"), max_digits=5, decimal_places=1, null=True, blank=True)
    counsellor_comment = models.TextField(_("本人意见"), blank=True)

    class Meta:
        verbose_name = _("绩效考核")
        verbose_name_plural = _("绩效考核")
        constraints = [models.UniqueConstraint(fields=["scheme", "counsellor", "period_label"], name="wf_appraisal_once")]
