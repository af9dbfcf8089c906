"""The configurable lists of chapter 3: the built-in entries plus the active entries configured by the unit or
any unit above it (BJ-19-1, BJ-19-2, BJ-21-3, BJ-27-2)."""
from __future__ import annotations

from careerguide.organisations.scoping import visible_to

from ..choices import BUILTIN_OPTIONS
from ..models import AssistanceOption


def options_for(*, list_code: str, unit) -> list[tuple[str, str]]:
    """(code, label) pairs an agency of `unit` may choose from."""
    builtin = [(code, str(label)) for code, label in BUILTIN_OPTIONS[list_code]]
    ancestors = [int(pk) for pk in (unit.path.strip("/").split("/") if unit is not None else []) if pk]
    own = AssistanceOption.objects.filter(list=list_code, active=True, unit_id__in=ancestors).order_by("label")
    return builtin + [(o.code, o.label) for o in own]


def option_label(*, list_code: str, unit, code: str) -> str | None:
    return dict(options_for(list_code=list_code, unit=unit)).get(code)


def option_list(*, actor):
    return visible_to(actor, AssistanceOption.objects.select_related("unit"))
