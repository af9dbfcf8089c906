"""Forms of the front desk.  They only shape input; every rule is in the services."""
from django import forms
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.roles import Role

from .choices import ClientKind, IntakeChannel, RequestCategory

T = {"class": "form-control"}
S = {"class": "form-select"}


class ReceiveForm(forms.Form):
    """BJ-5-9: one intake of one request, whoever the client and whatever the matter."""

    client_kind = forms.ChoiceField(label=_("服务对象类型"), choices=ClientKind.choices, widget=forms.Select(attrs=S))
    identifier = forms.CharField(label=_("身份证号码或统一社会信用代码"), max_length=18,
                                 widget=forms.TextInput(attrs={**T, "autocomplete": "off"}))
    category = forms.ChoiceField(label=_("事项类别"), choices=RequestCategory.choices, widget=forms.Select(attrs=S))
    channel = forms.ChoiceField(label=_("受理渠道"), choices=IntakeChannel.choices, widget=forms.Select(attrs=S))
    content = forms.CharField(label=_("诉求内容"), widget=forms.Textarea(attrs={**T, "rows": 3}))


class HandOverForm(forms.Form):
    """BJ-5-6: an explicit hand-over to another agency's back office."""

    to_unit = forms.ModelChoiceField(label=_("接收机构"), queryset=None, widget=forms.Select(attrs=S))
    to_role = forms.ChoiceField(label=_("接收岗位"), choices=Role.choices, widget=forms.Select(attrs=S))
    note = forms.CharField(label=_("移交说明"), max_length=300, widget=forms.TextInput(attrs=T))

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_unit"].queryset = units


class CloseForm(forms.Form):
    result = forms.CharField(label=_("办理结果"), widget=forms.Textarea(attrs={**T, "rows": 2}))
