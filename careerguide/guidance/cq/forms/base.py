"""The look of every CQ form: Bootstrap classes on every widget, dates as date pickers, lines as lists."""
from django import forms
from django.utils.translation import gettext_lazy as _


class CqForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, (forms.CheckboxInput, forms.CheckboxSelectMultiple, forms.RadioSelect)):
                widget.attrs.setdefault("class", "form-check-input" if isinstance(widget, forms.CheckboxInput) else "")
            elif isinstance(widget, forms.Select):
                widget.attrs.setdefault("class", "form-select")
            else:
                widget.attrs.setdefault("class", "form-control")
            if isinstance(widget, forms.Textarea):
                widget.attrs.setdefault("rows", 3)


class DateField(forms.DateField):
    widget = forms.DateInput(attrs={"type": "date"})


class LinesField(forms.CharField):
    """One entry per line, as a list of non-empty stripped lines."""
    widget = forms.Textarea

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("help_text", _("每行填写一项。"))
        super().__init__(*args, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        return [line.strip() for line in (value or "").splitlines() if line.strip()]


def text(label, required=True, max_length=None, rows=None):
    if rows:
        return forms.CharField(label=label, required=required, widget=forms.Textarea(attrs={"rows": rows}))
    return forms.CharField(label=label, required=required, max_length=max_length)
