from django import forms
from django.utils.translation import gettext_lazy as _

from careerguide.organisations.models import Unit


class EmployerCreateForm(forms.Form):
    name = forms.CharField(label=_("单位名称"), max_length=200, widget=forms.TextInput(attrs={"class": "form-control"}))
    credit_code = forms.CharField(label=_("统一社会信用代码"), max_length=18, widget=forms.TextInput(attrs={"class": "form-control", "autocomplete": "off"}))
    address = forms.CharField(label=_("地址"), max_length=200, required=False, widget=forms.TextInput(attrs={"class": "form-control"}))
    contact_name = forms.CharField(label=_("联系人"), max_length=64, required=False, widget=forms.TextInput(attrs={"class": "form-control"}))
    contact_phone = forms.CharField(label=_("联系电话"), max_length=20, required=False, widget=forms.TextInput(attrs={"class": "form-control"}))
    unit = forms.ModelChoiceField(label=_("服务机构"), queryset=Unit.objects.none(), widget=forms.Select(attrs={"class": "form-select"}))

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units if units is not None else Unit.objects.none()
