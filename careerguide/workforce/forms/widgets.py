"""Field builders the workforce forms share (Bootstrap classes, Chinese labels passed in)."""
from django import forms

DATE = forms.DateInput(attrs={"type": "date", "class": "form-control"})
TEXT = {"class": "form-control"}
SELECT = {"class": "form-select"}
AREA = {"class": "form-control", "rows": 3}
CHECKS = forms.CheckboxSelectMultiple


def text(label, required=True, max_length=200):
    return forms.CharField(label=label, required=required, max_length=max_length, widget=forms.TextInput(attrs=TEXT))


def area(label, required=True):
    return forms.CharField(label=label, required=required, widget=forms.Textarea(attrs=AREA))


def date(label, required=True):
    return forms.DateField(label=label, required=required, widget=DATE)


def choice(label, choices, required=True):
    return forms.ChoiceField(label=label, required=required, choices=choices, widget=forms.Select(attrs=SELECT))


def number(label, required=True, min_value=0, **kw):
    return forms.IntegerField(label=label, required=required, min_value=min_value, widget=forms.NumberInput(attrs=TEXT),
                              **kw)


def decimal(label, required=True, **kw):
    return forms.DecimalField(label=label, required=required, max_digits=8, decimal_places=1,
                              widget=forms.NumberInput(attrs=TEXT), **kw)


def pick(label, required=True):
    """A choice of rows whose queryset the form's `__init__` sets from a selector."""
    return forms.ModelChoiceField(label=label, queryset=None, required=required, widget=forms.Select(attrs=SELECT))


def picks(label, required=True):
    return forms.ModelMultipleChoiceField(label=label, queryset=None, required=required, widget=CHECKS)


def flag(label):
    return forms.BooleanField(label=label, required=False)


class PickForm(forms.Form):
    """A form whose `pick` fields get their querysets from keyword arguments named like the fields."""

    def __init__(self, *args, **kwargs):
        querysets = {name: kwargs.pop(name) for name in list(kwargs) if name in self.base_fields}
        super().__init__(*args, **kwargs)
        for name, qs in querysets.items():
            self.fields[name].queryset = qs
