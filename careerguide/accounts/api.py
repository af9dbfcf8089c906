from ninja import Router, Schema

from .access import api_require
from .permissions import is_signed_in

router = Router(tags=["accounts"])


class MeOut(Schema):
    username: str
    full_name: str
    kind: str
    unit_id: int | None
    unit_name: str | None
    roles: list[str]


@router.get("/me", response=MeOut)
@api_require(is_signed_in)
def me(request):
    user = request.user
    return MeOut(username=user.username, full_name=user.full_name, kind=user.kind, unit_id=user.unit_id,
                 unit_name=user.unit.name if user.unit else None, roles=sorted(user.role_codes))
