"""Forms of the labour-market pages.  They only shape input; every rule is in the services."""
from django import forms

from .choices import ReportKind


class ReportForm(forms.Form):
    """A periodic report to generate: kind, year and month or quarter, and the analyst's text (BJ-52-2, BJ-52-3)."""

    kind = forms.ChoiceField(choices=ReportKind.choices)
    year = forms.IntegerField()
    number = forms.IntegerField()
    analysis = forms.CharField(required=False)
