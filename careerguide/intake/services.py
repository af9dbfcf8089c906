"""Front-desk integrated acceptance, back-office categorised processing (BJ-5-9) with first-inquiry responsibility
(BJ-5-6).

Any front desk takes a request once: the client is found by ID number or credit code, the category picks the back
office (rules.py), and a client with the same request open is told where it is instead of submitting it again.
The receiver is responsible until they hand it over; each hand-over is recorded and owes the back office its
acceptance within the configured working days; the acceptor becomes responsible and closes it with the result.
"""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.accounts.roles import Role
from careerguide.accounts.selectors import staff_of_unit_tree
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.identifiers import normalise_resident_id, normalise_uscc
from careerguide.common.services import (
    audit,
    now_or,
    policy_number,
    refuse,
    refuse_calendar,
    refuse_forbidden,
    require_text,
    today,
)
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule, transition
from careerguide.notifications.services import notify
from careerguide.organisations.levels import UnitLevel
from careerguide.privacy.masking import mask_name
from careerguide.workdays.calendar import CalendarYearNotLoaded
from careerguide.workdays.selectors import work_calendar

from .choices import ClientKind, IntakeChannel, RequestCategory
from .duty_kinds import HANDOVER_ACCEPT
from .error_codes import IntakeErrorCode
from .links import request_page
from .models import RequestHandover, ServiceRequest
from .rules import AT_DESK, CLIENT_DISTRICT, category_fits_client, route_for
from .selectors import client_employer, client_person, open_request_of, pending_handover
from .states import REQUEST_TRANSITIONS, RequestStatus


def _client(*, client_kind: str, identifier: str):
    """The registered person (by ID number) or employer (by credit code) the request is for; refused on the field."""
    if client_kind == ClientKind.PERSON:
        client = client_person(id_number=normalise_resident_id(identifier or ""))
        label = mask_name(client.full_name) if client else ""
    elif client_kind == ClientKind.EMPLOYER:
        client = client_employer(credit_code=normalise_uscc(identifier or ""))
        label = client.name if client else ""
    else:
        refuse(_("请选择服务对象类型。"), code=CommonErrorCode.INVALID, field="client_kind", clause="BJ-5-9")
    if client is None:
        refuse(_("未找到该身份证号码或统一社会信用代码对应的服务对象，请先办理登记。"), code=IntakeErrorCode.NO_CLIENT,
               field="identifier", clause="BJ-5-9")
    return client, label


def _routed_unit(*, where: str, client, desk):
    """The back office's agency: the desk itself, the agency serving the client, or that agency's district."""
    if where == AT_DESK:
        return desk
    unit = client.unit
    if where == CLIENT_DISTRICT and unit.level not in (UnitLevel.CITY, UnitLevel.DISTRICT):
        return unit.district or unit
    return unit


def _check(*, client_kind, category, content, client) -> None:
    errors, code = {}, CommonErrorCode.REQUIRED
    if category not in RequestCategory.values:
        errors["category"], code = [_("请选择事项类别。")], CommonErrorCode.INVALID
    elif not category_fits_client(category=category, client_kind=client_kind):
        errors["category"], code = [_("该事项类别不适用于此类服务对象。")], IntakeErrorCode.WRONG_CATEGORY
    if not (content or "").strip():
        errors["content"] = [_("请填写诉求内容。")]
    if errors:
        raise DomainError(field_errors=errors, code=code, clause="BJ-5-9")
    existing = open_request_of(client=client, category=category)
    if existing is not None:
        refuse(_("该服务对象已有同类请求在办（%(ref)s，%(unit)s %(who)s负责），无需重复提交。") % {
            "ref": f"Q{existing.pk:06d}", "unit": existing.routed_unit.name, "who": existing.responsible.full_name},
            code=IntakeErrorCode.ALREADY_OPEN, clause="BJ-5-9")


@transaction.atomic
def request_receive(*, actor, client_kind: str, identifier: str, category: str, content: str,
                    channel: str = IntakeChannel.FRONT_DESK, now=None) -> ServiceRequest:
    """One intake at any front desk (BJ-5-9): the receiver is the first-inquiry responsible (BJ-5-6); a request the
    back office handles is handed over to it at once."""
    now = now_or(now)
    client, label = _client(client_kind=client_kind, identifier=identifier)
    _check(client_kind=client_kind, category=category, content=content, client=client)
    route = route_for(category)
    routed = _routed_unit(where=route.where, client=client, desk=actor.unit)
    item = ServiceRequest.objects.create(
        received_unit=actor.unit, received_by=actor, received_on=today(now),
        channel=channel if channel in IntakeChannel.values else IntakeChannel.FRONT_DESK, client_kind=client_kind,
        job_seeker=client if client_kind == ClientKind.PERSON else None,
        employer=client if client_kind == ClientKind.EMPLOYER else None, client_label=label[:200], category=category,
        content=content.strip(), routed_unit=routed, queue_role=route.role, responsible=actor)
    audit(actor=actor, obj=item, action="create", unit=actor.unit, clause="BJ-5-6", now=now,
          after={"category": category, "routed_unit": routed.pk, "queue_role": route.role, "received_by": actor.pk})
    if route.where != AT_DESK:
        _hand_over(actor=actor, item=item, to_unit=routed, to_role=route.role, note=_("前台受理，转后台分类办理"),
                   now=now)
    return item


def _hand_over(*, actor, item, to_unit, to_role: str, note: str, now) -> RequestHandover:
    handover = RequestHandover.objects.create(request=item, from_user=actor, from_unit=actor.unit, to_unit=to_unit,
                                              to_role=to_role, note=(note or "")[:300], handed_at=now)
    item.routed_unit, item.queue_role = to_unit, to_role
    item.save(update_fields=["routed_unit", "queue_role", "updated_at"])
    event = transition(obj=item, to=RequestStatus.HANDED_OVER, actor=actor, table=REQUEST_TRANSITIONS,
                       unit=to_unit, clause="BJ-5-6", reason=f"{to_unit.name} {Role(to_role).label}：{note}", now=now)
    days = policy_number("bj.front_desk_handover_accept_workdays", unit=to_unit, on=today(now))
    try:
        due = work_calendar().add_workdays(today(now), days)
    except CalendarYearNotLoaded as exc:
        refuse_calendar(exc, clause="BJ-5-9")
    duty_schedule(actor=actor, subject=item, created_by_event=event, now=now, spec=DutySpec(
        kind=HANDOVER_ACCEPT, title=_("接收转办请求：%(c)s（%(s)s）") % {"c": item.get_category_display(),
                                                                "s": item.client_label},
        clause="BJ-5-9", due_date=due, unit=to_unit))
    for person in staff_of_unit_tree(unit=to_unit, roles=[to_role]).filter(unit=to_unit):
        notify(recipient=person, subject=_("收到%(u)s转办的服务请求") % {"u": actor.unit.name}, body=item.content[:200],
               link=request_page(item), dedup_key=f"intake-{item.pk}-{handover.pk}-{person.pk}", now=now)
    return handover


@transaction.atomic
def request_hand_over(*, actor, item: ServiceRequest, to_unit, to_role: str, note: str, now=None) -> RequestHandover:
    """The responsible person hands the request on, explicitly and on record (BJ-5-6); it owes acceptance."""
    now = now_or(now)
    item = ServiceRequest.objects.select_for_update().select_related("routed_unit").get(pk=item.pk)
    if actor.pk != item.responsible_id:
        refuse_forbidden(message=_("只有当前负责人可以移交。"), clause="BJ-5-6")
    note = require_text(note, field="note", label=_("移交说明"), clause="BJ-5-6")
    if to_role not in Role.values or to_unit is None:
        refuse(_("请选择接收机构和岗位。"), code=CommonErrorCode.INVALID, field="to_role", clause="BJ-5-9")
    return _hand_over(actor=actor, item=item, to_unit=to_unit, to_role=to_role, note=note, now=now)


@transaction.atomic
def request_accept(*, actor, item: ServiceRequest, now=None) -> ServiceRequest:
    """A member of the back-office queue takes the request over and becomes its responsible contact (BJ-5-6); the
    hand-over's duty is met."""
    now = now_or(now)
    item = ServiceRequest.objects.select_for_update().get(pk=item.pk)
    if actor.unit_id != item.routed_unit_id or not actor.has_role(item.queue_role, Role.UNIT_HEAD):
        refuse(_("该请求转办给%(u)s的%(r)s，您不在该办理岗位。") % {"u": item.routed_unit.name,
                                                          "r": Role(item.queue_role).label},
               code=IntakeErrorCode.NOT_IN_QUEUE, clause="BJ-5-9")
    handover = pending_handover(request=item)
    before = item.responsible_id
    item.responsible = actor
    item.save(update_fields=["responsible", "updated_at"])
    event = transition(obj=item, to=RequestStatus.ACCEPTED, actor=actor, table=REQUEST_TRANSITIONS,
                       unit=item.routed_unit, clause="BJ-5-6", reason=_("后台接收"), now=now)
    if handover is not None:
        handover.accepted_by, handover.accepted_at = actor, now
        handover.save(update_fields=["accepted_by", "accepted_at", "updated_at"])
    audit(actor=actor, obj=item, action="responsible", unit=item.routed_unit, clause="BJ-5-6", now=now,
          before={"responsible": before}, after={"responsible": actor.pk})
    duties_fulfil_for_subject(actor=actor, subject=item, kind=HANDOVER_ACCEPT, on=today(now), event=event, now=now)
    return item


@transaction.atomic
def request_close(*, actor, item: ServiceRequest, result: str, now=None) -> ServiceRequest:
    """The responsible person closes the request with its result (BJ-5-6)."""
    item = ServiceRequest.objects.select_for_update().get(pk=item.pk)
    if actor.pk != item.responsible_id:
        refuse(_("只有当前负责人可以办结。"), code=IntakeErrorCode.NOT_RESPONSIBLE, clause="BJ-5-6")
    item.result = require_text(result, field="result", label=_("办理结果"), clause="BJ-5-6")
    item.save(update_fields=["result", "updated_at"])
    transition(obj=item, to=RequestStatus.CLOSED, actor=actor, table=REQUEST_TRANSITIONS, unit=item.routed_unit,
               clause="BJ-5-6", milestone_field="closed_at", reason=item.result[:200], now=now)
    return item
