"""Reads of guidance records, scoped by the unit holding them."""
from django.apps import apps
from django.db.models import BooleanField, Case, CharField, Exists, F, OuterRef, Value, When
from django.db.models.functions import Cast
from django.utils.translation import gettext as _

from careerguide.accounts.selectors import staff_of_unit_tree
from careerguide.audit.services import object_label
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError, NotFound
from careerguide.organisations.scoping import visible_to

from .choices import GuidanceType
from .models import GuidanceAppointment, GuidanceGroup, GuidancePlan, GuidanceRecord
from .permissions import GUIDANCE_ROLES
from .states import AppointmentStatus
from .subjects import subject_kind


def appointment_list(*, actor, status: str = ""):
    """Bookings in scope, each with `cq_case_pk`, the CQ case opened from it (CQ-6.1-2), if any, and `priority`:
    the person is a certified employment-assistance target (就业困难人员), whose bookings the reception queue lists
    first (CQ-7.1.11-1), the newest first within each."""
    job_seeker = apps.get_model("job_seekers", "JobSeeker")
    certified = job_seeker.objects.annotate(key=Cast("pk", CharField())).filter(
        key=OuterRef("subject_id"), difficulty_certified=True)
    qs = visible_to(actor, GuidanceAppointment.objects.select_related("unit", "officer")).annotate(
        cq_case_pk=F("cq_case__pk"),
        priority=Case(When(subject_type=job_seeker._meta.label_lower, then=Exists(certified)), default=Value(False),
                      output_field=BooleanField()),
    ).order_by("-priority", "-requested_on", "-pk")
    return qs.filter(status=status) if status else qs


def appointment_get(*, actor, pk) -> GuidanceAppointment:
    found = appointment_list(actor=actor).filter(pk=pk).first()
    if found is None:
        raise NotFound()
    return found


def appointments_awaiting_slot(*, actor):
    """Bookings in scope still waiting for an officer and a time (CQ-7.1.11-1), with `priority`."""
    return appointment_list(actor=actor, status=AppointmentStatus.REQUESTED).filter(scheduled_at__isnull=True)


def slot_officer_list(*, actor):
    """The guidance staff of the actor's unit and the units below it, who may be given slots (BJ-14-7)."""
    return staff_of_unit_tree(unit=actor.unit, roles=GUIDANCE_ROLES)


def appointment_officer_list(*, appointment):
    """BJ-14-7: who may be designated: guidance staff of the unit holding the booking and the units below it."""
    return staff_of_unit_tree(unit=appointment.unit, roles=GUIDANCE_ROLES)


def _of_subject(qs, subject):
    return qs.filter(subject_type=object_label(obj=subject), subject_id=str(subject.pk))


def appointments_for_subject(*, subject):
    return _of_subject(GuidanceAppointment.objects, subject).select_related("unit", "officer")


def appointments_open_for_specialized(*, subject):
    """The subject's specialized-guidance bookings still waiting for the guidance (BJ-14-3, BJ-14-4)."""
    return appointments_for_subject(subject=subject).filter(
        status__in=[AppointmentStatus.REQUESTED, AppointmentStatus.ASSIGNED], guidance_type=GuidanceType.SPECIALIZED)


def records_for_subject(*, subject, tier: str = ""):
    qs = _of_subject(GuidanceRecord.objects, subject).select_related("unit", "counsellor", "appointment")
    return qs.filter(tier=tier) if tier else qs


def plans_for_subject(*, subject):
    """Every version of every plan, newest version first within each plan (BJ-37-2)."""
    return _of_subject(GuidancePlan.objects, subject).select_related("unit", "author", "previous")


def record_get(*, actor, pk) -> GuidanceRecord:
    found = visible_to(actor, GuidanceRecord.objects.select_related("unit")).filter(pk=pk).first()
    if found is None:
        raise NotFound()
    return found


def group_list(*, actor, subject_type: str = ""):
    qs = visible_to(actor, GuidanceGroup.objects.select_related("unit"))
    return qs.filter(subject_type=subject_type) if subject_type else qs


def group_get(*, actor, pk) -> GuidanceGroup:
    group = group_list(actor=actor).filter(pk=pk).first()
    if group is None:
        raise NotFound()
    return group


def group_members(*, group, pks=None):
    """The group's members (those of `pks`, when given)."""
    qs = group.members.all()
    return qs.filter(pk__in=pks) if pks is not None else qs


def group_member_subjects(*, actor, members) -> dict:
    """The subject record of each member, loaded in the actor's scope (member pk → subject)."""
    return {m.pk: subject_get(actor=actor, subject_type=m.subject_type, subject_id=m.subject_id) for m in members}


def group_candidate_get(*, actor, group, subject_id):
    """The subject whose id was typed in to join the group; refused on the field when missing or out of scope."""
    try:
        if not str(subject_id or "").isdigit():
            raise NotFound()
        return subject_get(actor=actor, subject_type=group.subject_type, subject_id=subject_id)
    except NotFound:
        raise DomainError(field_errors={"subject_id": [_("未找到该服务对象。")]}, code=CommonErrorCode.INVALID) from None


def subject_get(*, actor, subject_type: str, subject_id):
    """Load a subject the actor may see (404 otherwise)."""
    try:
        kind = subject_kind(subject_type)
    except LookupError:
        raise NotFound() from None
    if kind.get is not None:
        return kind.get(actor=actor, pk=subject_id)
    model = apps.get_model(subject_type)
    obj = visible_to(actor, model.objects.all(), kind.unit_field).filter(pk=subject_id).first()
    if obj is None:
        raise NotFound()
    return obj

