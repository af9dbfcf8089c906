"""Reads of the agency tree, always scoped."""
from careerguide.common.errors import NotFound

from .models import Unit
from .scoping import visible_to


def unit_list(*, actor, level: str | None = None):
    qs = visible_to(actor, Unit.objects.all(), unit_field="")
    if level:
        qs = qs.filter(level=level)
    return qs


def unit_get(*, actor, pk: int) -> Unit:
    unit = unit_list(actor=actor).filter(pk=pk).first()
    if unit is None:
        raise NotFound()
    return unit


def public_unit_list():
    """Every agency, for the public portal (names and contact details are public)."""
    return Unit.objects.order_by("path")


def public_unit_get(*, pk) -> Unit:
    unit = Unit.objects.filter(pk=pk).first()
    if unit is None:
        raise NotFound()
    return unit
