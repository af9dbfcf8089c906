from django import forms
from django.utils.translation import gettext_lazy as _

from careerguide.organisations.models import Unit

from .definition import DOCUMENTS
from .registry import SETTINGS


def _key_choices():
    groups = []
    for code, title in DOCUMENTS.items():
        groups.append((title, [(s.key, f"{s.label}（{s.clause}）") for s in SETTINGS.values() if s.document == code]))
    return [("", "---------")] + groups


class PolicyOverrideForm(forms.Form):
    key = forms.ChoiceField(label=_("政策参数"), choices=_key_choices, widget=forms.Select(attrs={"class": "form-select"}))
    unit = forms.ModelChoiceField(label=_("适用机构"), queryset=Unit.objects.none(),
                                  widget=forms.Select(attrs={"class": "form-select"}))
    value = forms.CharField(label=_("参数值"), max_length=200, widget=forms.TextInput(attrs={"class": "form-control"}),
                            help_text=_("整数或数字直接填写；是/否填写“是”或“否”；多个整数用逗号分隔，例如 1,3,6。"))
    effective_from = forms.DateField(label=_("生效日期"),
                                     widget=forms.DateInput(attrs={"class": "form-control", "type": "date"}))
    reason = forms.CharField(label=_("调整理由"), widget=forms.Textarea(attrs={"class": "form-control", "rows": 3}))

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units if units is not None else Unit.objects.none()
