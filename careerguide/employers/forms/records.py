"""Forms of the employer record, its ledger and demand registration (staff) and of self-registration (portal)."""
from django import forms
from django.utils.translation import gettext_lazy as _

from careerguide.common.training_needs import TrainingNeedField
from careerguide.ledgers.choices import Channel

from .fields import SELECT, TEXT, date_field, text_field, unit_choice


class _EmployerForm(forms.Form):
    """The employer's basic information and the agency that serves it (BJ-34-1); `units` is the choice list."""

    name = text_field(_("单位名称"))
    credit_code = forms.CharField(label=_("统一社会信用代码"), max_length=18,
                                  widget=forms.TextInput(attrs={**TEXT, "autocomplete": "off"}))
    industry_code = text_field(_("所属行业代码"), required=False, max_length=8)
    address = text_field(_("地址"), required=False)
    contact_name = text_field(_("联系人"), required=False, max_length=64)
    contact_phone = text_field(_("联系电话"), required=False, max_length=20)
    unit = unit_choice(_("服务机构"))

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units


class EmployerCreateForm(_EmployerForm):
    """Staff record an employer in their jurisdiction (BJ-4-5)."""


class RegisterForm(_EmployerForm):
    """An employer agent registers the employer online (BJ-34-1) with the agency of its choice."""

    unit = unit_choice(_("办理机构"))


class EmployerUpdateForm(forms.Form):
    industry_code = text_field(_("所属行业代码"), required=False, max_length=8)
    address = text_field(_("注册地址"), required=False)
    operating_address = text_field(_("经营地址"), required=False)
    contact_name = text_field(_("联系人"), required=False, max_length=64)
    contact_phone = text_field(_("联系电话"), required=False, max_length=20)
    training_need = TrainingNeedField(help_text=_("本单位员工需要的培训：职业（工种）或技能、等级和希望的培训时间。"))


class ServiceRecordForm(forms.Form):
    service_type = forms.ChoiceField(label=_("服务类型"), choices=(), widget=forms.Select(attrs=SELECT))
    occurred_on = date_field(_("服务日期"))
    channel = forms.ChoiceField(label=_("服务渠道"), choices=Channel.choices, widget=forms.Select(attrs=SELECT))
    summary = text_field(_("服务内容"), max_length=250)
    outcome = text_field(_("结果"), required=False)

    def __init__(self, *args, service_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["service_type"].choices = service_choices


class DemandForm(forms.Form):
    channel = forms.ChoiceField(label=_("采集渠道"), choices=Channel.choices, widget=forms.Select(attrs=SELECT))
    headcount = forms.IntegerField(label=_("招用人数"), required=False, min_value=1,
                                   widget=forms.NumberInput(attrs=TEXT))
    description = text_field(_("招聘需求"), required=False, max_length=300)
