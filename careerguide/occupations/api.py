from ninja import Router, Schema

from careerguide.accounts.access import api_require
from careerguide.accounts.permissions import is_signed_in

from .selectors import occupation_get, occupation_search

router = Router(tags=["occupations"])


class OccupationOut(Schema):
    code: str
    name: str
    level: int
    parent_code: str | None = None

    @staticmethod
    def resolve_parent_code(obj):
        return obj.parent.code if obj.parent_id else None


@router.get("", response=list[OccupationOut])
@api_require(is_signed_in)
def search_occupations(request, q: str = "", occupations_only: bool = False):
    return list(occupation_search(query=q, occupations_only=occupations_only, limit=50).select_related("parent"))


@router.get("/{code}", response=OccupationOut)
@api_require(is_signed_in)
def get_occupation(request, code: str):
    return occupation_get(code=code)
