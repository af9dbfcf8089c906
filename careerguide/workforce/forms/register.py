"""Workforce forms (labels in Chinese)."""
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from ..choices import AssessmentResult, EmploymentType, TrainingCategory, TrainingForm, WorkforceRole


class CounsellorForm(forms.Form):
    full_name = forms.CharField(label=_("姓名"), max_length=50)
    employment_type = forms.ChoiceField(label=_("专(兼)职"), choices=EmploymentType.choices)
    roles = forms.MultipleChoiceField(label=_("岗位"), choices=WorkforceRole.choices, widget=forms.CheckboxSelectMultiple)
    training_category = forms.ChoiceField(label=_("培训类别"), choices=TrainingCategory.choices)
    joined_on = forms.DateField(label=_("入职日期"), widget=forms.DateInput(attrs={"type": "date"}))
    skills_attestation = forms.CharField(label=_("职业技能说明"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

HOURS_ERRORS = {
    "invalid": _("学时须填写数字，例如 16 或 2.5。"),
    "max_value": _("学时不能超过 9999.9。"),
    "min_value": _("学时不能为负数。"),
    "max_digits": _("学时不能超过 9999.9。"),
    "max_whole_digits": _("学时不能超过 9999.9。"),
    "max_decimal_places": _("学时最多保留 1 位小数。"),
}


class TrainingRecordForm(forms.Form):
    form = forms.ChoiceField(label=_("培训形式"), choices=TrainingForm.choices)
    provider = forms.CharField(label=_("培训机构"), max_length=100)
    started_on = forms.DateField(label=_("开始日期"), widget=forms.DateInput(attrs={"type": "date"}))
    completed_on = forms.DateField(label=_("结束日期"), widget=forms.DateInput(attrs={"type": "date"}))
    hours = forms.DecimalField(label=_("学时"), max_digits=5, decimal_places=1, min_value=0, max_value=Decimal("9999.9"),
                               error_messages=HOURS_ERRORS)
    assessment_method = forms.ChoiceField(label=_("考评方式"),
                                          choices=[("exam", _("考试")), ("paper", _("论文")), ("other", _("其他"))])
    result = forms.ChoiceField(label=_("考评结果"), choices=[("", "—"), *AssessmentResult.choices], required=False)
