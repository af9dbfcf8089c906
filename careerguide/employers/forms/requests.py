from django import forms
from django.utils.translation import gettext_lazy as _

from careerguide.guidance.models import PlanKind
from careerguide.ledgers.models import Channel

from .models import RequestCategory

T = {"class": "form-control"}
S = {"class": "form-select"}


class PlanForm(forms.Form):
    kind = forms.ChoiceField(label=_("方案类型"), choices=PlanKind.choices, widget=forms.Select(attrs=S))
    title = forms.CharField(label=_("方案名称（同名即为修订）"), max_length=100, widget=forms.TextInput(attrs=T))
    content = forms.CharField(label=_("方案内容"), widget=forms.Textarea(attrs={**T, "rows": 5}))
    revision_reason = forms.CharField(label=_("修订原因（修订时必填）"), required=False, widget=forms.TextInput(attrs=T))
    record = forms.ModelChoiceField(label=_("对应的专门指导"), required=False, queryset=None, widget=forms.Select(attrs=S))

    def __init__(self, *args, records=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["record"].queryset = records


class RequestForm(forms.Form):
    credit_code = forms.CharField(label=_("统一社会信用代码"), max_length=18, widget=forms.TextInput(attrs=T))
    category = forms.ChoiceField(label=_("诉求类别"), choices=RequestCategory.choices, widget=forms.Select(attrs=S))
    channel = forms.ChoiceField(label=_("受理渠道"), choices=Channel.choices, initial=Channel.FRONT_DESK,
                                widget=forms.Select(attrs=S))
    content = forms.CharField(label=_("诉求内容"), widget=forms.Textarea(attrs={**T, "rows": 3}))


class RequestCloseForm(forms.Form):
    result = forms.CharField(label=_("办理结果"), max_length=300, widget=forms.TextInput(attrs=T))
