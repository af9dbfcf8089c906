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
