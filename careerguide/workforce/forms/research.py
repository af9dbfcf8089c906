"""Forms of exploration and exchange (SD-15-1, SD-15-4, SD-16-1): shape only, the services decide."""
from django import forms
from django.utils.translation import gettext_lazy as _

from ..choices import ExchangeKind, ExchangeRole, ExchangeScope, PilotResult, SurveyMethod
from .widgets import PickForm, area, choice, date, number, pick, text

RESULTS = [(v, label) for v, label in PilotResult.choices if v != PilotResult.PENDING]


class SurveyForm(forms.Form):
    topic = text(_("调研主题"))
    organiser = text(_("组织单位"), max_length=100)
    starts_on = date(_("开始日期"))
    ends_on = date(_("结束日期"), required=False)
    method = choice(_("调研方法"), SurveyMethod.choices)
    sample = text(_("调研样本（对象和范围）"))
    sample_size = number(_("样本量"), required=False)
    report_file = forms.FileField(label=_("调研报告"), required=False)
    findings = area(_("主要结论"), required=False)


class SurveyReportForm(PickForm):
    survey = pick(_("专项调查研究"))
    report_file = forms.FileField(label=_("调研报告"))
    findings = area(_("主要结论"), required=False)


class PilotForm(forms.Form):
    title = text(_("试点名称"))
    description = area(_("新技术新方法说明"))
    organisation = text(_("实施单位"), max_length=100)
    starts_on = date(_("开始日期"))
    ends_on = date(_("结束日期"), required=False)


class PilotEvaluateForm(PickForm):
    pilot = pick(_("试点"))
    result = choice(_("评估结果"), RESULTS)
    evaluation = area(_("评估意见"))
    evaluated_on = date(_("评估日期"), required=False)


class ExchangeForm(forms.Form):
    title = text(_("活动名称"))
    kind = choice(_("形式"), ExchangeKind.choices)
    role = choice(_("举办或参加"), ExchangeRole.choices)
    scope = choice(_("范围"), ExchangeScope.choices)
    held_on = date(_("日期"))
    participants = text(_("参加人员"), max_length=300)
    participant_count = number(_("参加人数"), required=False)
    outputs = area(_("交流成果"), required=False)
