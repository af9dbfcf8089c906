"""Forms of policy-information group guidance (CQ-7.1.2-*)."""
from django import forms
from django.utils.translation import gettext_lazy as _


class SessionForm(forms.Form):
    title = forms.CharField(label=_("主题"), max_length=200)
    session_on = forms.DateField(label=_("活动日期"), widget=forms.DateInput(attrs={"type": "date"}))
    material_version = forms.CharField(label=_("宣讲材料版本"), max_length=40)


class ParticipantForm(forms.Form):
    name = forms.CharField(label=_("参加人员姓名"), max_length=100)


class DeliveryForm(forms.Form):
    channel = forms.CharField(label=_("送达方式"), max_length=40)
