"""Writes of the guidance mechanism (BJ-14-*), for any registered subject type."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.audit.services import object_label
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, now_or, refuse, refuse_forbidden, require_text, today
from careerguide.duties.services import transition

from .choices import BookingChannel, GuidanceType, NextStep, PlanKind, Tier
from .error_codes import GuidanceErrorCode
from .models import (
    GuidanceAppointment,
    GuidanceGroup,
    GuidanceGroupMember,
    GuidancePlan,
    GuidanceRecord,
    GuidanceSession,
)
from .permissions import can_be_officer_for, can_designate_officer
from .rules import Waiting, slot_allocation
from .selectors import appointments_awaiting_slot
from .states import APPOINTMENT_TRANSITIONS, AppointmentStatus
from .subjects import subject_kind, subject_kind_of


def _entry(actor, subject, *, unit, service_type, occurred_on, summary, outcome="", content=None, initiated_by="agency",
           channel="front_desk", clause="", now=None):
    return subject_kind_of(subject).add_entry(actor=actor, subject=subject, unit=unit, service_type=service_type,
                                              occurred_on=occurred_on, summary=summary, outcome=outcome,
                                              content=content or {}, initiated_by=initiated_by, channel=channel,
                                              clause=clause, now=now)


def _not_future(day, field, now):
    if day > today(now):
        refuse(_("日期不能晚于今天。"), code=CommonErrorCode.INVALID, field=field)


def _booking_unit(*, actor, subject, channel, unit):
    """BJ-14-6: an online booking goes to the district of the subject's habitual residence; a counter booking
    stays with the given unit or the staff member's."""
    if channel != BookingChannel.ONLINE:
        return unit or actor.unit
    kind = subject_kind_of(subject)
    if not kind.can_book_online(subject):
        refuse(_("请先开通互联网综合服务平台服务权限，再在网上预约就业指导。"), code=GuidanceErrorCode.ONLINE_BOOKING_NOT_PERMITTED,
               clause="BJ-14-6")
    district = kind.home_district(subject)
    if district is None:
        refuse(_("请先填写常住地所在的区，以便安排就近的指导人员。"), code=GuidanceErrorCode.HOME_DISTRICT_MISSING,
               clause="BJ-14-6", field="habitual_district")
    return district


def _appointment_hold(*, actor, appointment, now) -> None:
    """BJ-14-3, BJ-14-4: specialized guidance given on an appointment holds it (assigning the giver if none was)."""
    if appointment.status == AppointmentStatus.HELD:
        return
    if appointment.status == AppointmentStatus.REQUESTED:
        appointment.officer = actor
        appointment.save(update_fields=["officer", "updated_at"])
        transition(obj=appointment, to=AppointmentStatus.ASSIGNED, actor=actor, table=APPOINTMENT_TRANSITIONS,
                   unit=appointment.unit, clause="BJ-14-3", now=now)
    transition(obj=appointment, to=AppointmentStatus.HELD, actor=actor, table=APPOINTMENT_TRANSITIONS,
               unit=appointment.unit, clause="BJ-14-4", now=now)


@transaction.atomic
def appointment_request(*, actor, subject, need: str, guidance_type: str, channel: str, unit=None,
                        scheduled_at: dt.datetime | None = None, now=None) -> GuidanceAppointment:
    """An appointment registration (BJ-14-2, BJ-14-3).

    Online bookings by the subject go to the district of their habitual residence (BJ-14-6); counter bookings
    stay with the staff member's unit."""
    now = now_or(now)
    subject_kind_of(subject).ensure_serviceable(subject)
    errors = {}
    if not (need or "").strip():
        errors["need"] = [_("请填写指导需求。")]
    if guidance_type not in GuidanceType.values:
        errors["guidance_type"] = [_("请选择专门指导或分类指导。")]
    if channel not in BookingChannel.values:
        errors["channel"] = [_("预约渠道无效。")]
    if scheduled_at is not None and scheduled_at < now:
        errors["scheduled_at"] = [_("预约时间不能早于现在。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-14-3", code=CommonErrorCode.INVALID)
    unit = _booking_unit(actor=actor, subject=subject, channel=channel, unit=unit)
    appointment = GuidanceAppointment.objects.create(
        subject_type=object_label(obj=subject), subject_id=str(subject.pk), subject_label=str(subject)[:200],
        need=need.strip(), guidance_type=guidance_type, channel=channel, unit=unit, scheduled_at=scheduled_at,
        requested_on=today(now), requested_by=actor)
    audit(actor=actor, obj=appointment, unit=unit, action="create", clause="BJ-14-3", now=now,
          after={"subject": f"{appointment.subject_type}:{appointment.subject_id}", "type": guidance_type,
                 "channel": channel, "unit": unit.pk})
    _entry(actor, subject, unit=unit, service_type="guidance_appointment", occurred_on=today(now),
           summary=_("预约登记：%(t)s（%(c)s），由%(u)s负责") % {"t": appointment.get_guidance_type_display(),
                                                          "c": appointment.get_channel_display(), "u": unit.name},
           content={"appointment": appointment.pk}, initiated_by="client" if channel == BookingChannel.ONLINE else "agency",
           channel="online" if channel == BookingChannel.ONLINE else "front_desk", clause="BJ-14-3", now=now)
    return appointment


@transaction.atomic
def appointment_assign(*, actor, appointment: GuidanceAppointment, officer, scheduled_at=None, now=None):
    """Designate the guidance officer (BJ-14-6, BJ-14-7)."""
    if not can_designate_officer(actor, appointment):
        refuse_forbidden(clause="BJ-14-7", message=_("网上预约的指导人员由求职者常住地所在区的公共就业服务机构指定。"))
    if officer is None or not can_be_officer_for(officer, appointment):
        refuse(_("指导人员应为本区或本区街道（乡镇）公共就业服务机构的指导人员。"), code=GuidanceErrorCode.OFFICER_NOT_ELIGIBLE,
               clause="BJ-14-7", field="officer")
    appointment.officer = officer
    if scheduled_at is not None:
        appointment.scheduled_at = scheduled_at
    appointment.save(update_fields=["officer", "scheduled_at", "updated_at"])
    transition(obj=appointment, to=AppointmentStatus.ASSIGNED, actor=actor, table=APPOINTMENT_TRANSITIONS,
               unit=appointment.unit, clause="BJ-14-7", reason=officer.full_name, now=now)
    return appointment


@transaction.atomic
def appointment_slots_allocate(*, actor, officer, slots, now=None) -> list[GuidanceAppointment]:
    """CQ-7.1.11-1 with BJ-14-7: the officer's free slots are given to the bookings in the actor's scope still
    waiting for a time (with their `priority`) that the actor may designate and the officer may serve, priority bookings first
    among those made the same day or later; each booking given a slot is assigned to the officer at that time."""
    now = now_or(now)
    slots = [timezone.make_aware(s) if timezone.is_naive(s) else s for s in slots]
    if not slots:
        refuse(_("请至少填写一个可预约时段。"), code=CommonErrorCode.INVALID, clause="CQ-7.1.11-1", field="slots")
    if any(slot <= now for slot in slots):
        refuse(_("可预约时段不能早于现在。"), code=CommonErrorCode.INVALID, clause="CQ-7.1.11-1", field="slots")
    served = {a.pk: a for a in appointments_awaiting_slot(actor=actor) if a.status == AppointmentStatus.REQUESTED and a.scheduled_at is None
              and can_designate_officer(actor, a) and can_be_officer_for(officer, a)}
    if not served:
        refuse(_("没有该指导人员可以接待的待分配预约。"), code=CommonErrorCode.INVALID, clause="CQ-7.1.11-1",
               field="officer")
    given = slot_allocation([Waiting(pk=a.pk, requested_on=a.requested_on, priority=bool(getattr(a, "priority", False)))
                             for a in served.values()], slots)
    return [appointment_assign(actor=actor, appointment=served[pk], officer=officer, scheduled_at=slot, now=now)
            for pk, slot in sorted(given.items(), key=lambda item: item[1])]


@transaction.atomic
def appointment_close(*, actor, appointment: GuidanceAppointment, to: str, reason: str = "", now=None):
    """Record a no-show or a cancellation (BJ-14-3)."""
    if to not in (AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED):
        refuse(_("只能登记未到场或取消。"), code=CommonErrorCode.INVALID)
    if to == AppointmentStatus.CANCELLED and not (reason or "").strip():
        refuse(_("取消预约须填写原因。"), code=CommonErrorCode.REQUIRED, field="reason")
    transition(obj=appointment, to=to, actor=actor, table=APPOINTMENT_TRANSITIONS, unit=appointment.unit, clause="BJ-14-3",
               reason=reason, now=now)
    return appointment


@transaction.atomic
def general_guidance_record(*, actor, subject, need: str, summary: str, next_step: str = NextStep.NONE,
                            held_on=None, unit=None, now=None) -> GuidanceRecord:
    """General guidance, always available (BJ-14-1, BJ-14-2). A further need becomes an appointment registration."""
    now = now_or(now)
    held_on = held_on or today(now)
    unit = unit or actor.unit
    subject_kind_of(subject).ensure_serviceable(subject)
    _not_future(held_on, "held_on", now)
    if next_step not in NextStep.values:
        refuse(_("请选择有效的后续引导。"), code=CommonErrorCode.INVALID, field="next_step")
    summary = require_text(summary, field="summary", label=_("指导内容"))
    record = GuidanceRecord.objects.create(
        subject_type=object_label(obj=subject), subject_id=str(subject.pk), subject_label=str(subject)[:200],
        tier=Tier.GENERAL, held_on=held_on, need=(need or "").strip(), next_step=next_step, advice=summary,
        unit=unit, counsellor=actor)
    audit(actor=actor, obj=record, unit=unit, action="create", clause="BJ-14-2", now=now,
          after={"tier": Tier.GENERAL, "next_step": next_step})
    _entry(actor, subject, unit=unit, service_type="general_guidance", occurred_on=held_on,
           summary=_("一般性指导：%(s)s") % {"s": summary[:250]}, outcome=record.get_next_step_display(),
           content={"guidance": record.pk}, initiated_by="client", clause="BJ-14-2", now=now)
    if next_step in (NextStep.SPECIALIZED, NextStep.CATEGORIZED):
        record.appointment = appointment_request(actor=actor, subject=subject, need=need or summary,
                                                 guidance_type=next_step, channel=BookingChannel.COUNTER, unit=unit,
                                                 now=now)
        record.save(update_fields=["appointment", "updated_at"])
    return record


@transaction.atomic
def specialized_guidance_record(*, actor, subject, assessment_instrument: str, assessment_result: str,
                                occupational_info: str, advice: str, held_on=None, appointment=None, unit=None,
                                now=None) -> GuidanceRecord:
    """Specialized guidance: aptitude assessment, occupational-information analysis and advice (BJ-14-4)."""
    now = now_or(now)
    held_on = held_on or today(now)
    unit = unit or actor.unit
    subject_kind_of(subject).ensure_serviceable(subject)
    _not_future(held_on, "held_on", now)
    errors = {}
    for field, value, message in (("assessment_result", assessment_result, _("请填写职业素质测评结果。")),
                                  ("occupational_info", occupational_info, _("请填写职业信息分析。")),
                                  ("advice", advice, _("请根据测评和分析结果填写咨询意见。"))):
        if not (value or "").strip():
            errors[field] = [message]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-14-4", code=CommonErrorCode.REQUIRED)
    if appointment is not None and (appointment.subject_type, appointment.subject_id) != (object_label(obj=subject),
                                                                                        str(subject.pk)):
        refuse(_("预约与服务对象不一致。"), code=GuidanceErrorCode.SUBJECT_MISMATCH)
    record = GuidanceRecord.objects.create(
        subject_type=object_label(obj=subject), subject_id=str(subject.pk), subject_label=str(subject)[:200],
        tier=Tier.SPECIALIZED, held_on=held_on, assessment_instrument=(assessment_instrument or "").strip(),
        assessment_result=assessment_result.strip(), occupational_info=occupational_info.strip(), advice=advice.strip(),
        appointment=appointment, unit=unit, counsellor=actor)
    audit(actor=actor, obj=record, unit=unit, action="create", clause="BJ-14-4", now=now,
          after={"tier": Tier.SPECIALIZED, "appointment": appointment.pk if appointment else None})
    if appointment is not None:
        _appointment_hold(actor=actor, appointment=appointment, now=now)
    _entry(actor, subject, unit=unit, service_type="specialized_guidance", occurred_on=held_on,
           summary=_("专门指导：职业素质测评（%(i)s）和职业信息分析") % {"i": record.assessment_instrument or _("未注明工具")},
           outcome=record.advice[:200], content={"guidance": record.pk, "advice": record.advice},
           initiated_by="client", clause="BJ-14-4", now=now)
    return record


@transaction.atomic
def group_create(*, actor, subject_type: str, title: str, common_problem: str, unit=None, now=None) -> GuidanceGroup:
    """A categorized-guidance group for subjects with a common problem (BJ-14-5)."""
    errors = {}
    try:
        subject_kind(subject_type)
    except LookupError:
        errors["subject_type"] = [_("请选择服务对象类型。")]
    if not (title or "").strip():
        errors["title"] = [_("请填写小组名称。")]
    if not (common_problem or "").strip():
        errors["common_problem"] = [_("请填写共性问题。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-14-5", code=CommonErrorCode.INVALID)
    group = GuidanceGroup.objects.create(subject_type=subject_type, title=title.strip(), common_problem=common_problem.strip(),
                                         unit=unit or actor.unit, created_by=actor)
    audit(actor=actor, obj=group, unit=group.unit, action="create", clause="BJ-14-5", now=now,
          after={"title": group.title})
    return group


@transaction.atomic
def group_plan_set(*, actor, group: GuidanceGroup, occupational_info: str, plan: str, now=None) -> GuidanceGroup:
    plan = require_text(plan, field="plan", label=_("指导方案"), clause="BJ-14-5")
    before = {"occupational_info": group.occupational_info, "plan": group.plan}
    group.occupational_info, group.plan = (occupational_info or "").strip(), plan
    group.save(update_fields=["occupational_info", "plan", "updated_at"])
    audit(actor=actor, obj=group, unit=group.unit, action="update", clause="BJ-14-5", now=now, before=before,
          after={"occupational_info": group.occupational_info, "plan": group.plan})
    return group


@transaction.atomic
def group_member_add(*, actor, group: GuidanceGroup, subject, now=None) -> GuidanceGroupMember:
    if object_label(obj=subject) != group.subject_type:
        refuse(_("该对象类型不能加入本小组。"), code=GuidanceErrorCode.SUBJECT_TYPE_MISMATCH, clause="BJ-14-5")
    subject_kind_of(subject).ensure_serviceable(subject)
    if group.members.filter(subject_id=str(subject.pk)).exists():
        refuse(_("该服务对象已在小组中。"), code=CommonErrorCode.DUPLICATE, clause="BJ-14-5")
    member = GuidanceGroupMember.objects.create(group=group, subject_type=group.subject_type, subject_id=str(subject.pk),
                                                subject_label=str(subject)[:200])
    audit(actor=actor, obj=group, unit=group.unit, action="member_add", clause="BJ-14-5", now=now,
          after={"subject": member.subject_id})
    _entry(actor, subject, unit=group.unit, service_type="categorized_guidance_join", occurred_on=today(now),
           summary=_("加入分类指导小组：%(t)s（共性问题：%(p)s）") % {"t": group.title, "p": group.common_problem[:100]},
           content={"group": group.pk, "contact": False}, clause="BJ-14-5", now=now)
    return member


@transaction.atomic
def group_session_record(*, actor, group: GuidanceGroup, held_on, content: str, attendees, subjects: dict,
                         now=None) -> GuidanceSession:
    """A guidance activity under the plan; each attending member's ledger gets an entry (BJ-14-5).

    ``subjects`` maps member pk to the loaded subject record (the caller loads them in scope)."""
    now = now_or(now)
    if not group.plan:
        refuse(_("请先制订指导方案，再围绕方案开展指导活动。"), code=GuidanceErrorCode.GROUP_PLAN_MISSING, clause="BJ-14-5")
    _not_future(held_on, "held_on", now)
    content = require_text(content, field="content", label=_("活动内容"))
    members = list(group.members.filter(pk__in=[m.pk for m in attendees]))
    if not members:
        refuse(_("请选择参加人员。"), code=CommonErrorCode.REQUIRED, field="attendees")
    session = GuidanceSession.objects.create(group=group, held_on=held_on, content=content, counsellor=actor)
    session.attendees.set(members)
    audit(actor=actor, obj=group, unit=group.unit, action="session", clause="BJ-14-5", now=now,
          after={"session": session.pk, "held_on": held_on, "attendees": [m.pk for m in members]})
    for member in members:
        _entry(actor, subjects[member.pk], unit=group.unit, service_type="categorized_guidance", occurred_on=held_on,
               summary=_("分类指导活动（%(t)s）：%(c)s") % {"t": group.title, "c": session.content[:200]},
               content={"group": group.pk, "session": session.pk}, initiated_by="client", clause="BJ-14-5", now=now)
    return session


@transaction.atomic
def plan_version_add(*, actor, subject, kind: str, title: str, content: str, revision_reason: str = "",
                     record: GuidanceRecord | None = None, drafted_on=None, unit=None, now=None) -> GuidancePlan:
    """A recruitment plan, HR-rules plan or related plan drawn up in specialized guidance, stored with versions
    in the subject's ledger (BJ-37-2). The same kind and title again is a revision: a new version with a reason,
    earlier versions kept."""
    now = now_or(now)
    drafted_on = drafted_on or today(now)
    unit = unit or actor.unit
    subject_kind_of(subject).ensure_serviceable(subject)
    _not_future(drafted_on, "drafted_on", now)
    errors = {}
    if kind not in PlanKind.values:
        errors["kind"] = [_("请选择方案类型。")]
    if not (title or "").strip():
        errors["title"] = [_("请填写方案名称。")]
    if not (content or "").strip():
        errors["content"] = [_("请填写方案内容。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-37-2", code=CommonErrorCode.INVALID)
    label, pk = object_label(obj=subject), str(subject.pk)
    if record is not None and (record.subject_type, record.subject_id, record.tier) != (label, pk, Tier.SPECIALIZED):
        refuse(_("请选择该服务对象的专门指导记录。"), code=GuidanceErrorCode.SUBJECT_MISMATCH, clause="BJ-37-2",
               field="record")
    previous = (GuidancePlan.objects.select_for_update().filter(subject_type=label, subject_id=pk, kind=kind,
                                                                title=title.strip()).order_by("-version").first())
    if previous is not None and not (revision_reason or "").strip():
        refuse(_("修订已有方案须填写修订原因。"), code=CommonErrorCode.REQUIRED, clause="BJ-37-2", field="revision_reason")
    plan = GuidancePlan.objects.create(
        subject_type=label, subject_id=pk, subject_label=str(subject)[:200], kind=kind, title=title.strip(),
        version=previous.version + 1 if previous else 1, content=content.strip(),
        revision_reason=(revision_reason or "").strip()[:200], previous=previous, record=record, drafted_on=drafted_on,
        unit=unit, author=actor)
    audit(actor=actor, obj=plan, unit=unit, action="create", clause="BJ-37-2", now=now,
          after={"subject": f"{label}:{pk}", "kind": kind, "version": plan.version,
                 "previous": previous.pk if previous else None})
    _entry(actor, subject, unit=unit, service_type="guidance_plan", occurred_on=drafted_on,
           summary=_("%(k)s“%(t)s”第%(v)s版") % {"k": plan.get_kind_display(), "t": plan.title, "v": plan.version},
           outcome=plan.revision_reason, content={"plan": plan.pk, "version": plan.version, "text": plan.content,
                                                   "contact": False}, clause="BJ-37-2", now=now)
    return plan
