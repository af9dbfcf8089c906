"""Key-enterprise requests at any front desk (BJ-47-3): first-inquiry responsibility (BJ-5-6), the account
officer told and given a duty (front-desk intake, back-office routing, BJ-5-9)."""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, now_or, policy_number, refuse, refuse_forbidden, today
from careerguide.duties.services import (
    DutySpec,
    duties_fulfil_for_subject,
    duties_reassign_for_subject,
    duty_schedule,
    transition,
    workday_due,
)
from careerguide.notifications.services import notify

from ..choices import RequestCategory
from ..duty_kinds import KEY_REQUEST
from ..error_codes import EmployerErrorCode
from ..links import requests_page
from ..models import Employer, EnterpriseRequest
from ..selectors.key_enterprises import current_officer, serving_agreement
from ..states import REQUEST_TRANSITIONS, RequestStatus
from .ledger import ledger_add

CLAUSE = "BJ-47-3"


def _check_request(credit_code: str, category: str, content: str):
    """The key enterprise the request is for, its agreement in force; every problem at once."""
    errors, code = {}, CommonErrorCode.INVALID
    employer = Employer.objects.filter(credit_code=(credit_code or "").strip().upper()).select_related("unit").first()
    agreement = serving_agreement(employer=employer) if employer else None
    if agreement is None:
        errors["credit_code"] = [_("未找到该统一社会信用代码对应的重点企业（须已签订日常服务协议）。")]
        code = EmployerErrorCode.NOT_KEY_ENTERPRISE
    if category not in RequestCategory.values:
        errors["category"] = [_("请选择诉求类别。")]
    if not (content or "").strip():
        errors["content"] = [_("请填写诉求内容。")]
    if errors:
        raise DomainError(field_errors=errors, clause=CLAUSE, code=code)
    return employer, agreement


def _request_duty(actor, request, agreement, officer, on, now) -> None:
    """The officer owes coordination within the advisory time (BJ-47-3)."""
    workdays = policy_number("bj.key_enterprise_request_workdays", unit=agreement.unit, on=on)
    due = workday_due(start=on, workdays=workdays)  # pending when the year's calendar is not loaded yet
    duty_schedule(actor=actor, subject=request, now=now, spec=DutySpec(
        kind=KEY_REQUEST, title=_("协调办理%(e)s的诉求（%(u)s受理）") % {"e": request.employer.name, "u": actor.unit.name},
        clause=CLAUSE, due_date=due, unit=agreement.unit, assignee=officer))


@transaction.atomic
def key_enterprise_request_receive(*, actor, credit_code: str, category: str, content: str, channel: str = "front_desk",
                                   now=None) -> EnterpriseRequest:
    """Any front desk takes the request once; the receiver is responsible until it is closed (BJ-5-6), and the
    enterprise's account officer is notified and owes coordination within the advisory time (BJ-47-3)."""
    now = now_or(now)
    on = today(now)
    employer, agreement = _check_request(credit_code, category, content)
    officer = current_officer(agreement=agreement)
    request = EnterpriseRequest.objects.create(
        employer=employer, agreement=agreement, category=category, content=content.strip(), channel=channel,
        received_on=on, received_unit=actor.unit, received_by=actor, officer=officer)
    audit(actor=actor, obj=request, unit=actor.unit, action="create", clause="BJ-5-6", now=now,
          after={"employer": employer.pk, "category": category, "received_by": actor.pk,
                 "officer": getattr(officer, "pk", None)})
    ledger_add(actor=actor, employer=employer, unit=actor.unit, section="key_support", service_type="key_request",
               occurred_on=on, summary=_("受理重点企业诉求（%(c)s）：%(t)s") % {
                   "c": request.get_category_display(), "t": request.content[:200]},
               outcome=_("首问负责人：%(n)s") % {"n": actor.full_name}, channel=channel, clause=CLAUSE,
               initiated_by="client", now=now)
    _request_duty(actor, request, agreement, officer, on, now)
    if officer is not None:
        notify(recipient=officer, subject=_("重点企业%(e)s在%(u)s提出诉求") % {"e": employer.name, "u": actor.unit.name},
               body=request.content, link=requests_page(request), dedup_key=f"key-request:{request.pk}", now=now)
    return request


@transaction.atomic
def key_enterprise_request_close(*, actor, request: EnterpriseRequest, result: str, now=None) -> EnterpriseRequest:
    """The responsible receiver or the account officer closes the request with its result."""
    now = now_or(now)
    if actor.pk not in (request.received_by_id, request.officer_id):
        refuse_forbidden(message=_("只有首问负责人或企业服务专员可以办结该诉求。"), clause="BJ-5-6")
    if not (result or "").strip():
        refuse(_("请填写办理结果。"), field="result", clause=CLAUSE, code=CommonErrorCode.REQUIRED)
    on = today(now)
    request.closed_on, request.result = on, result.strip()[:300]
    request.save(update_fields=["closed_on", "result", "updated_at"])
    transition(obj=request, to=RequestStatus.CLOSED, actor=actor, table=REQUEST_TRANSITIONS, unit=request.received_unit,
               clause=CLAUSE, reason=request.result, now=now)
    duties_fulfil_for_subject(actor=actor, subject=request, kind=KEY_REQUEST, on=on, now=now)
    ledger_add(actor=actor, employer=request.employer, unit=actor.unit, section="key_support",
               service_type="key_request_closed", occurred_on=on, summary=_("重点企业诉求办结"), outcome=request.result[:200],
               clause=CLAUSE, now=now)
    return request


def requests_hand_over(*, actor, agreement, officer, now=None) -> int:
    """A new account officer coordinates the enterprise's open requests and owes their duties (BJ-5-2, BJ-47-3).
    Returns how many requests moved."""
    moved = 0
    for request in agreement.requests.filter(status=RequestStatus.OPEN).exclude(officer=officer):
        before = request.officer_id
        request.officer = officer
        request.save(update_fields=["officer", "updated_at"])
        audit(actor=actor, obj=request, unit=request.received_unit, action="officer_change", clause="BJ-5-2", now=now,
              before={"officer": before}, after={"officer": officer.pk})
        duties_reassign_for_subject(actor=actor, subject=request, assignee=officer, kinds=(KEY_REQUEST,),
                                    clause="BJ-5-2", now=now)
        moved += 1
    return moved
