"""Policy-information group guidance: materials at least 2 working days ahead (CQ-7.1.2-1, CQ-7.1.2-2, CQ-7.1.2-3).

The organiser owes the delivery as a duty due on the deadline day and reminded on it (the duty engine's reminder);
whether the session complied is derived from the deliveries and the deadline, never stored."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import now_or, policy_number, refuse, refuse_calendar, refuse_forbidden, today
from careerguide.duties.selectors import open_duties_for_subject
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule
from careerguide.workdays.calendar import CalendarYearNotLoaded
from careerguide.workdays.selectors import work_calendar

from ...duty_kinds import KIND_MATERIALS
from .. import rules
from ..models import GroupParticipant, GroupSession
from ..permissions import is_guidance_staff
from .steps import audit_standard, ensure_cq_unit


@transaction.atomic
def session_plan(*, actor, unit, title: str, session_on: dt.date, material_version: str, now=None) -> GroupSession:
    """CQ-7.1.2-1, CQ-7.1.2-2, CQ-4.6.1-4: the deadline is computed on the working-day calendar and owed by the
    organiser as a duty."""
    if not is_guidance_staff(actor):
        refuse_forbidden(clause="CQ-4.6.1-4", message=_("只有职业指导人员可以组织团体指导。"))
    ensure_cq_unit(unit=unit, on=today(now))
    if not (title or "").strip() or not (material_version or "").strip():
        refuse(_("请填写主题和宣讲材料版本。"), code=CommonErrorCode.REQUIRED, clause="CQ-7.1.2-3")
    lead = policy_number("cq.material_lead_workdays", unit=unit, on=today(now))
    try:
        deadline = rules.material_deadline(session_on, lead, work_calendar())
    except CalendarYearNotLoaded as exc:
        # The deadline lies before the session, in a year with no calendar: nothing to owe a duty on yet.
        refuse_calendar(exc, clause="CQ-7.1.2-1")
    if deadline < today(now):
        refuse(_("距活动日期已不足规定的工作日，无法按时送达宣讲材料。"), code=CommonErrorCode.TOO_LATE, clause="CQ-7.1.2-1",
               field="session_on")
    session = GroupSession.objects.create(unit=unit, organiser=actor, title=title.strip(), session_on=session_on,
                                          material_deadline=deadline, material_version=material_version.strip())
    audit_standard(actor=actor, obj=session, action="create", unit=unit, clause="CQ-7.1.2-1", now=now,
                   after={"session_on": session_on, "deadline": deadline})
    duty_schedule(actor=actor, subject=session, spec=_materials_duty(session=session), now=now)
    return session


def _materials_duty(*, session: GroupSession) -> DutySpec:
    """CQ-7.1.2-1: the organiser owes the materials to everyone registered by the deadline day, and is reminded on
    that day while the duty is open."""
    return DutySpec(kind=KIND_MATERIALS, title=_("送达团体指导宣讲材料：%(t)s") % {"t": session.title},
                    clause="CQ-7.1.2-1", due_date=session.material_deadline, unit=session.unit,
                    assignee=session.organiser, remind_on=(session.material_deadline,))


@transaction.atomic
def participant_register(*, actor, session: GroupSession, name: str, case=None, now=None) -> GroupParticipant:
    """CQ-7.1.2-3: a participant registering after the deadline is a late registrant, not a breach."""
    registered_on = today(now)
    if registered_on > session.session_on:
        refuse(_("活动已结束，不能报名。"), code=CommonErrorCode.TOO_LATE, clause="CQ-7.1.2-3")
    late = registered_on > session.material_deadline
    participant = GroupParticipant.objects.create(session=session, case=case, name=name.strip(),
                                                  registered_on=registered_on, late_registrant=late)
    audit_standard(actor=actor, obj=participant, action="create", unit=session.unit, clause="CQ-7.1.2-3", now=now,
                   after={"late_registrant": late})
    if not late and not open_duties_for_subject(subject=session, kind=KIND_MATERIALS).exists():
        duty_schedule(actor=actor, subject=session, spec=_materials_duty(session=session), now=now)
    return participant


@transaction.atomic
def materials_deliver(*, actor, participant: GroupParticipant, channel: str, version: str, now=None):
    """CQ-7.1.2-3: record the delivery per participant (channel, time, version)."""
    now = now_or(now)
    session = participant.session
    if participant.delivered_at is not None:
        refuse(_("已记录送达。"), code=CommonErrorCode.DUPLICATE, clause="CQ-7.1.2-3")
    participant.delivered_at, participant.delivery_channel, participant.delivered_version = now, channel, version
    participant.delivery_status = rules.delivery_status(
        delivered_on=today(now), registered_on=participant.registered_on, deadline=session.material_deadline,
        today=today(now))
    participant.save()
    event = audit_standard(actor=actor, obj=participant, action="update", unit=session.unit, clause="CQ-7.1.2-3",
                           now=now, after={"delivery_status": participant.delivery_status, "version": version})
    if not session.participants.filter(delivered_at__isnull=True, late_registrant=False).exists():
        duties_fulfil_for_subject(actor=actor, subject=session, kind=KIND_MATERIALS, on=today(now), event=event, now=now)
    return participant
