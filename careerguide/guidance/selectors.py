"""Reads of guidance records, scoped by the unit holding them."""
from django.apps import apps

from careerguide.audit.services import object_label
from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import visible_to

from .models import GuidanceAppointment, GuidanceGroup, GuidancePlan, GuidanceRecord
from .subjects import subject_kind


def appointment_list(*, actor, status: str = ""):
    qs = visible_to(actor, GuidanceAppointment.objects.select_related("unit", "officer"))
    return qs.filter(status=status) if status else qs


def appointment_get(*, actor, pk) -> GuidanceAppointment:
    found = appointment_list(actor=actor).filter(pk=pk).first()
    if found is None:
        raise NotFound()
    return found


def appointments_for_subject(subject):
    return GuidanceAppointment.objects.filter(subject_type=object_label(obj=subject), subject_id=str(subject.pk)).select_related(
        "unit", "officer")


def records_for_subject(subject):
    return GuidanceRecord.objects.filter(subject_type=object_label(obj=subject), subject_id=str(subject.pk)).select_related(
        "unit", "counsellor", "appointment")


def plans_for_subject(subject):
    """Every version of every plan, newest version first within each plan (BJ-37-2)."""
    return GuidancePlan.objects.filter(subject_type=object_label(obj=subject), subject_id=str(subject.pk)).select_related(
        "unit", "author", "previous")


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


def appointment_subject(appointment):
    """The subject of an appointment, unscoped: the district it was routed to serves that person (BJ-4-3, BJ-14-6)."""
    return apps.get_model(appointment.subject_type).objects.filter(pk=appointment.subject_id).first()
