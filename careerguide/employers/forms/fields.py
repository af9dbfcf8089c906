"""Widgets and fields shared by the employer forms."""
from django import forms

TEXT = {"class": "form-control"}
SELECT = {"class": "form-select"}
DATE = {"class": "form-control", "type": "date"}


def text_field(label, *, required=True, max_length=200):
    return forms.CharField(label=label, required=required, max_length=max_length, widget=forms.TextInput(attrs=TEXT))


def date_field(label, *, required=True):
    return forms.DateField(label=label, required=required, widget=forms.DateInput(attrs=DATE, format="%Y-%m-%d"))


def unit_choice(label, *, required=True):
    """A unit picked from the list the page passes in (`queryset` is set by the form's caller)."""
    return forms.ModelChoiceField(label=label, queryset=None, required=required, widget=forms.Select(attrs=SELECT))
