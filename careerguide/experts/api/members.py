"""Renewal, exit and dismissal, service logs (CZ art. 8–10, Annex 2)."""
import datetime as dt
from decimal import Decimal

from ninja import Field, Schema

from careerguide.accounts.access import api_require
from careerguide.accounts.permissions import is_signed_in

from .. import selectors as sel
from ..permissions import is_city_hrss
from ..services import activities, membership
from .base import Ok, _ok, router
from .selection import NoticeIn


class RenewalIn(Schema):
    declarations: list[str] = []


@router.post("/memberships/{pk}/renewal", response=Ok)
@api_require(is_signed_in)
def renewal_apply(request, pk: int, data: RenewalIn):
    m = sel.membership_get(actor=request.user, pk=pk)
    r = membership.renewal_apply(actor=request.user, membership=m, declarations=data.declarations)
    return {"id": r.pk, "status": m.status}


class RenewalDecisionIn(Schema):
    renew: bool
    evaluation: list[dict]
    reasons: str
    age_justification: str = ""


@router.post("/renewals/{pk}/decision", response=Ok)
@api_require(is_city_hrss)
def renewal_decide(request, pk: int, data: RenewalDecisionIn):
    r = membership.renewal_decide(actor=request.user, renewal=sel.renewal_get(actor=request.user, pk=pk), **data.dict())
    return {"id": r.pk, "status": r.membership.status}


class ExitRequestIn(Schema):
    ground: int
    reason: str = ""


@router.post("/memberships/{pk}/exit-request", response=Ok)
@api_require(is_signed_in)
def exit_request(request, pk: int, data: ExitRequestIn):
    case = membership.exit_request(actor=request.user, membership=sel.membership_get(actor=request.user, pk=pk),
                                   **data.dict())
    return {"id": case.pk, "status": case.membership.status}


class GrantIn(Schema):
    effective_date: dt.date
    decision_number: str = ""


@router.post("/exits/{pk}/grant", response=Ok)
@api_require(is_city_hrss)
def exit_grant(request, pk: int, data: GrantIn):
    case = membership.exit_grant(actor=request.user, exit_case=sel.exit_case_get(actor=request.user, pk=pk), **data.dict())
    return {"id": case.pk, "status": case.membership.status}


class EvidenceIn(Schema):
    description: str


class DismissalIn(Schema):
    ground: int
    reason: str
    effective_date: dt.date
    decision_number: str = ""
    evidence: list[EvidenceIn] = []


@router.post("/memberships/{pk}/dismissal", response=Ok)
@api_require(is_city_hrss)
def dismissal_decide(request, pk: int, data: DismissalIn):
    values = data.dict()
    case = membership.dismissal_decide(actor=request.user, membership=sel.membership_get(actor=request.user, pk=pk),
                                       **values)
    return {"id": case.pk, "status": case.membership.status}


class NotificationIn(Schema):
    notified_on: dt.date
    method: str
    proof: str


@router.post("/exits/{pk}/notification", response=Ok)
@api_require(is_city_hrss)
def dismissal_notification(request, pk: int, data: NotificationIn):
    case = membership.dismissal_record_notification(actor=request.user, exit_case=sel.exit_case_get(actor=request.user, pk=pk),
                                                    **data.dict())
    return {"id": case.pk, "status": case.membership.status}


@router.post("/exits/{pk}/notice", response=Ok)
@api_require(is_city_hrss)
def dismissal_notice(request, pk: int, data: NoticeIn):
    case = membership.dismissal_publish_notice(actor=request.user, exit_case=sel.exit_case_get(actor=request.user, pk=pk),
                                               url=data.url)
    return {"id": case.pk, "status": case.membership.status}


class ServiceLogIn(Schema):
    on: dt.date
    hours: Decimal
    location: str
    mode: str
    origin: str
    arranging_unit: str = ""
    inviting_contact: str = ""
    form: str
    duty: str
    category: str
    recipient_types: list[str]
    job_seeking_intent: bool | None = None
    key_groups: list[str] = []
    hiring_needs: bool | None = None
    persons_served: int = Field(ge=0)
    employer_name: str = ""
    topic: str
    summary: str
    satisfaction: int | None = None
    remuneration_payer: str = ""
    remuneration_amount: Decimal | None = None


@router.post("/memberships/{pk}/service-logs", response=Ok)
@api_require(is_signed_in)
def service_log_create(request, pk: int, data: ServiceLogIn):
    m = sel.membership_get(actor=request.user, pk=pk)
    return _ok(activities.service_log_create(actor=request.user, membership=m, data=data.dict()))


class ExpertsReviewIn(Schema):
    confirm: bool
    reason: str = ""


@router.post("/service-logs/{pk}/review", response=Ok)
@api_require(is_city_hrss)
def service_log_review(request, pk: int, data: ExpertsReviewIn):
    entry = sel.service_log_get(actor=request.user, pk=pk)
    return _ok(activities.service_log_review(actor=request.user, entry=entry, **data.dict()))
