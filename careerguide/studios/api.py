"""JSON API of master studios (/api/studios): public notice and list, the recognition journey, and a studio's
operation.  One service or selector call per operation."""
import base64
import binascii
import datetime as dt
from decimal import Decimal
from typing import Annotated

from django.core.files.base import ContentFile
from django.utils import timezone
from ninja import Router, Schema, Status
from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

from careerguide.accounts.access import api_public, api_require

from .permissions import can_use_studio_portal, can_view_studios, is_city_hrss, is_studio_centre
from .selectors import (
    application_get,
    host_unit_get,
    named_master_name,
    public_notice_list,
    public_studio_list,
    recommender_get,
    review_application_list,
    round_get,
    studio_get,
)
from .services import applications as app_services
from .services import exits, funds, notice, operation, review, rounds, supervision

router = Router(tags=["studios"])


class StudiosNoticeOut(Schema):
    """HN-6-13: proposed studio name, host unit and lead master's name only."""

    id: int
    studio_name: str
    host_unit: str
    lead_master: str
    published_on: dt.date
    ends_on: dt.date


class StudioPublicOut(Schema):
    id: int
    registration_number: str
    name: str
    host_unit: str
    recognised_on: dt.date
    level: str


@router.get("/public/notices", response=list[StudiosNoticeOut], auth=None)
@api_public
def public_notices(request):
    return [{"id": a.pk, "studio_name": a.studio_name, "host_unit": a.host_unit.name, "lead_master": named_master_name(application=a),
             "published_on": a.notice_published_on, "ends_on": a.notice_ends_on} for a in public_notice_list()]


@router.get("/public/studios", response=list[StudioPublicOut], auth=None)
@api_public
def public_studios(request):
    return [{"id": s.pk, "registration_number": s.registration_number, "name": s.name, "host_unit": s.host_unit.name,
             "recognised_on": s.recognised_on, "level": s.level} for s in public_studio_list()]


class StudiosRoundIn(Schema):
    year: int
    title: str
    quota: int
    recommendation_deadline: dt.date
    materials_deadline: dt.date
    notice_text: str = ""
    conditions: str = ""
    requirements: str = ""


class StudiosIdOut(Schema):
    id: int
    status: str = ""


@router.post("/rounds", response=StudiosIdOut)
@api_require(is_city_hrss)
def round_create(request, payload: StudiosRoundIn):
    rnd = rounds.round_create(actor=request.user, **payload.dict())
    return {"id": rnd.pk, "status": rnd.status}


class DateIn(Schema):
    on: dt.date


@router.post("/rounds/{pk}/publish", response=StudiosIdOut)
@api_require(is_city_hrss)
def round_publish(request, pk: int, payload: DateIn):
    rnd = rounds.round_publish(actor=request.user, round=round_get(pk=pk), published_on=payload.on)
    return {"id": rnd.pk, "status": rnd.status}


class StudiosApplicationIn(Schema):
    round_id: int
    host_unit_id: int
    recommender_id: int
    specialisation: str = ""
    premises_address: str = ""
    premises_area: Decimal | None = None
    equipment: str = ""
    funding_source: str = ""
    funding_annual_amount: Decimal | None = None
    planned_functions: list[str] = []
    two_year_targets: str = ""
    report_sections: list[str] = []


@router.post("/applications", response=StudiosIdOut)
@api_require(can_use_studio_portal)
def application_create(request, payload: StudiosApplicationIn):
    data = payload.dict()
    host = host_unit_get(actor=request.user, pk=data.pop("host_unit_id"))
    rec = recommender_get(pk=data.pop("recommender_id"))
    app = app_services.application_create(actor=request.user, round=round_get(pk=data.pop("round_id")), host_unit=host,
                                          recommender=rec, **data)
    return {"id": app.pk, "status": app.status}


class StudiosWorkIn(Schema):
    employer: str
    started_on: dt.date
    ended_on: dt.date | None = None


class StudiosCertIn(Schema):
    occupation: str
    kind: str = "qualification"
    title: str


class AwardIn(Schema):
    level: str
    title: str


class MemberIn(Schema):
    name: str
    id_number: str
    role: str
    is_named: bool = False
    post: str = ""
    work_history: list[StudiosWorkIn] = []
    certificates: list[StudiosCertIn] = []
    awards: list[AwardIn] = []
    route3_claimed: bool = False
    route3_evidence: str = ""


@router.post("/applications/{pk}/members", response=StudiosIdOut)
@api_require(can_use_studio_portal)
def member_add(request, pk: int, payload: MemberIn):
    data = payload.dict()
    data["work_history"] = [(w["employer"], w["started_on"], w["ended_on"]) for w in data["work_history"]]
    member = app_services.application_member_add(actor=request.user,
                                                 application=application_get(actor=request.user, pk=pk),
                                                 **data)
    return {"id": member.pk}


class TalentIn(Schema):
    title: str
    aspects: list[str]


@router.post("/applications/{pk}/talent-documents", response=StudiosIdOut)
@api_require(can_use_studio_portal)
def talent_document_add(request, pk: int, payload: TalentIn):
    doc = app_services.talent_document_add(actor=request.user, application=application_get(actor=request.user, pk=pk),
                                           **payload.dict())
    return {"id": doc.pk}


class StudiosApplicationOut(Schema):
    id: int
    status: str
    studio_name: str
    host_unit: str
    blocking: list[str]
    eligibility: list[dict]
    vote_summary: dict
    notice_ends_on: dt.date | None


@router.get("/applications/{pk}", response=StudiosApplicationOut)
@api_require(can_use_studio_portal)
def application_detail(request, pk: int):
    a = application_get(actor=request.user, pk=pk)
    return {"id": a.pk, "status": a.status, "studio_name": a.studio_name, "host_unit": a.host_unit.name,
            "blocking": a.blocking, "eligibility": a.eligibility, "vote_summary": a.vote_summary,
            "notice_ends_on": a.notice_ends_on}


@router.post("/applications/{pk}/submit", response=StudiosIdOut)
@api_require(can_use_studio_portal)
def application_submit(request, pk: int):
    a = app_services.application_submit(actor=request.user, application=application_get(actor=request.user, pk=pk))
    return {"id": a.pk, "status": a.status}


class RecommendIn(Schema):
    recommend: bool
    opinion: str


@router.post("/applications/{pk}/recommendation", response=StudiosIdOut)
@api_require(can_use_studio_portal)
def application_recommend(request, pk: int, payload: RecommendIn):
    a = app_services.application_recommend(actor=request.user, application=application_get(actor=request.user, pk=pk),
                                           **payload.dict())
    return {"id": a.pk, "status": a.status}


def _base64(value: str) -> str:
    """A file sent as base64: refused on its field unless it decodes (strictly: no stray characters)."""
    try:
        base64.b64decode(value, validate=True)
    except (ValueError, binascii.Error):
        raise PydanticCustomError("base64_invalid", "not valid base64") from None
    return value


Base64Text = Annotated[str, AfterValidator(_base64)]


class MaterialIn(Schema):
    item: str
    paper_copies: int
    file_name: str = ""
    file_base64: Base64Text = ""


@router.post("/applications/{pk}/materials", response=StudiosIdOut)
@api_require(is_studio_centre)
def material_receipt(request, pk: int, payload: MaterialIn):
    upload = ContentFile(base64.b64decode(payload.file_base64), name=payload.file_name) if payload.file_base64 else None
    row = app_services.material_receipt_record(actor=request.user,
                                               application=application_get(actor=request.user, pk=pk),
                                               item=payload.item, paper_copies=payload.paper_copies, electronic_copy=upload)
    return {"id": row.pk}


class Item3In(Schema):
    kind: str
    file_name: str
    file_base64: Base64Text


@router.post("/applications/{pk}/item3", response=StudiosIdOut)
@api_require(can_use_studio_portal)
def item3_add(request, pk: int, payload: Item3In):
    doc = app_services.item3_document_add(actor=request.user, application=application_get(actor=request.user, pk=pk),
                                          kind=payload.kind,
                                          file=ContentFile(base64.b64decode(payload.file_base64),
                                                           name=payload.file_name))
    return {"id": doc.pk}


@router.post("/applications/{pk}/check", response=StudiosIdOut)
@api_require(is_studio_centre)
def application_check(request, pk: int):
    a = app_services.application_check(actor=request.user, application=application_get(actor=request.user, pk=pk))
    return {"id": a.pk, "status": a.status}


@router.post("/rounds/{pk}/voting/open", response=StudiosIdOut)
@api_require(is_studio_centre)
def voting_open(request, pk: int):
    rnd = review.voting_open(actor=request.user, round=round_get(pk=pk))
    return {"id": rnd.pk, "status": rnd.status}


class ReviewItemOut(Schema):
    id: int
    studio_name: str
    host_unit: str


@router.get("/review/candidates", response=list[ReviewItemOut])
@api_require(can_use_studio_portal)
def review_candidates(request):
    """HN-6-8: a panel member's candidates under review."""
    return [{"id": a.pk, "studio_name": a.studio_name, "host_unit": a.host_unit.name}
            for a in review_application_list(actor=request.user)]


class BallotIn(Schema):
    choice: str | None = None


@router.post("/review/candidates/{pk}/ballot", response={204: None})
@api_require(can_use_studio_portal)
def ballot_cast(request, pk: int, payload: BallotIn):
    review.ballot_cast(actor=request.user, application_id=pk, choice=payload.choice)
    return Status(204, None)


@router.post("/rounds/{pk}/voting/close", response=dict)
@api_require(is_studio_centre)
def voting_close(request, pk: int):
    return {str(k): v for k, v in review.voting_close(actor=request.user, round=round_get(pk=pk)).items()}


@router.post("/applications/{pk}/notice", response=StudiosApplicationOut)
@api_require(is_city_hrss)
def notice_publish(request, pk: int, payload: DateIn):
    notice.notice_publish(actor=request.user, application=application_get(actor=request.user, pk=pk),
                          published_on=payload.on)
    return application_detail(request, pk)


class StudiosObjectionIn(Schema):
    received_on: dt.date
    channel: str
    content: str
    objector: str = ""


@router.post("/applications/{pk}/objections", response=StudiosIdOut)
@api_require(is_studio_centre)
def objection_record(request, pk: int, payload: StudiosObjectionIn):
    row = notice.objection_record(actor=request.user, application=application_get(actor=request.user, pk=pk),
                                  **payload.dict())
    return {"id": row.pk, "status": row.finding}


class StudiosConfirmIn(Schema):
    application_ids: list[int]
    document_number: str
    document_date: dt.date


@router.post("/confirmations", response=list[StudioPublicOut])
@api_require(is_city_hrss)
def confirmation_record(request, payload: StudiosConfirmIn):
    apps = [application_get(actor=request.user, pk=pk) for pk in payload.application_ids]
    made = notice.confirmation_record(actor=request.user, applications=apps, document_number=payload.document_number,
                                      document_date=payload.document_date)
    return [{"id": s.pk, "registration_number": s.registration_number, "name": s.name, "host_unit": s.host_unit.name,
             "recognised_on": s.recognised_on, "level": s.level} for s in made]


class TargetRowOut(Schema):
    target: str
    period: list[dt.date]
    required: int
    actual: int
    met: bool


@router.get("/{pk}/targets", response=list[TargetRowOut])
@api_require(can_view_studios)
def studio_targets(request, pk: int, until: dt.date | None = None):
    """HN-10-8."""
    studio = studio_get(actor=request.user, pk=pk)
    rows = supervision.studio_target_report(studio=studio, until=until or timezone.localdate())
    return [dict(r, period=list(r["period"])) for r in rows]


class ActivityIn(Schema):
    held_on: dt.date
    title: str
    target: str
    function: str
    location: str
    organisers: str
    venue: str = ""
    regional: bool = False
    participants: int = 0
    summary: str = ""
    evidence: str = ""


@router.post("/{pk}/activities", response=StudiosIdOut)
@api_require(can_use_studio_portal)
def activity_record(request, pk: int, payload: ActivityIn):
    row = operation.activity_record(actor=request.user, studio=studio_get(actor=request.user, pk=pk), **payload.dict())
    return {"id": row.pk}


class ExpenditureIn(Schema):
    spent_on: dt.date
    amount: Decimal
    category: str
    voucher: str
    description: str = ""


@router.post("/{pk}/expenditures", response=StudiosIdOut)
@api_require(can_use_studio_portal)
def expenditure_record(request, pk: int, payload: ExpenditureIn):
    row = funds.expenditure_record(actor=request.user, studio=studio_get(actor=request.user, pk=pk), **payload.dict())
    return {"id": row.pk}


class ExitIn(Schema):
    ground: str
    document_number: str
    document_date: dt.date
    reason: str
    evidence: str = ""
    lost_legal_person: bool = False
    stopped_functions: bool = False
    unfit_to_continue: bool = False
    host_applied: bool = False
    serious: bool = False


@router.post("/{pk}/exit", response=StudiosIdOut)
@api_require(is_city_hrss)
def studio_exit(request, pk: int, payload: ExitIn):
    decision = exits.studio_exit(actor=request.user, studio=studio_get(actor=request.user, pk=pk), **payload.dict())
    return {"id": decision.studio_id, "status": decision.registration}
