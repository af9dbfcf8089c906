"""One page shape for the SD workforce lists and reports: a heading with its clause, the actions open to the user,
an optional filter form and tables of plain cells (text, or text with a link)."""
from dataclasses import dataclass, field

from django.shortcuts import render

SECTION = "workforce/section.html"
FORM = "workforce/form_page.html"


@dataclass
class Table:
    title: str
    headers: list
    rows: list = field(default_factory=list)
    testid: str = ""
    empty: str = "暂无"


def link(text, href):
    """A cell that links to `href`."""
    return {"text": text, "href": href}


def section_page(request, *, heading, clause="", actions=(), tables=(), filter_form=None, notes=()):
    """Render the section template; `actions` are (label, href) pairs, `notes` lines shown above the tables."""
    return render(request, SECTION, {"heading": heading, "clause": clause, "actions": list(actions),
                                     "tables": list(tables), "filter_form": filter_form, "notes": list(notes)})


def year_of(request, default):
    """The `year` query parameter, or `default`."""
    value = request.GET.get("year", "")
    return int(value) if value.isdigit() else default


def counts_text(counts: dict, labels: dict | None = None) -> str:
    """Counts by code said with the codes' labels, in the labels' order ("线上 3、线下 1"); a key without a label (a
    year, a unit's name) as it is; "—" when there are none. Never a printed dict."""
    labels = labels or {}
    order = {code: i for i, code in enumerate(labels)}
    ranked = sorted(counts.items(), key=lambda item: (order.get(item[0], len(order)), str(item[0])))
    return "、".join(f"{labels.get(code, code)} {n}" for code, n in ranked) or "—"
