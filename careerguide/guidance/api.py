import datetime as dt

from ninja import Router, Schema, Status

from careerguide.accounts.access import api_require
from careerguide.accounts.selectors import staff_pick

from .choices import BookingChannel
from .cq.api import router as cq_router
from .permissions import GUIDANCE_ROLES, can_give_guidance
from .selectors import (
    appointment_get,
    appointment_list,
    group_get,
    group_list,
    group_member_subjects,
    group_members,
    plans_for_subject,
    record_get,
    records_for_subject,
    subject_get,
)
from .services import (
    appointment_assign,
    appointment_request,
    appointment_slots_allocate,
    general_guidance_record,
    group_create,
    group_member_add,
    group_plan_set,
    group_session_record,
    plan_version_add,
    specialized_guidance_record,
)

router = Router(tags=["guidance"])
router.add_router("/cq", cq_router)  # T/CQTSHRA 002-2024 process


class AppointmentOut(Schema):
    id: int
    subject_type: str
    subject_id: str
    subject_label: str
    need: str
    guidance_type: str
    channel: str
    status: str
    unit_id: int
    officer_id: int | None = None
    requested_on: dt.date
    scheduled_at: dt.datetime | None = None


class AppointmentIn(Schema):
    subject_type: str
    subject_id: int
    need: str
    guidance_type: str


class GuidanceAssignIn(Schema):
    officer_id: int
    scheduled_at: dt.datetime | None = None


@router.get("/appointments", response=list[AppointmentOut])
@api_require(can_give_guidance)
def list_appointments(request, status: str = ""):
    return list(appointment_list(actor=request.user, status=status)[:500])


@router.post("/appointments", response={201: AppointmentOut})
@api_require(can_give_guidance)
def create_appointment(request, payload: AppointmentIn):
    subject = subject_get(actor=request.user, subject_type=payload.subject_type, subject_id=payload.subject_id)
    return Status(201, appointment_request(actor=request.user, subject=subject, need=payload.need,
                                           guidance_type=payload.guidance_type, channel=BookingChannel.COUNTER))


@router.post("/appointments/{appointment_id}/assign", response=AppointmentOut)
@api_require(can_give_guidance)
def assign_appointment(request, appointment_id: int, payload: GuidanceAssignIn):
    appointment = appointment_get(actor=request.user, pk=appointment_id)
    officer = staff_pick(actor=request.user, pk=payload.officer_id, field="officer", roles=GUIDANCE_ROLES,
                         unit=appointment.unit)
    return appointment_assign(actor=request.user, appointment=appointment, officer=officer,
                              scheduled_at=payload.scheduled_at)


class SlotsIn(Schema):
    officer_id: int
    slots: list[dt.datetime]


@router.post("/appointments/slots", response=list[AppointmentOut])
@api_require(can_give_guidance)
def allocate_slots(request, payload: SlotsIn):
    """CQ-7.1.11-1: the officer's free slots given to the waiting bookings in scope, priority service first; returns
    the bookings given a time."""
    officer = staff_pick(actor=request.user, pk=payload.officer_id, field="officer", roles=GUIDANCE_ROLES,
                         unit=request.user.unit)
    return appointment_slots_allocate(actor=request.user, officer=officer, slots=payload.slots)


class RecordOut(Schema):
    id: int
    subject_type: str
    subject_id: str
    tier: str
    held_on: dt.date
    need: str
    next_step: str
    assessment_instrument: str
    assessment_result: str
    occupational_info: str
    advice: str
    appointment_id: int | None = None
    unit_id: int


class SubjectIn(Schema):
    subject_type: str
    subject_id: int


class GeneralIn(SubjectIn):
    need: str = ""
    summary: str
    next_step: str = "none"
    held_on: dt.date | None = None


class SpecializedIn(SubjectIn):
    assessment_instrument: str = ""
    assessment_result: str
    occupational_info: str
    advice: str
    appointment_id: int | None = None
    held_on: dt.date | None = None


class GuidancePlanIn(SubjectIn):
    kind: str
    title: str
    content: str
    revision_reason: str = ""
    record_id: int | None = None


class GuidancePlanOut(Schema):
    id: int
    kind: str
    title: str
    version: int
    content: str
    revision_reason: str
    previous_id: int | None = None
    record_id: int | None = None
    drafted_on: dt.date


class GroupIn(Schema):
    subject_type: str
    title: str
    common_problem: str


class GroupPlanIn(Schema):
    occupational_info: str = ""
    plan: str


class MemberOut(Schema):
    id: int
    subject_type: str
    subject_id: str
    subject_label: str


class SessionIn(Schema):
    held_on: dt.date
    content: str
    member_ids: list[int]


class SessionOut(Schema):
    id: int
    held_on: dt.date
    content: str


class GroupOut(Schema):
    id: int
    subject_type: str
    title: str
    common_problem: str
    occupational_info: str
    plan: str
    unit_id: int
    members: list[MemberOut]
    sessions: list[SessionOut]

    @staticmethod
    def resolve_members(obj):
        return list(obj.members.all())

    @staticmethod
    def resolve_sessions(obj):
        return list(obj.sessions.all())


def _subject(request, payload):
    return subject_get(actor=request.user, subject_type=payload.subject_type, subject_id=payload.subject_id)


@router.get("/records", response=list[RecordOut])
@api_require(can_give_guidance)
def list_records(request, subject_type: str, subject_id: int):
    """Guidance records of one subject (BJ-14-2, BJ-14-4, BJ-37-1, BJ-37-2)."""
    subject = subject_get(actor=request.user, subject_type=subject_type, subject_id=subject_id)
    return list(records_for_subject(subject=subject))


@router.post("/records/general", response={201: RecordOut})
@api_require(can_give_guidance)
def create_general_record(request, payload: GeneralIn):
    return Status(201, general_guidance_record(actor=request.user, subject=_subject(request, payload), need=payload.need,
                                               summary=payload.summary, next_step=payload.next_step,
                                               held_on=payload.held_on))


@router.post("/records/specialized", response={201: RecordOut})
@api_require(can_give_guidance)
def create_specialized_record(request, payload: SpecializedIn):
    subject = _subject(request, payload)
    appointment = appointment_get(actor=request.user, pk=payload.appointment_id) if payload.appointment_id else None
    return Status(201, specialized_guidance_record(
        actor=request.user, subject=subject, assessment_instrument=payload.assessment_instrument,
        assessment_result=payload.assessment_result, occupational_info=payload.occupational_info, advice=payload.advice,
        appointment=appointment, held_on=payload.held_on))


@router.get("/plans", response=list[GuidancePlanOut])
@api_require(can_give_guidance)
def list_plans(request, subject_type: str, subject_id: int):
    """Every version of the subject's plans (BJ-37-2)."""
    return list(plans_for_subject(subject=subject_get(actor=request.user, subject_type=subject_type,
                                                      subject_id=subject_id)))


@router.post("/plans", response={201: GuidancePlanOut})
@api_require(can_give_guidance)
def create_plan_version(request, payload: GuidancePlanIn):
    subject = _subject(request, payload)
    record = record_get(actor=request.user, pk=payload.record_id) if payload.record_id else None
    return Status(201, plan_version_add(actor=request.user, subject=subject, kind=payload.kind, title=payload.title,
                                        content=payload.content, revision_reason=payload.revision_reason, record=record))


@router.get("/groups", response=list[GroupOut])
@api_require(can_give_guidance)
def list_groups(request, subject_type: str = ""):
    """Categorized-guidance groups in scope (BJ-14-5, BJ-37-3)."""
    return list(group_list(actor=request.user, subject_type=subject_type).prefetch_related("members", "sessions")[:200])


@router.post("/groups", response={201: GroupOut})
@api_require(can_give_guidance)
def create_group(request, payload: GroupIn):
    return Status(201, group_create(actor=request.user, subject_type=payload.subject_type, title=payload.title,
                                    common_problem=payload.common_problem))


@router.get("/groups/{group_id}", response=GroupOut)
@api_require(can_give_guidance)
def get_group(request, group_id: int):
    return group_get(actor=request.user, pk=group_id)


@router.post("/groups/{group_id}/plan", response=GroupOut)
@api_require(can_give_guidance)
def set_group_plan(request, group_id: int, payload: GroupPlanIn):
    return group_plan_set(actor=request.user, group=group_get(actor=request.user, pk=group_id),
                          occupational_info=payload.occupational_info, plan=payload.plan)


@router.post("/groups/{group_id}/members", response={201: MemberOut})
@api_require(can_give_guidance)
def add_group_member(request, group_id: int, payload: SubjectIn):
    group = group_get(actor=request.user, pk=group_id)
    return Status(201, group_member_add(actor=request.user, group=group, subject=_subject(request, payload)))


@router.post("/groups/{group_id}/sessions", response={201: SessionOut})
@api_require(can_give_guidance)
def record_group_session(request, group_id: int, payload: SessionIn):
    group = group_get(actor=request.user, pk=group_id)
    members = list(group_members(group=group, pks=payload.member_ids))
    subjects = group_member_subjects(actor=request.user, members=members)
    return Status(201, group_session_record(actor=request.user, group=group, held_on=payload.held_on,
                                            content=payload.content, attendees=members, subjects=subjects))
