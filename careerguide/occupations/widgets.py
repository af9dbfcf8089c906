"""A searchable occupation picker: type part of the Chinese name or the code, choose from the classification.

The field's value stays the occupation code, so forms and services are unchanged; the suggestions come from
`occupations:pick` through htmx, and choosing one writes its code into the field and shows its name beside it.
"""
from django import forms
from django.urls import reverse

from .selectors import occupation_by_code


class OccupationPicker(forms.TextInput):
    template_name = "occupations/picker.html"

    def __init__(self, attrs=None, *, name_field: str = ""):
        super().__init__({"class": "form-control", "autocomplete": "off", **(attrs or {})})
        self.name_field = name_field  # a field that takes the chosen occupation's name when it is empty

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        chosen = occupation_by_code(code=value) if value else None
        context["widget"].update(pick_url=reverse("occupations:pick"), chosen=chosen, name_field=self.name_field)
        return context
