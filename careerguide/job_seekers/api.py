import datetime as dt

from ninja import Router, Schema, Status
from ninja.pagination import PageNumberPagination, paginate

from careerguide.accounts.access import api_require
from careerguide.accounts.permissions import can_manage_job_seekers, can_reveal_personal_data, can_view_job_seekers
from careerguide.organisations.selectors import unit_get
from careerguide.privacy.masking import mask_phone, mask_resident_id
from careerguide.privacy.services import personal_data_reveal

from .selectors import job_seeker_get, job_seeker_list
from .services import job_seeker_create

router = Router(tags=["job seekers"])


class JobSeekerOut(Schema):
    id: int
    full_name: str
    id_number_masked: str
    phone_masked: str
    sex: str
    birth_date: dt.date
    unit_id: int

    @staticmethod
    def resolve_id_number_masked(obj):
        return mask_resident_id(obj.id_number)

    @staticmethod
    def resolve_phone_masked(obj):
        return mask_phone(obj.phone)


class JobSeekerIn(Schema):
    full_name: str
    id_number: str
    phone: str = ""
    unit_id: int


class RevealOut(Schema):
    field: str
    value: str


@router.get("", response=list[JobSeekerOut])
@api_require(can_view_job_seekers)
@paginate(PageNumberPagination)
def list_job_seekers(request, q: str = ""):
    return job_seeker_list(actor=request.user, query=q)


@router.post("", response={201: JobSeekerOut})
@api_require(can_manage_job_seekers)
def create_job_seeker(request, payload: JobSeekerIn):
    unit = unit_get(actor=request.user, pk=payload.unit_id)
    seeker = job_seeker_create(actor=request.user, full_name=payload.full_name, id_number=payload.id_number,
                               phone=payload.phone, unit=unit)
    return Status(201, seeker)


@router.get("/{seeker_id}", response=JobSeekerOut)
@api_require(can_view_job_seekers)
def get_job_seeker(request, seeker_id: int):
    return job_seeker_get(actor=request.user, pk=seeker_id)


@router.post("/{seeker_id}/reveal/{field}", response=RevealOut)
@api_require(can_reveal_personal_data)
def reveal_job_seeker_field(request, seeker_id: int, field: str):
    seeker = job_seeker_get(actor=request.user, pk=seeker_id)
    return RevealOut(field=field, value=personal_data_reveal(actor=request.user, obj=seeker, field=field, unit=seeker.unit))
