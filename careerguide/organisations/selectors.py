"""Reads of the agency tree, always scoped."""
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError, NotFound

from .levels import UnitLevel
from .models import Unit
from .naming import area_name
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


def public_units_of_level(*levels: str):
    """Every agency of the given levels, in tree order (for choice lists: a district, a receiving unit)."""
    return Unit.objects.filter(level__in=levels).order_by("path")


def public_unit_pick(*, pk, field: str, levels=(), required: bool = True) -> Unit | None:
    """The unit `pk` posted on `field` (of one of `levels`, when given); refused on the field otherwise."""
    if pk in (None, ""):
        if required:
            raise DomainError(field_errors={field: [_("请选择机构。")]}, code=CommonErrorCode.REQUIRED)
        return None
    qs = Unit.objects.filter(pk=pk)
    if levels:
        qs = qs.filter(level__in=levels)
    unit = qs.first()
    if unit is None:
        raise DomainError(field_errors={field: [_("未找到该机构。")]}, code=CommonErrorCode.INVALID)
    return unit


def city_name() -> str:
    """The configured city's name, from its city-level agency ("示范市公共就业服务中心" → "示范市")."""
    city = Unit.objects.filter(level=UnitLevel.CITY).only("name").first()
    return area_name(city.name) if city else ""


def city_unit() -> Unit:
    """The city-level agency (the root of the tree)."""
    return Unit.objects.get(level=UnitLevel.CITY)
