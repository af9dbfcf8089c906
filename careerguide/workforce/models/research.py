"""Exploration and exchange (SD-15-1, SD-15-4, SD-16-1): special surveys, pilots of new technologies and methods,
and the exchange activities an organisation hosts or attends. Typical cases are the resource library's (SD-15-2)."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import ExchangeKind, ExchangeRole, ExchangeScope, PilotResult, SurveyMethod


class SpecialSurvey(BaseModel):
    """SD-15-1: a special survey or research (专项调查研究) with its topic, organiser, period, method, sample and
    report file."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("组织机构"), on_delete=models.PROTECT, related_name="+")
    topic = models.CharField(_("调研主题"), max_length=200)
    organiser = models.CharField(_("组织单位"), max_length=100)
    starts_on = models.DateField(_("开始日期"))
    ends_on = models.DateField(_("结束日期"), null=True, blank=True)
    method = models.CharField(_("调研方法"), max_length=16, choices=SurveyMethod.choices)
    sample = models.CharField(_("调研样本"), max_length=200, help_text=_("对象和范围，如“全市20所高校毕业生”"))
    sample_size = models.PositiveIntegerField(_("样本量"), null=True, blank=True)
    report_file = models.FileField(_("调研报告"), upload_to="workforce/surveys/%Y/", blank=True)
    findings = models.TextField(_("主要结论"), blank=True)

    class Meta:
        verbose_name = _("专项调查研究")
        verbose_name_plural = _("专项调查研究")
        ordering = ["-starts_on", "-pk"]
        constraints = [models.CheckConstraint(condition=models.Q(ends_on__isnull=True) |
                                              models.Q(ends_on__gte=models.F("starts_on")), name="wf_survey_period")]

    def __str__(self):
        return self.topic


class MethodPilot(BaseModel):
    """SD-15-4: a pilot of a new technology or method (研究探索新技术新方法) with its description, organisation,
    period and evaluation result."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("组织机构"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("试点名称"), max_length=200)
    description = models.TextField(_("新技术新方法说明"))
    organisation = models.CharField(_("实施单位"), max_length=100)
    starts_on = models.DateField(_("开始日期"))
    ends_on = models.DateField(_("结束日期"), null=True, blank=True)
    result = models.CharField(_("评估结果"), max_length=12, choices=PilotResult.choices, default=PilotResult.PENDING)
    evaluation = models.TextField(_("评估意见"), blank=True)
    evaluated_on = models.DateField(_("评估日期"), null=True, blank=True)

    class Meta:
        verbose_name = _("新技术新方法试点")
        verbose_name_plural = _("新技术新方法试点")
        ordering = ["-starts_on", "-pk"]
        constraints = [models.CheckConstraint(condition=models.Q(ends_on__isnull=True) |
                                              models.Q(ends_on__gte=models.F("starts_on")), name="wf_pilot_period")]

    def __str__(self):
        return self.title


class ExchangeActivity(BaseModel):
    """SD-16-1: an exchange (合作交流) the organisation hosted or attended, at home or abroad."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("组织机构"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("活动名称"), max_length=200)
    kind = models.CharField(_("形式"), max_length=20, choices=ExchangeKind.choices)
    role = models.CharField(_("举办或参加"), max_length=10, choices=ExchangeRole.choices)
    scope = models.CharField(_("范围"), max_length=14, choices=ExchangeScope.choices)
    held_on = models.DateField(_("日期"))
    participants = models.CharField(_("参加人员"), max_length=300)
    participant_count = models.PositiveIntegerField(_("参加人数"), null=True, blank=True)
    outputs = models.TextField(_("交流成果"), blank=True)

    class Meta:
        verbose_name = _("合作交流活动")
        verbose_name_plural = _("合作交流活动")
        ordering = ["-held_on", "-pk"]

    def __str__(self):
        return self.title
