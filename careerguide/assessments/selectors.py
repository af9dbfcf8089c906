"""Reads of assessments, scoped by jurisdiction."""
import datetime as dt

from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import visible_to

from .models import AssessmentInstrument, AssessmentPlan, CareerOrientationReport


def instrument_list(*, on: dt.date | None = None):
    qs = AssessmentInstrument.objects.all()
    return qs.filter(effective_from__lte=on) if on else qs


def instrument_get(*, pk: int) -> AssessmentInstrument:
    obj = AssessmentInstrument.objects.filter(pk=pk).first()
    if obj is None:
        raise NotFound()
    return obj


def plan_get(*, actor, pk: int) -> AssessmentPlan:
    plan = visible_to(actor, AssessmentPlan.objects.filter(pk=pk)).first()
    if plan is None:
        raise NotFound()
    return plan


def report_get(*, actor, pk: int) -> CareerOrientationReport:
    report = visible_to(actor, CareerOrientationReport.objects.filter(pk=pk), "plan__unit").first()
    if report is None:
        raise NotFound()
    return report


def plan_administrations(*, plan, pks) -> list:
    """The administrations of `plan` named by `pks`; an id of another plan is NotFound (the caller's 404)."""
    found = list(plan.administrations.filter(pk__in=pks))
    if len(found) != len(set(pks)):
        raise NotFound()
    return found


def assessed_case_ids(*, case_ids) -> set[int]:
    """Guidance cases (by id) in which an assessment was administered (CQ-7.2.2-3 e)."""
    return set(AssessmentPlan.objects.filter(case_id_ref__in=list(case_ids), administrations__isnull=False)
               .values_list("case_id_ref", flat=True))


def plan_list(*, actor):
    return visible_to(actor, AssessmentPlan.objects.select_related("unit", "counsellor")).order_by("-created_at", "-pk")


def plan_instruments(*, plan):
    return plan.instruments.all()


def plan_administration_list(*, plan):
    return plan.administrations.select_related("instrument", "administrator").order_by("administered_on", "pk")


def plan_reports(*, plan):
    return plan.reports.select_related("signed_by").order_by("-finalised_on", "-pk")


def report_cited(*, report):
    """The assessment results the report cites (CQ-7.1.7-1)."""
    return report.cites.select_related("instrument").order_by("administered_on", "pk")
