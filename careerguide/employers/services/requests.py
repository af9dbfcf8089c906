"""Key-enterprise requests at any front desk (BJ-47-3): first-inquiry responsibility (BJ-5-6), the account
officer told and given a duty (front-desk intake, back-office routing, BJ-5-9)."""
from __future__ import annotations

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.audit.services import audit_record
from careerguide.common.errors import DomainError
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule, transition
from careerguide.notifications.services import notify
from careerguide.policy.selectors import policy_value
from careerguide.workdays.calendar import CalendarYearNotLoaded
from careerguide.workdays.selectors import calendar_not_loaded_message, work_calendar

from ..duty_kinds import KEY_REQUEST
from ..models import Employer, EnterpriseRequest, RequestCategory, RequestStatus
from ..models.requests import REQUEST_TRANSITIONS
from ..states import RELATIONSHIP_SERVING
from .common import ledger_add, today

#: Defaults until policy keys exist (wanted: bj.key_enterprise_request_workdays), with the clause they serve.


def _serving_agreement(employer):
    return employer.service_agreements.filter(status__in=RELATIONSHIP_SERVING).select_related("unit").first()


@transaction.atomic
def key_enterprise_request_receive(*, actor, credit_code: str, category: str, content: str, channel: str = "front_desk",
                                   now=None) -> EnterpriseRequest:
    """Any front desk takes the request once; the receiver is responsible until it is closed (BJ-5-6), and the
    enterprise's account officer is notified and owes coordination within the advisory time (BJ-47-3)."""
    now = now or timezone.now()
    on = today(now)
    errors = {}
    employer = Employer.objects.filter(credit_code=(credit_code or "").strip().upper()).select_related("unit").first()
    agreement = _serving_agreement(employer) if employer else None
    if agreement is None:
        errors["credit_code"] = [_("未找到该统一社会信用代码对应的重点企业（须已签订日常服务协议）。")]
    if category not in RequestCategory.values:
        errors["category"] = [_("请选择诉求类别。")]
    if not (content or "").strip():
        errors["content"] = [_("请填写诉求内容。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-47-3")
    assignment = agreement.officer_assignments.filter(ended_on__isnull=True).select_related("officer").first()
    officer = assignment.officer if assignment else None
    request = EnterpriseRequest.objects.create(
        employer=employer, agreement=agreement, category=category, content=content.strip(), channel=channel,
        received_on=on, received_unit=actor.unit, received_by=actor, officer=officer)
    audit_record(actor=actor, obj=request, unit=actor.unit, action="create", clause="BJ-5-6", now=now,
                 after={"employer": employer.pk, "category": category, "received_by": actor.pk,
                        "officer": getattr(officer, "pk", None)})
    ledger_add(actor=actor, employer=employer, unit=actor.unit, section="key_support", service_type="key_request",
               occurred_on=on, summary=_("受理重点企业诉求（%(c)s）：%(t)s") % {
                   "c": request.get_category_display(), "t": request.content[:200]},
               outcome=_("首问负责人：%(n)s") % {"n": actor.full_name}, channel=channel, clause="BJ-47-3",
               initiated_by="client", now=now)
    clause = "BJ-47-3"
    workdays = policy_value(key="bj.key_enterprise_request_workdays", unit=agreement.unit, on=on)
    try:
        due = work_calendar().add_workdays(on, workdays)
    except CalendarYearNotLoaded as exc:
        raise DomainError(calendar_not_loaded_message(error=exc), clause=clause, code="calendar_not_loaded") from None
    link = reverse("employers:requests")
    duty_schedule(actor=actor, subject=request, now=now, spec=DutySpec(
        kind=KEY_REQUEST, title=_("协调办理%(e)s的诉求（%(u)s受理）") % {"e": employer.name, "u": actor.unit.name},
        clause=clause, due_date=due, unit=agreement.unit, assignee=officer, link=link))
    if officer is not None:
        notify(recipient=officer, subject=_("重点企业%(e)s在%(u)s提出诉求") % {"e": employer.name, "u": actor.unit.name},
               body=request.content, link=link, dedup_key=f"key-request:{request.pk}", now=now)
    return request


@transaction.atomic
def key_enterprise_request_close(*, actor, request: EnterpriseRequest, result: str, now=None) -> EnterpriseRequest:
    """The responsible receiver or the account officer closes the request with its result."""
    now = now or timezone.now()
    if actor.pk not in (request.received_by_id, request.officer_id):
        raise DomainError(_("只有首问负责人或企业服务专员可以办结该诉求。"), clause="BJ-5-6", code="forbidden")
    if not (result or "").strip():
        raise DomainError(field_errors={"result": [_("请填写办理结果。")]}, clause="BJ-47-3")
    on = today(now)
    request.closed_on, request.result = on, result.strip()[:300]
    request.save(update_fields=["closed_on", "result", "updated_at"])
    transition(obj=request, to=RequestStatus.CLOSED, actor=actor, table=REQUEST_TRANSITIONS, unit=request.received_unit,
               clause="BJ-47-3", reason=request.result, now=now)
    duties_fulfil_for_subject(actor=actor, subject=request, kind=KEY_REQUEST, on=on, now=now)
    ledger_add(actor=actor, employer=request.employer, unit=actor.unit, section="key_support",
               service_type="key_request_closed", occurred_on=on, summary=_("重点企业诉求办结"), outcome=request.result[:200],
               clause="BJ-47-3", now=now)
    return request
