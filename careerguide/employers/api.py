from ninja import Router, Schema, Status
from ninja.pagination import PageNumberPagination, paginate

from careerguide.accounts.access import api_require
from careerguide.accounts.permissions import can_manage_employers, can_view_employers
from careerguide.organisations.selectors import unit_get
from careerguide.privacy.masking import mask_phone

from .selectors import employer_get, employer_list
from .services import employer_create

router = Router(tags=["employers"])


class EmployerOut(Schema):
    id: int
    name: str
    credit_code: str
    address: str
    contact_name: str
    contact_phone_masked: str
    unit_id: int

    @staticmethod
    def resolve_contact_phone_masked(obj):
        return mask_phone(obj.contact_phone)


class EmployerIn(Schema):
    name: str
    credit_code: str
    address: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    unit_id: int


@router.get("", response=list[EmployerOut])
@api_require(can_view_employers)
@paginate(PageNumberPagination)
def list_employers(request, q: str = ""):
    return employer_list(actor=request.user, query=q)


@router.post("", response={201: EmployerOut})
@api_require(can_manage_employers)
def create_employer(request, payload: EmployerIn):
    unit = unit_get(actor=request.user, pk=payload.unit_id)
    data = payload.dict(exclude={"unit_id"})
    return Status(201, employer_create(actor=request.user, unit=unit, **data))


@router.get("/{employer_id}", response=EmployerOut)
@api_require(can_view_employers)
def get_employer(request, employer_id: int):
    return employer_get(actor=request.user, pk=employer_id)
