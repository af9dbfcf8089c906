"""Forms of the reviewers' feedback on the discrimination screening (BJ-38-3)."""
from django import forms
from django.utils.translation import gettext_lazy as _

from .feedback_choices import FeedbackKind
from .rules import FIELD_LABELS, SCREENED_FIELDS

TEXT = {"class": "form-control"}
SELECT = {"class": "form-select"}


class MissFlagForm(forms.Form):
    """A phrase the screening did not find, copied from the posting, with its ground."""

    field = forms.ChoiceField(label=_("字段"), choices=[(f, FIELD_LABELS[f]) for f in SCREENED_FIELDS],
                              widget=forms.Select(attrs=SELECT))
    phrase = forms.CharField(label=_("漏报的词句"), max_length=200, widget=forms.TextInput(attrs=TEXT),
                             help_text=_("请照原文复制，例如“农村户口者不予录用”。"))
    ground = forms.ChoiceField(label=_("歧视类别"), widget=forms.Select(attrs=SELECT))
    note = forms.CharField(label=_("说明"), max_length=500, required=False, widget=forms.Textarea(attrs={**TEXT, "rows": 2}))

    def __init__(self, *args, grounds, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ground"].choices = [(g.code, g.label) for g in grounds]


class FeedbackFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("反馈类型"), required=False, choices=[("", _("全部"))] + FeedbackKind.choices,
                             widget=forms.Select(attrs=SELECT))
    ground = forms.ChoiceField(label=_("歧视类别"), required=False, widget=forms.Select(attrs=SELECT))

    def __init__(self, *args, grounds, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ground"].choices = [("", _("全部"))] + [(g.code, g.label) for g in grounds]
