from django import forms
from django.utils.translation import gettext_lazy as _

from careerguide.organisations.models import Unit


class JobSeekerCreateForm(forms.Form):
    full_name = forms.CharField(label=_("姓名"), max_length=64, widget=forms.TextInput(attrs={"class": "form-control"}))
    id_number = forms.CharField(label=_("身份证号码"), max_length=18, widget=forms.TextInput(attrs={"class": "form-control", "autocomplete": "off"}))
    phone = forms.CharField(label=_("联系电话"), max_length=20, required=False, widget=forms.TextInput(attrs={"class": "form-control"}))
    unit = forms.ModelChoiceField(label=_("服务机构"), queryset=Unit.objects.none(), widget=forms.Select(attrs={"class": "form-select"}))

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units if units is not None else Unit.objects.none()


class JobSeekerContactForm(forms.Form):
    full_name = forms.CharField(label=_("姓名"), max_length=64, widget=forms.TextInput(attrs={"class": "form-control"}))
    phone = forms.CharField(label=_("联系电话"), max_length=20, required=False, widget=forms.TextInput(attrs={"class": "form-control"}))
