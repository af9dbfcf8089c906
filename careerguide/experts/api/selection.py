"""Rounds, applications, review, public notice, objections and appointment (CZ art. 6–7)."""
import datetime as dt
from decimal import Decimal

from ninja import Schema

from careerguide.accounts.access import api_public, api_require, public_write_auth
from careerguide.accounts.permissions import is_signed_in
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.selectors import public_unit_pick

from .. import selectors as sel
from ..permissions import can_apply, can_view_applications, is_agency_staff, is_city_hrss, is_expert_portal_user
from ..services import applications, review
from .base import Ok, _ok, router


class RoundIn(Schema):
    title: str
    open_date: dt.date
    closing_date: dt.date
    early_reason: str = ""


@router.post("/rounds", response=Ok)
@api_require(is_city_hrss)
def round_create(request, data: RoundIn):
    return _ok(applications.round_create(actor=request.user, **data.dict()))


class WorkIn(Schema):
    unit_name: str
    unit_type: str
    position: str = ""
    work_field: str
    start: dt.date
    end: dt.date | None = None
    in_1028_sector: bool = False


class CertIn(Schema):
    occupation: str
    kind: str = "skill_level"
    level: int
    number: str = ""
    issuing_body: str = ""
    verified: bool = False


class HonourIn(Schema):
    title: str
    name: str = ""
    competition: str = ""
    year: int | None = None


class AttachmentIn(Schema):
    kind: str
    title: str


class ApplicationIn(Schema):
    round_id: int
    channel: str
    receiving_unit_id: int | None = None
    recommender_id: int | None = None
    person: dict
    id_number: str
    phone: str = ""
    categories: list[str] = []
    declarations: list[str] = []
    work_history: list[WorkIn] = []
    certificates: list[CertIn] = []
    honours: list[HonourIn] = []
    attachments: list[AttachmentIn] = []


@router.post("/applications", response=Ok)
@api_require(can_apply)
def application_create(request, data: ApplicationIn):
    unit = public_unit_pick(pk=data.receiving_unit_id, field="receiving_unit", required=False,
                            levels=(UnitLevel.CITY, UnitLevel.DISTRICT))
    rec = sel.recommender_pick(actor=request.user, pk=data.recommender_id, field="recommender")
    app = applications.application_create(
        actor=request.user, round=sel.round_get(pk=data.round_id), channel=data.channel, person=data.person,
        id_number=data.id_number, phone=data.phone, categories=data.categories, declarations=data.declarations,
        work_history=[w.dict() for w in data.work_history], certificates=[c.dict() for c in data.certificates],
        honours=[h.dict() for h in data.honours], attachments=[a.dict() for a in data.attachments],
        receiving_unit=unit, recommender=rec)
    return _ok(app)


class ApplicationOut(Schema):
    id: int
    name: str
    channel: str
    status: str
    round_id: int
    age_over_limit: bool
    category_overall: str
    preliminary_reason: str
    review_reason: str


@router.get("/applications", response=list[ApplicationOut])
@api_require(can_view_applications)
def application_list(request):
    return list(sel.application_list(actor=request.user)[:200])


@router.post("/applications/{pk}/submit", response=Ok)
@api_require(can_apply)
def application_submit(request, pk: int):
    return _ok(applications.application_submit(actor=request.user, application=sel.application_get(actor=request.user, pk=pk)))


class ExpertsOpinionIn(Schema):
    recommend: bool
    reason: str


@router.post("/applications/{pk}/preliminary-opinion", response=Ok)
@api_require(can_apply)
def preliminary_opinion(request, pk: int, data: ExpertsOpinionIn):
    app = sel.application_get(actor=request.user, pk=pk)
    return _ok(applications.preliminary_opinion_record(actor=request.user, application=app, **data.dict()))


@router.post("/rounds/{pk}/batch", response=list[Ok])
@api_require(is_agency_staff)
def agency_batch(request, pk: int):
    return [_ok(a) for a in applications.agency_batch_submit(actor=request.user, round=sel.round_get(pk=pk))]


class ReasonIn(Schema):
    reason: str = ""


@router.post("/applications/{pk}/withdraw", response=Ok)
@api_require(can_view_applications)
def application_withdraw(request, pk: int, data: ReasonIn):
    app = sel.application_get(actor=request.user, pk=pk)
    return _ok(applications.application_withdraw(actor=request.user, application=app, reason=data.reason))


class ConfirmIn(Schema):
    id_number: str


@router.post("/nominations/{pk}/confirm", response=Ok)
@api_require(is_expert_portal_user)
def nominee_confirm(request, pk: int, data: ConfirmIn):
    app = sel.nomination_to_confirm_get(actor=request.user, pk=pk)
    return _ok(applications.nominee_confirm(actor=request.user, application=app, id_number=data.id_number))


@router.post("/applications/{pk}/qualification/start", response=Ok)
@api_require(is_city_hrss)
def qualification_start(request, pk: int):
    return _ok(review.qualification_start(actor=request.user, application=sel.application_get(actor=request.user, pk=pk)))


class QualificationIn(Schema):
    passed: bool
    reason: str = ""
    age_justification: str = ""
    no_category_reason: str = ""
    good_operating_condition: bool | None = None
    high_research_level: bool | None = None


@router.post("/applications/{pk}/qualification", response=Ok)
@api_require(is_city_hrss)
def qualification_decide(request, pk: int, data: QualificationIn):
    app = sel.application_get(actor=request.user, pk=pk)
    return _ok(review.qualification_decide(actor=request.user, application=app, **data.dict()))


class VerificationIn(Schema):
    method: str
    on: dt.date
    summary: str
    finding: str = ""


@router.post("/applications/{pk}/verifications", response=Ok)
@api_require(is_city_hrss)
def verification_record(request, pk: int, data: VerificationIn):
    app = sel.application_get(actor=request.user, pk=pk)
    return _ok(review.verification_record(actor=request.user, application=app, **data.dict()), "method")


class ComprehensiveIn(Schema):
    proposed: bool
    reason: str
    score: Decimal | None = None
    rank: int | None = None


@router.post("/applications/{pk}/comprehensive", response=Ok)
@api_require(is_city_hrss)
def comprehensive_decide(request, pk: int, data: ComprehensiveIn):
    app = sel.application_get(actor=request.user, pk=pk)
    return _ok(review.comprehensive_decide(actor=request.user, application=app, **data.dict()))


class NoticeIn(Schema):
    url: str = ""


class NoticeOut(Schema):
    id: int
    title: str
    kind: str
    published_at: dt.datetime
    first_day: dt.date | None
    last_day: dt.date | None


@router.post("/rounds/{pk}/notice", response=NoticeOut)
@api_require(is_city_hrss)
def notice_publish(request, pk: int, data: NoticeIn):
    return review.notice_publish(actor=request.user, round=sel.round_get(pk=pk), url=data.url)


class ObjectionIn(Schema):
    content: str
    objector_name: str = ""
    objector_contact: str = ""


class ObjectionOut(Schema):
    id: int
    late: bool


@router.post("/public/candidates/{pk}/objections", response=ObjectionOut, auth=public_write_auth)
@api_public
def objection_lodge(request, pk: int, data: ObjectionIn):
    actor = request.user if is_signed_in(request.user) else None
    return review.objection_lodge(actor=actor, application=sel.noticed_application_get(pk=pk), **data.dict())


class ObjectionDecisionIn(Schema):
    substantiated: bool
    finding: str


@router.post("/objections/{pk}/decision", response=Ok)
@api_require(is_city_hrss)
def objection_decide(request, pk: int, data: ObjectionDecisionIn):
    obj = review.objection_decide(actor=request.user, objection=sel.objection_get(actor=request.user, pk=pk),
                                  **data.dict())
    return {"id": obj.pk, "status": obj.application.status}


@router.post("/applications/{pk}/appoint", response=Ok)
@api_require(is_city_hrss)
def appoint(request, pk: int):
    return _ok(review.application_appoint(actor=request.user, application=sel.application_get(actor=request.user, pk=pk)))
