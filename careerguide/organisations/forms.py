from django import forms
from django.utils.translation import gettext_lazy as _


def _area(rows=4):
    return forms.Textarea(attrs={"class": "form-control", "rows": rows})


class DisclosureForm(forms.Form):
    address = forms.CharField(label=_("地址"), max_length=200, required=False, widget=forms.TextInput(attrs={"class": "form-control"}))
    phone = forms.CharField(label=_("服务电话"), max_length=40, required=False, widget=forms.TextInput(attrs={"class": "form-control"}))
    service_procedures = forms.CharField(label=_("办事程序"), required=False, widget=_area(6),
                                         help_text=_("面向公众公开的办事流程，每行一步。"))
    legal_basis = forms.CharField(label=_("办事依据"), required=False, widget=_area())
    service_commitments = forms.CharField(label=_("服务承诺与服务标准"), required=False, widget=_area())
