"""Forms of the early-warning page.  They only shape input; every rule is in the services."""
from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import IndicatorMetric
from .kinds import kind_codes, kind_label


class IndicatorForm(forms.Form):
    """BJ-58-2: an indicator of the agency's own, on one kind of duty or on all."""

    name = forms.CharField(label=_("指标名称"), max_length=100, widget=forms.TextInput(attrs={"class": "form-control"}))
    kind = forms.ChoiceField(label=_("事项类型"), required=False, widget=forms.Select(attrs={"class": "form-select"}))
    metric = forms.ChoiceField(label=_("指标"), choices=IndicatorMetric.choices,
                               widget=forms.Select(attrs={"class": "form-select"}))
    threshold = forms.IntegerField(label=_("阈值"), min_value=0, widget=forms.NumberInput(attrs={"class": "form-control"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("全部事项"))] + [(code, kind_label(code)) for code in kind_codes()]
