"""How the CQ register pages are put together: a page of several forms, each run through the shared view helpers
(a refusal lands on its form and nothing is saved), and a table of rows."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.shortcuts import redirect, render

from careerguide.common.views import FAILED, run_service

REGISTER = "guidance/cq/register.html"
FORM_PAGE = "guidance/cq/form_page.html"


@dataclass
class Section:
    """One form of a page: its title, the form, and the service call over the form's cleaned data."""
    name: str
    title: str
    form: Any
    call: Callable[[dict], Any]
    success: str
    button: str = ""
    multipart: bool = False


@dataclass
class Table:
    title: str
    columns: list
    rows: list = field(default_factory=list)  # each row a list of cells: text, or a Link
    empty: str = ""


def bound(request, name: str, form_class, **kwargs):
    """The form of section `name`, bound to the POST when that section was submitted."""
    posted = request.method == "POST" and request.POST.get("section") == name
    return form_class(request.POST if posted else None, request.FILES if posted else None, prefix=name, **kwargs)


def sections_page(request, sections: list[Section], *, template: str = REGISTER, redirect_to: str, context=None):
    """Show the sections; a submitted one runs its service and redirects on success."""
    for section in sections:
        if section.form.is_bound and section.form.is_valid():
            result = run_service(request, lambda s=section: s.call(s.form.cleaned_data), form=section.form,
                                 success=section.success)
            if result is not FAILED:
                return redirect(redirect_to)
    return render(request, template, {**(context or {}), "sections": sections})


@dataclass(frozen=True)
class Link:
    """A table cell that links to a page."""
    text: str
    url: str

    def __str__(self):
        return str(self.text)
