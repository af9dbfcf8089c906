"""JSON API for employers (/api/employers): one service or selector call per operation."""
import datetime as dt

from django.utils import timezone
from ninja import Router, Schema, Status
from ninja.pagination import PageNumberPagination, paginate

from careerguide.accounts.access import api_require
from careerguide.accounts.permissions import can_manage_employers, can_view_employers
from careerguide.accounts.selectors import staff_pick
from careerguide.ledgers.selectors import ledger_entries
from careerguide.organisations.selectors import unit_get
from careerguide.privacy.masking import mask_phone

from .districts import district_of
from .selectors import demand_registration_unit, employer_get, employer_list
from .selectors.key_enterprises import agreement_get, quarterly_contact_report, verification_get
from .services.employers import employer_create
from .services.key_enterprises import daily_service_agreement_sign, key_enterprise_designate
from .services.quarterly import enterprise_contact_record
from .services.registration import employer_service_record
from .services.verification import employer_verification_review, employer_verification_submit

router = Router(tags=["employers"])


class EmployerOut(Schema):
    id: int
    name: str
    credit_code: str
    address: str
    contact_name: str
    contact_phone_masked: str
    unit_id: int
    verification_status: str
    industry_code: str
    ledger_opened_on: dt.date | None
    demand_registration_unit_id: int | None

    @staticmethod
    def resolve_contact_phone_masked(obj):
        return mask_phone(obj.contact_phone)

    @staticmethod
    def resolve_demand_registration_unit_id(obj):
        unit = demand_registration_unit(employer=obj)
        return unit.pk if unit else None


class EmployerIn(Schema):
    name: str
    credit_code: str
    address: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    industry_code: str = ""
    unit_id: int


class DocumentsIn(Schema):
    licence_type: str = ""
    licence_number: str = ""
    licence_valid_from: dt.date | None = None
    licence_valid_until: dt.date | None = None
    agent_name: str = ""
    agent_id_number: str = ""
    power_of_attorney_ref: str = ""
    power_of_attorney_valid_until: dt.date | None = None


class EmployersReviewIn(Schema):
    data_source: str
    manual_defects: list[str] = []


class DefectOut(Schema):
    code: str
    message: str


class VerificationOut(Schema):
    id: int
    employer_id: int
    round: int
    status: str
    verified_on: dt.date | None
    defects: list[DefectOut]
    quality_exception: bool

    @staticmethod
    def resolve_quality_exception(obj):
        notice = getattr(obj, "notice", None) if obj.status == "failed" else None
        return bool(notice and notice.is_quality_exception)


class ServiceIn(Schema):
    service_type: str
    occurred_on: dt.date
    summary: str
    outcome: str = ""
    channel: str = "front_desk"


class LedgerEntryOut(Schema):
    id: int
    section: str
    service_type: str
    occurred_on: dt.date
    summary: str
    outcome: str
    is_late: bool
    clause: str


class DesignateIn(Schema):
    unit_id: int
    on: dt.date | None = None


class SignIn(Schema):
    signed_on: dt.date
    term_start: dt.date
    term_end: dt.date
    officer_id: int
    document_ref: str = ""


class ContactIn(Schema):
    contacted_on: dt.date
    channel: str
    two_way: bool = True
    summary: str


class AgreementOut(Schema):
    id: int
    employer_id: int
    unit_id: int
    status: str
    signed_on: dt.date | None
    term_end: dt.date | None


class QuarterRowOut(Schema):
    agreement_id: int
    employer_id: int
    days_left: int
    warning: bool


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


@router.get("/key-enterprises/quarterly-report", response=list[QuarterRowOut])
@api_require(can_manage_employers)
def quarterly_report(request):
    rows = quarterly_contact_report(actor=request.user, today=timezone.localdate())
    return [{"agreement_id": r.agreement.pk, "employer_id": r.agreement.employer_id, "days_left": r.days_left,
             "warning": r.warning} for r in rows]


@router.get("/{employer_id}", response=EmployerOut)
@api_require(can_view_employers)
def get_employer(request, employer_id: int):
    return employer_get(actor=request.user, pk=employer_id)


@router.post("/{employer_id}/verifications", response={201: VerificationOut})
@api_require(can_manage_employers)
def submit_documents(request, employer_id: int, payload: DocumentsIn):
    employer = employer_get(actor=request.user, pk=employer_id)
    return Status(201, employer_verification_submit(actor=request.user, employer=employer, **payload.dict()))


@router.post("/verifications/{verification_id}/review", response=VerificationOut)
@api_require(can_manage_employers)
def review_documents(request, verification_id: int, payload: EmployersReviewIn):
    verification = verification_get(actor=request.user, pk=verification_id)
    return employer_verification_review(actor=request.user, verification=verification, **payload.dict())


@router.post("/{employer_id}/services", response={201: LedgerEntryOut})
@api_require(can_manage_employers)
def record_service(request, employer_id: int, payload: ServiceIn):
    employer = employer_get(actor=request.user, pk=employer_id)
    return Status(201, employer_service_record(actor=request.user, employer=employer, **payload.dict()))


@router.get("/{employer_id}/ledger", response=list[LedgerEntryOut])
@api_require(can_view_employers)
def employer_ledger(request, employer_id: int):
    return list(ledger_entries(subject=employer_get(actor=request.user, pk=employer_id)))


@router.post("/{employer_id}/key-enterprise", response={201: AgreementOut})
@api_require(can_manage_employers)
def designate_key_enterprise(request, employer_id: int, payload: DesignateIn):
    employer = employer_get(actor=request.user, pk=employer_id)
    unit = unit_get(actor=request.user, pk=payload.unit_id)
    return Status(201, key_enterprise_designate(actor=request.user, employer=employer, unit=unit, on=payload.on))


@router.post("/agreements/{agreement_id}/sign", response=AgreementOut)
@api_require(can_manage_employers)
def sign_agreement(request, agreement_id: int, payload: SignIn):
    agreement = agreement_get(actor=request.user, pk=agreement_id)
    officer = staff_pick(actor=request.user, pk=payload.officer_id, field="officer", unit=district_of(agreement.unit))
    return daily_service_agreement_sign(actor=request.user, agreement=agreement, officer=officer,
                                        **payload.dict(exclude={"officer_id"}))


@router.post("/agreements/{agreement_id}/contacts", response={201: dict})
@api_require(can_manage_employers)
def record_contact(request, agreement_id: int, payload: ContactIn):
    agreement = agreement_get(actor=request.user, pk=agreement_id)
    contact = enterprise_contact_record(actor=request.user, agreement=agreement, **payload.dict())
    return Status(201, {"id": contact.pk, "contacted_on": contact.contacted_on, "two_way": contact.two_way})
