import datetime as dt

from ninja import Router, Schema, Status
from ninja.pagination import PageNumberPagination, paginate

from careerguide.accounts.access import api_require
from careerguide.accounts.permissions import can_manage_job_seekers, can_reveal_personal_data, can_view_job_seekers
from careerguide.organisations.selectors import unit_get
from careerguide.privacy.choices import PERSON_PAGE_FIELDS, ReadPurpose
from careerguide.privacy.masking import mask_phone, mask_resident_id
from careerguide.privacy.services import person_read_log, personal_data_reveal

from .permissions import can_grade_job_seekers
from .selectors import (
    certifications_of,
    contact_entries,
    grading_get,
    handoff_get,
    handoffs_of,
    job_seeker_get,
    job_seeker_list,
    job_seeker_read_get,
    personal_ledger,
    readiness_assessments_of,
    regrading_due,
)
from .services.certification import difficulty_certification_record
from .services.gradings import grading_override, job_seeker_grade, policy_advice_record
from .services.handoffs import handoff_create, handoff_record_outcome
from .services.ledger import contact_record
from .services.no_contact import no_contact_report
from .services.readiness import readiness_assess
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
    difficulty_certified: bool
    certified_on: dt.date | None = None
    regrading_due: bool

    @staticmethod
    def resolve_regrading_due(obj):
        return regrading_due(job_seeker=obj)

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


class JobSeekersLedgerEntryOut(Schema):
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
    """Own jurisdiction, or an online booking routed to the actor's district (BJ-4-3, BJ-14-6); the read is logged
    (BJ-51-2)."""
    seeker = job_seeker_read_get(actor=request.user, pk=seeker_id)
    person_read_log(actor=request.user, person=seeker, fields=PERSON_PAGE_FIELDS, purpose=ReadPurpose.SERVICE_API)
    return seeker


@router.get("/{seeker_id}/ledger", response=list[JobSeekersLedgerEntryOut])
@api_require(can_view_job_seekers)
def get_ledger(request, seeker_id: int):
    seeker = job_seeker_get(actor=request.user, pk=seeker_id)
    person_read_log(actor=request.user, person=seeker, fields=("ledger",), purpose=ReadPurpose.SERVICE_API)  # BJ-51-2
    return list(personal_ledger(job_seeker=seeker))


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


class PolicyAdviceIn(Schema):
    missing_procedures: list[str]
    note: str = ""
    given_on: dt.date | None = None


class PolicyAdviceOut(Schema):
    id: int
    given_on: dt.date
    missing_procedures: list[str]
    note: str
    routing_id: int | None = None


class ReadinessIn(Schema):
    start_lead_days: int
    available_from: dt.date | None = None
    preparation_insufficient: bool = False
    basis: str = ""
    advice: str = ""
    assessed_on: dt.date | None = None


class ReadinessOut(Schema):
    id: int
    assessed_on: dt.date
    job_ready: bool
    preparation_insufficient: bool
    earliest_start: dt.date
    max_start_days: int
    basis: str
    advice: str


class JobSeekersContactIn(Schema):
    occurred_on: dt.date
    initiated_by: str
    reached: bool = True
    channel: str = "phone"
    summary: str


class ContactOut(Schema):
    id: int
    occurred_on: dt.date
    initiated_by: str
    channel: str
    reached: bool
    summary: str

    @staticmethod
    def resolve_reached(obj):
        return bool((obj.content or {}).get("reached", True))


class NoContactReportIn(Schema):
    recipient: str
    content: str = ""


class NoContactReportOut(Schema):
    id: int
    last_contact_on: dt.date
    stop_from: dt.date
    recipient: str
    reported_on: dt.date
    content: str


class CertificationIn(Schema):
    status: str
    decided_on: dt.date
    authority: str
    document_ref: str = ""
    note: str = ""


class CertificationOut(Schema):
    id: int
    status: str
    decided_on: dt.date
    authority: str
    document_ref: str
    evidence_id: int | None = None


def _managed(request, seeker_id):
    return job_seeker_get(actor=request.user, pk=seeker_id)


@router.post("/{seeker_id}/policy-advice", response={201: PolicyAdviceOut})
@api_require(can_manage_job_seekers)
def record_policy_advice(request, seeker_id: int, payload: PolicyAdviceIn):
    """Policy consultation and the procedures to complete (BJ-13-2)."""
    return Status(201, policy_advice_record(actor=request.user, job_seeker=_managed(request, seeker_id),
                                            unit=request.user.unit, **payload.dict()))


@router.get("/{seeker_id}/readiness", response=list[ReadinessOut])
@api_require(can_view_job_seekers)
def list_readiness(request, seeker_id: int):
    return list(readiness_assessments_of(job_seeker=_managed(request, seeker_id)))


@router.post("/{seeker_id}/readiness", response={201: ReadinessOut})
@api_require(can_manage_job_seekers)
def assess_readiness(request, seeker_id: int, payload: ReadinessIn):
    """A dated job-readiness assessment; advice is required when not ready (BJ-15-1, BJ-15-3)."""
    return Status(201, readiness_assess(actor=request.user, job_seeker=_managed(request, seeker_id),
                                        unit=request.user.unit, **payload.dict()))


@router.get("/{seeker_id}/contacts", response=list[ContactOut])
@api_require(can_view_job_seekers)
def list_contacts(request, seeker_id: int):
    """Contacts and attempts with initiator and reached flag (BJ-13-7)."""
    return list(contact_entries(job_seeker=_managed(request, seeker_id)))


@router.post("/{seeker_id}/contacts", response={201: ContactOut})
@api_require(can_manage_job_seekers)
def record_contact(request, seeker_id: int, payload: JobSeekersContactIn):
    return Status(201, contact_record(actor=request.user, job_seeker=_managed(request, seeker_id),
                                      unit=request.user.unit, **payload.dict()))


@router.post("/{seeker_id}/no-contact-report", response={201: NoContactReportOut})
@api_require(can_manage_job_seekers)
def report_no_contact(request, seeker_id: int, payload: NoContactReportIn):
    """The report to the registration authority that stops services (BJ-13-5, BJ-13-8)."""
    return Status(201, no_contact_report(actor=request.user, job_seeker=_managed(request, seeker_id),
                                         recipient=payload.recipient, content=payload.content))


@router.get("/{seeker_id}/certifications", response=list[CertificationOut])
@api_require(can_view_job_seekers)
def list_certifications(request, seeker_id: int):
    return list(certifications_of(job_seeker=_managed(request, seeker_id)))


@router.post("/{seeker_id}/certifications", response={201: CertificationOut})
@api_require(can_manage_job_seekers)
def record_certification(request, seeker_id: int, payload: CertificationIn):
    """Difficulty certification or exit with date and evidence, then routing again (BJ-13-1, BJ-26-2)."""
    return Status(201, difficulty_certification_record(actor=request.user, job_seeker=_managed(request, seeker_id),
                                                       unit=request.user.unit, **payload.dict()))


class HandOffIn(Schema):
    kind: str
    programme: str
    provider: str = ""
    referred_on: dt.date


class HandOffOutcomeIn(Schema):
    outcome: str
    started_on: dt.date | None = None
    ended_on: dt.date | None = None
    note: str = ""


class HandOffOut(Schema):
    id: int
    job_seeker_id: int
    kind: str
    programme: str
    provider: str
    referred_on: dt.date
    started_on: dt.date | None
    ended_on: dt.date | None
    outcome: str
    outcome_note: str


@router.get("/{seeker_id}/handoffs", response=list[HandOffOut])
@api_require(can_view_job_seekers)
def list_handoffs(request, seeker_id: int):
    """Hand-offs to training, internships and entrepreneurship services (BJ-2-3)."""
    return list(handoffs_of(job_seeker=job_seeker_get(actor=request.user, pk=seeker_id)))


@router.post("/{seeker_id}/handoffs", response={201: HandOffOut})
@api_require(can_manage_job_seekers)
def create_handoff(request, seeker_id: int, payload: HandOffIn):
    return Status(201, handoff_create(actor=request.user, job_seeker=_managed(request, seeker_id), **payload.dict()))


@router.post("/handoffs/{handoff_id}/outcome", response=HandOffOut)
@api_require(can_manage_job_seekers)
def record_handoff_outcome(request, handoff_id: int, payload: HandOffOutcomeIn):
    return handoff_record_outcome(actor=request.user, handoff=handoff_get(actor=request.user, pk=handoff_id), **payload.dict())
