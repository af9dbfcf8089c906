"""The form of recruitment and HR-rules plans from specialized guidance (BJ-37-2)."""
from django import forms
from django.utils.translation import gettext_lazy as _

from careerguide.guidance.choices import PlanKind

from .fields import SELECT, TEXT


class PlanForm(forms.Form):
    kind = forms.ChoiceField(label=_("方案类型"), choices=PlanKind.choices, widget=forms.Select(attrs=SELECT))
    title = forms.CharField(label=_("方案名称（同名即为修订）"), max_length=100, widget=forms.TextInput(attrs=TEXT))
    content = forms.CharField(label=_("方案内容"), widget=forms.Textarea(attrs={**TEXT, "rows": 5}))
    revision_reason = forms.CharField(label=_("修订原因（修订时必填）"), required=False, widget=forms.TextInput(attrs=TEXT))
    record = forms.ModelChoiceField(label=_("对应的专门指导"), required=False, queryset=None,
                                    widget=forms.Select(attrs=SELECT))

    def __init__(self, *args, records, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["record"].queryset = records
