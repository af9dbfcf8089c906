"""Forms of key-enterprise requests at any front desk (BJ-47-3)."""
from django import forms
from django.utils.translation import gettext_lazy as _

from careerguide.ledgers.choices import Channel

from ..choices import RequestCategory
from .fields import SELECT, TEXT


class RequestForm(forms.Form):
    credit_code = forms.CharField(label=_("统一社会信用代码"), max_length=18, widget=forms.TextInput(attrs=TEXT))
    category = forms.ChoiceField(label=_("诉求类别"), choices=RequestCategory.choices, widget=forms.Select(attrs=SELECT))
    channel = forms.ChoiceField(label=_("受理渠道"), choices=Channel.choices, initial=Channel.FRONT_DESK,
                                widget=forms.Select(attrs=SELECT))
    content = forms.CharField(label=_("诉求内容"), widget=forms.Textarea(attrs={**TEXT, "rows": 3}))


class RequestCloseForm(forms.Form):
    result = forms.CharField(label=_("办理结果"), max_length=300, widget=forms.TextInput(attrs=TEXT))
