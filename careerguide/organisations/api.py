from ninja import Router, Schema

from careerguide.accounts.access import api_require
from careerguide.accounts.permissions import is_staff

from .selectors import unit_get, unit_list

router = Router(tags=["units"])


class UnitOut(Schema):
    id: int
    name: str
    code: str
    level: str
    parent_id: int | None
    is_development_area: bool


@router.get("", response=list[UnitOut])
@api_require(is_staff)
def list_units(request, level: str | None = None):
    return list(unit_list(actor=request.user, level=level))


@router.get("/{unit_id}", response=UnitOut)
@api_require(is_staff)
def get_unit(request, unit_id: int):
    return unit_get(actor=request.user, pk=unit_id)
