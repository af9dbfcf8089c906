from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import Channel, SafetyConcernKind, ServiceType


class SessionForm(forms.Form):
    title = forms.CharField(label=_("主题"), max_length=200)
    session_on = forms.DateField(label=_("活动日期"), widget=forms.DateInput(attrs={"type": "date"}))
    material_version = forms.CharField(label=_("宣讲材料版本"), max_length=40)


class ParticipantForm(forms.Form):
    name = forms.CharField(label=_("参加人员姓名"), max_length=100)


class DeliveryForm(forms.Form):
    channel = forms.CharField(label=_("送达方式"), max_length=40)


class ProcessRecordForm(forms.Form):
    held_on = forms.DateField(label=_("日期"), widget=forms.DateInput(attrs={"type": "date"}))
    channel = forms.ChoiceField(label=_("服务方式"), choices=Channel.choices)
    service_type = forms.ChoiceField(label=_("服务类型"), choices=ServiceType.choices)
    summary = forms.CharField(label=_("摘要"), widget=forms.Textarea(attrs={"rows": 3}))


class SafetyConcernForm(forms.Form):
    kind = forms.ChoiceField(label=_("情形"), choices=SafetyConcernKind.choices)
    description = forms.CharField(label=_("情况"), widget=forms.Textarea(attrs={"rows": 3}))
