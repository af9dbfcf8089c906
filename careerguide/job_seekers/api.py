import datetime as dt

from ninja import Router, Schema, Status
from ninja.pagination import PageNumberPagination, paginate

from careerguide.accounts.access import api_require
from careerguide.accounts.permissions import can_manage_job_seekers, can_reveal_personal_data, can_view_job_seekers
from careerguide.organisations.selectors import unit_get
from careerguide.privacy.masking import mask_phone, mask_resident_id
from careerguide.privacy.services import personal_data_reveal

from .permissions import can_grade_job_seekers
from .selectors import grading_get, job_seeker_get, job_seeker_list, personal_ledger
from .services.gradings import grading_override, job_seeker_grade
from .services.registration import job_seeker_create, job_seeker_register

router = Router(tags=["job seekers"])


class JobSeekerOut(Schema):
    id: int
    full_name: str
    id_number_masked: str
    phone_masked: str
    sex: str
    birth_date: dt.date
    unit_id: int
    status: str
    current_level: int | None = None
    ledger_opened_on: dt.date | None = None
    ledger_created_late: bool

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


class RegistrationIn(JobSeekerIn):
    channel: str = "front_desk"
    collected_on: dt.date | None = None
    profile: dict = {}
    work_history: list[dict] = []
    certificates: list[dict] = []
    append_to_existing: bool = False


class RegistrationOut(Schema):
    id: int
    job_seeker_id: int
    channel: str
    collected_on: dt.date
    created_late: bool
    episode_number: int

    @staticmethod
    def resolve_episode_number(obj):
        return obj.episode.number


class GradingOut(Schema):
    id: int
    job_seeker_id: int
    instrument_version: str
    graded_on: dt.date
    factor_points: list[dict]
    total: int
    computed_level: int
    level: int
    override_reason: str


class OverrideIn(Schema):
    level: int
    reason: str


class LedgerEntryOut(Schema):
    id: int
    section: str
    service_type: str
    occurred_on: dt.date
    recorded_at: dt.datetime
    summary: str
    outcome: str
    initiated_by: str
    channel: str
    is_late: bool
    corrects_id: int | None = None
    staff_only: bool


class RevealOut(Schema):
    field: str
    value: str


@router.get("", response=list[JobSeekerOut])
@api_require(can_view_job_seekers)
@paginate(PageNumberPagination)
def list_job_seekers(request, q: str = "", status: str = "", level: int | None = None):
    return job_seeker_list(actor=request.user, query=q, status=status, level=level)


@router.post("", response={201: JobSeekerOut})
@api_require(can_manage_job_seekers)
def create_job_seeker(request, payload: JobSeekerIn):
    unit = unit_get(actor=request.user, pk=payload.unit_id)
    seeker = job_seeker_create(actor=request.user, full_name=payload.full_name, id_number=payload.id_number,
                               phone=payload.phone, unit=unit)
    return Status(201, seeker)


@router.post("/registrations", response={201: RegistrationOut})
@api_require(can_manage_job_seekers)
def register_job_seeker(request, payload: RegistrationIn):
    """A collection/registration; append_to_existing confirms adding to a known person's ledger (BJ-11-1)."""
    data = payload.dict()
    unit = unit_get(actor=request.user, pk=data.pop("unit_id"))
    return Status(201, job_seeker_register(actor=request.user, unit=unit, **data))


@router.get("/{seeker_id}", response=JobSeekerOut)
@api_require(can_view_job_seekers)
def get_job_seeker(request, seeker_id: int):
    return job_seeker_get(actor=request.user, pk=seeker_id)


@router.get("/{seeker_id}/ledger", response=list[LedgerEntryOut])
@api_require(can_view_job_seekers)
def get_ledger(request, seeker_id: int):
    return list(personal_ledger(job_seeker_get(actor=request.user, pk=seeker_id)))


@router.post("/{seeker_id}/gradings", response={201: GradingOut})
@api_require(can_grade_job_seekers)
def grade_job_seeker(request, seeker_id: int):
    seeker = job_seeker_get(actor=request.user, pk=seeker_id)
    return Status(201, job_seeker_grade(actor=request.user, job_seeker=seeker, unit=request.user.unit))


@router.get("/gradings/{grading_id}", response=GradingOut)
@api_require(can_view_job_seekers)
def get_grading(request, grading_id: int):
    return grading_get(actor=request.user, pk=grading_id)


@router.post("/gradings/{grading_id}/override", response=GradingOut)
@api_require(can_grade_job_seekers)
def override_grading(request, grading_id: int, payload: OverrideIn):
    return grading_override(actor=request.user, grading=grading_get(actor=request.user, pk=grading_id),
                            level=payload.level, reason=payload.reason)


@router.post("/{seeker_id}/reveal/{field}", response=RevealOut)
@api_require(can_reveal_personal_data)
def reveal_job_seeker_field(request, seeker_id: int, field: str):
    seeker = job_seeker_get(actor=request.user, pk=seeker_id)
    return RevealOut(field=field, value=personal_data_reveal(actor=request.user, obj=seeker, field=field, unit=seeker.unit))
