"""Reads and reports of the Shandong service and HEI model, always scoped: the HEI curriculum compliance report
(SD-13-7), the competition's coverage (SD-14-3), service histories and statistics (SD-G-11, SD-11-4, SD-12-1,
SD-S-9), the integrated platform's client profile and effectiveness (SD-7-1 .. SD-7-3), studios as incubators
(SD-8-3, SD-8-4) and the safeguards (SD-S-1, SD-S-3, SD-S-4, SD-S-6, SD-G-12)."""
from __future__ import annotations

import datetime as dt
from collections import Counter

from django.db.models import Q

from careerguide.common.errors import NotFound
from careerguide.job_seekers.selectors import (
    grading_history,
    handoffs_of,
    job_seeker_list,
    latest_grading,
    latest_routing,
)
from careerguide.matching.selectors import instrument_in_force, recommendation_list, vacancy_suggestions
from careerguide.organisations.models import Unit
from careerguide.organisations.scoping import visible_to
from careerguide.policy.selectors import policy_value
from careerguide.vacancies.models import Vacancy

from ..choices import GoalSystem
from ..models import (
    Award,
    Commendation,
    CompetitionRegistration,
    Counsellor,
    CoursePlan,
    FourInPlaceCheck,
    GuidanceContent,
    HeiGuidanceUnit,
    KeyTaskAssignment,
    OrganisationProfile,
    ResultsSummary,
    ServiceActivity,
    ServiceHandoff,
    ServiceRecord,
    StudentCompetition,
    SuggestionDecision,
    TrainingEvent,
    TrainingRecord,
    WorkDocument,
)
from ..rules.guidance_model import Segment, course_compliance, missing_key_tasks, not_in_place, participation_rate
from ..rules.shandong import share
from ..states import ContentStatus


def _get(qs, pk):
    row = qs.filter(pk=pk).first()
    if row is None:
        raise NotFound()
    return row


# ---- HEIs (SD-13-*, SD-14-*) -----------------------------------------------------------------------------------

def hei_profiles(*, actor):
    """The regular HEIs (SD-G-1) in the actor's jurisdiction."""
    return visible_to(actor, OrganisationProfile.objects.filter(org_type="hei").select_related("unit")).order_by(
        "unit__path")


def hei_unit_choices(*, actor):
    """The HEIs in scope as units, for the forms' choices."""
    return Unit.objects.filter(pk__in=hei_profiles(actor=actor).values("unit")).order_by("path")


def hei_units(*, actor):
    return visible_to(actor, HeiGuidanceUnit.objects.select_related("hei", "parent"), "hei")


def hei_unit_get(*, actor, pk):
    return _get(hei_units(actor=actor), pk)


def hei_counsellors(*, actor):
    return visible_to(actor, Counsellor.objects.filter(training_category="hei_counsellor", left_on__isnull=True))


def course_plans(*, actor):
    return visible_to(actor, CoursePlan.objects.select_related("hei").prefetch_related("segments"), "hei")


def course_plan_get(*, actor, pk):
    return _get(course_plans(actor=actor), pk)


def course_plan_compliance(*, plan: CoursePlan):
    """SD-13-2 .. SD-13-6 for one plan, with the first year in force for the HEI (`sd.course_start_year_of_study`)."""
    start = policy_value(key="sd.course_start_year_of_study", unit=plan.hei, on=dt.date(plan.academic_year, 9, 1))
    segments = [Segment(s.year_of_study, s.credits, s.safety_risk_awareness, s.safety_employment_rights)
                for s in plan.segments.all()]
    return course_compliance(required=plan.course_status == "required", delivery_mode=plan.delivery_mode,
                             programme_years=plan.programme_years, segments=segments, start_year=start)


def curriculum_report(*, actor, year: int) -> list[dict]:
    """SD-13-7: per HEI and plan of the year: required status, year-1 start, credits per year, blended delivery and
    the safety module, the non-compliant items and, apart, the warnings; an HEI without a plan is listed too."""
    plans = {}
    for plan in course_plans(actor=actor).filter(academic_year=year):
        plans.setdefault(plan.hei_id, []).append(plan)
    rows = []
    for profile in hei_profiles(actor=actor):
        for plan in plans.get(profile.unit_id, [None]):
            result = course_plan_compliance(plan=plan) if plan else None
            rows.append({"hei": profile.unit, "plan": plan, "result": result,
                         "missing": plan is None})
    return rows


def competitions(*, actor):
    return visible_to(actor, StudentCompetition.objects.all())


def competition_get(*, actor, pk):
    return _get(competitions(actor=actor), pk)


def competition_coverage(*, competition: StudentCompetition, actor) -> dict:
    """SD-14-3: per HEI, registrations and participation rate (registrants ÷ enrolled students); HEIs with none
    flagged."""
    counts = Counter(CompetitionRegistration.objects.filter(competition=competition).values_list("hei_id", flat=True))
    rows = [{"hei": p.unit, "registrations": counts.get(p.unit_id, 0), "enrolled": p.enrolled_students,
             "rate": participation_rate(counts.get(p.unit_id, 0), p.enrolled_students),
             "flagged": not counts.get(p.unit_id)} for p in hei_profiles(actor=actor)]
    return {"rows": rows, "flagged": [r["hei"] for r in rows if r["flagged"]], "total": sum(counts.values())}


# ---- service content and records (SD-10-1, SD-11-*, SD-12-1, SD-G-11, SD-S-5, SD-S-9) -----------------------------

def published_content(*, audience: str = ""):
    """SD-10-1: published items with their dates, for job seekers and employers (public)."""
    qs = GuidanceContent.objects.filter(status=ContentStatus.PUBLISHED).order_by("-published_on", "-pk")
    return qs.filter(Q(audience="all") | Q(audience=audience)) if audience else qs


def content_list(*, actor):
    return visible_to(actor, GuidanceContent.objects.all())


def content_get(*, actor, pk):
    return _get(content_list(actor=actor), pk)


def service_records(*, actor):
    return visible_to(actor, ServiceRecord.objects.select_related("job_seeker", "employer", "unit", "studio"))


def service_record_get(*, actor, pk):
    return _get(service_records(actor=actor), pk)


def recipient_history(*, actor, job_seeker=None, employer=None):
    """SD-G-11, SD-12-1: one history per recipient across services and channels."""
    qs = service_records(actor=actor).prefetch_related("handoffs")
    return qs.filter(job_seeker=job_seeker) if job_seeker is not None else qs.filter(employer=employer)


def handoff_get(*, actor, pk):
    return _get(visible_to(actor, ServiceHandoff.objects.select_related("record__unit"), "record__unit"), pk)


def activities(*, actor, start: dt.date | None = None, end: dt.date | None = None):
    qs = visible_to(actor, ServiceActivity.objects.all())
    return qs.filter(on__range=(start, end)) if start and end else qs


def service_statistics(*, actor, start: dt.date, end: dt.date) -> dict:
    """SD-11-4: services of the period by service, recipient type and channel, with the calendar's activities
    (SD-S-9) by channel and planned places."""
    records = list(service_records(actor=actor).filter(delivered_on__range=(start, end)))
    planned = list(activities(actor=actor, start=start, end=end))
    return {"total": len(records), "by_service": dict(Counter(r.service for r in records)),
            "by_recipient": dict(Counter(r.recipient_type for r in records)),
            "by_channel": dict(Counter(r.channel for r in records)),
            "activities": len(planned), "activities_by_channel": dict(Counter(a.channel for a in planned)),
            "planned_places": sum(a.capacity for a in planned)}


def studio_services(*, actor, start: dt.date, end: dt.date) -> dict:
    """SD-8-4: services delivered by studios by recipient group and by career stage."""
    rows = service_records(actor=actor).filter(studio__isnull=False, delivered_on__range=(start, end))
    return {"by_recipient": dict(Counter(r.recipient_type for r in rows)),
            "by_stage": dict(Counter(r.career_stage or "unknown" for r in rows))}


def studio_incubation(*, studio) -> dict:
    """SD-8-3: the events a studio hosted and the counsellors trained at them."""
    events = TrainingEvent.objects.filter(host_studio=studio).order_by("-starts_on")
    records = TrainingRecord.objects.filter(event__host_studio=studio).select_related("counsellor", "event")
    trained = sorted({r.counsellor for r in records if r.completed}, key=lambda c: c.full_name)
    return {"events": list(events), "trained": trained}


# ---- the integrated platform (SD-7-*) ------------------------------------------------------------------------

def platform_profile(*, job_seeker, on: dt.date) -> dict:
    """SD-7-1: four modules over one client profile — career information, vocational assessment, career planning and
    job-search guidance — each showing the others' results; SD-7-2: the matching instrument's suggestions with
    their basis and the grading instrument's suggested level, with what the counsellor decided."""
    suggestions = vacancy_suggestions(job_seeker=job_seeker, on=on, instrument=instrument_in_force(on=on), limit=10)
    decided = {d.vacancy_id: d for d in job_seeker.suggestion_decisions.all()}
    grading = latest_grading(job_seeker=job_seeker)
    pays = [v.published_version.pay_max or v.published_version.pay_min for v, _r in suggestions
            if v.published_version and (v.published_version.pay_max or v.published_version.pay_min)]
    return {
        "career_information": {"sought": job_seeker.sought_occupation, "vacancies": len(suggestions),
                               "pay_range": (min(pays), max(pays)) if pays else None},
        "assessment": {"grading": grading, "accepted": grading is not None and not grading.overridden},
        "planning": {"routing": latest_routing(job_seeker=job_seeker), "handoffs": list(handoffs_of(job_seeker=job_seeker))},
        "job_search": [{"vacancy": v, "result": r, "decision": decided.get(v.pk)} for v, r in suggestions],
        "history": list(job_seeker.sd_services.order_by("-delivered_on")[:20]),
    }


def suggested_vacancies(*, job_seeker, on: dt.date):
    """SD-7-2: the vacancies the matching instrument suggests for the person, for the review form."""
    ids = [v.pk for v, _r in vacancy_suggestions(job_seeker=job_seeker, on=on, instrument=instrument_in_force(on=on),
                                                 include_below_threshold=True, limit=50)]
    return Vacancy.objects.filter(pk__in=ids).select_related("published_version")


def effectiveness_report(*, actor, start: dt.date, end: dt.date) -> dict:
    """SD-7-3: the acceptance rate of the matching and grading instruments' suggestions and the employment outcomes
    of the clients served with platform support (an accepted suggestion) in the period."""
    decisions = list(visible_to(actor, SuggestionDecision.objects.filter(decided_on__range=(start, end))))
    gradings = [g for js in job_seeker_list(actor=actor) for g in grading_history(job_seeker=js)
                if start <= g.graded_on <= end]
    supported = {d.job_seeker_id for d in decisions if d.accepted}
    hired = {r.job_seeker_id for r in recommendation_list(actor=actor, status="hired").filter(
        job_seeker_id__in=supported, outcome_on__range=(start, end))}
    return {"matching_decisions": len(decisions), "matching_accepted": sum(d.accepted for d in decisions),
            "matching_rate": share(sum(d.accepted for d in decisions), len(decisions)),
            "gradings": len(gradings), "grading_accepted": sum(not g.overridden for g in gradings),
            "grading_rate": share(sum(not g.overridden for g in gradings), len(gradings)),
            "supported_clients": len(supported), "hired_clients": len(hired),
            "hired_rate": share(len(hired), len(supported))}


# ---- safeguards (SD-S-*, SD-G-12) ------------------------------------------------------------------------------

def key_task_ledger(*, actor, unit) -> dict:
    """SD-S-1: the organisation's tasks with their responsible unit and person, status and due date, and the tasks
    of 1–21 still without anyone responsible."""
    rows = list(visible_to(actor, KeyTaskAssignment.objects.filter(unit=unit).select_related(
        "responsible_unit", "responsible_person")))
    return {"rows": rows, "missing": missing_key_tasks({r.task for r in rows})}


def key_task_choices(*, actor):
    """Key tasks the actor's jurisdiction is responsible for (their progress is reported by it)."""
    return visible_to(actor, KeyTaskAssignment.objects.all(), "responsible_unit").order_by("unit", "task")


def work_documents(*, actor):
    return visible_to(actor, WorkDocument.objects.select_related("unit"))


def four_in_place_report(*, actor, year: int) -> dict:
    """SD-S-6: each organisation's checklist of the year and those not fully in place."""
    rows = list(visible_to(actor, FourInPlaceCheck.objects.filter(year=year).select_related("unit")))
    gaps = [{"check": r, "missing": not_in_place({k: getattr(r, k) for k in ("institution", "personnel", "premises",
                                                                             "funding")})} for r in rows]
    return {"rows": gaps, "not_in_place": [g for g in gaps if g["missing"]]}


def summaries(*, actor):
    return visible_to(actor, ResultsSummary.objects.select_related("unit"))


def summary_sections(*, actor, unit, start: dt.date, end: dt.date) -> dict:
    """SD-G-12: the system's figures of the period under the four goal systems (management system, talent training,
    service level, incentives and safeguards)."""
    in_unit = Q(unit__path__startswith=unit.path)
    docs = WorkDocument.objects.filter(in_unit, effective_from__lte=end).count()
    tasks = KeyTaskAssignment.objects.filter(in_unit)
    training = TrainingRecord.objects.filter(counsellor__unit__path__startswith=unit.path,
                                             completed_on__range=(start, end), completed=True)
    services = ServiceRecord.objects.filter(in_unit, delivered_on__range=(start, end))
    awards = Award.objects.filter(in_unit, awarded_on__range=(start, end)).count() + Commendation.objects.filter(
        in_unit, issued_on__range=(start, end)).count()
    return {
        GoalSystem.MANAGEMENT: {"work_documents": docs, "key_tasks": tasks.count(),
                                "key_tasks_done": tasks.filter(status="done").count()},
        GoalSystem.TRAINING: {"trainings": training.count(), "hours": str(sum(r.hours for r in training))},
        GoalSystem.SERVICE_LEVEL: {"services": services.count(),
                                   "online": services.filter(channel="online").count(),
                                   "offline": services.filter(channel="offline").count()},
        GoalSystem.INCENTIVES: {"awards_and_commendations": awards,
                                "four_in_place_complete": FourInPlaceCheck.objects.filter(
                                    in_unit, year=end.year, institution=True, personnel=True, premises=True,
                                    funding=True).count()},
    }
