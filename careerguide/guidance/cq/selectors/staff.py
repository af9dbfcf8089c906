"""Reads of the CQ staff register (CQ-4.6.1-*), training hours (CQ-4.6.2-4) and guidance projects (CQ-4.4-2)."""
import datetime as dt
from decimal import Decimal

from django.db.models import Sum

from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import visible_to
from careerguide.policy.selectors import policy_value

from .. import rules
from ..models import GuidanceProject, Practitioner, PractitionerRole


def practitioner_list(*, actor):
    return visible_to(actor, Practitioner.objects.select_related("user", "user__unit").prefetch_related("roles"),
                      "user__unit")


def practitioner_get(*, actor, pk) -> Practitioner:
    found = practitioner_list(actor=actor).filter(pk=pk).first()
    if found is None:
        raise NotFound()
    return found


def practitioner_of(*, user):
    return Practitioner.objects.filter(user=user).first()


def practitioner_active_grants(*, practitioner):
    return practitioner.roles.filter(revoked_on__isnull=True)


def practitioner_trainings(*, practitioner):
    return practitioner.trainings.all()


def grant_get(*, practitioner, pk) -> PractitionerRole:
    found = practitioner.roles.filter(pk=pk).first()
    if found is None:
        raise NotFound()
    return found


def training_hours(*, practitioner, year: int) -> Decimal:
    """CQ-4.6.2-4: class hours of trainings held in the calendar year."""
    return practitioner.trainings.filter(held_on__year=year).aggregate(h=Sum("class_hours"))["h"] or Decimal(0)


def training_rows(*, actor, year: int, today: dt.date) -> list[dict]:
    """CQ-4.6.2-4: each practitioner's hours in the year against the minimum (policy cq.annual_training_hours),
    flagged from the check day (policy cq.training_shortfall_check_date) while below it."""
    rows = []
    for practitioner in practitioner_list(actor=actor):
        unit = practitioner.user.unit
        minimum = policy_value(key="cq.annual_training_hours", unit=unit, on=today)
        check_day = rules.training_check_day(year, policy_value(key="cq.training_shortfall_check_date", unit=unit,
                                                                on=today))
        hours = training_hours(practitioner=practitioner, year=year)
        rows.append({"practitioner": practitioner, "hours": hours, "minimum": minimum, "check_day": check_day,
                     "flagged": rules.training_flagged(hours=float(hours), minimum=minimum, today=today,
                                                       check_day=check_day)})
    return rows


def project_list(*, actor, pending_only: bool = False):
    qs = visible_to(actor, GuidanceProject.objects.select_related("unit", "owner", "approved_by"))
    return qs.filter(approved_on__isnull=True) if pending_only else qs


def project_get(*, actor, pk) -> GuidanceProject:
    found = project_list(actor=actor).filter(pk=pk).first()
    if found is None:
        raise NotFound()
    return found
