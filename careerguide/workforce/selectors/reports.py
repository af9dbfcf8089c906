"""Workforce reports (BJ-60-3, BJ-69-3, SD-G-10, SD-1-7, SD-2-3, SD-4-5, SD-18-2, SD-20-5, SD-21-5, BJ-64-3, BJ-67-4)."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from decimal import Decimal

from django.db.models import Avg, Count, Q, Sum

from careerguide.organisations.scoping import visible_to
from careerguide.policy.selectors import policy_snapshot, policy_value

from ..models import (
    Award,
    Counsellor,
    Evaluation,
    OrganisationProfile,
    PlanEnrolment,
    PracticeParticipation,
    ServiceTeam,
    TrainingEvent,
    TrainingRecord,
)
from ..rules import shandong as sd
from ..rules import titles as title_rules
from ..rules.training import training_hours_status
from .facts import best_guidance_level, hours_entries, valid_qualifications, year_output


def _people(actor, on: dt.date):
    return (visible_to(actor, Counsellor.objects.select_related("unit"))
            .filter(joined_on__lte=on).filter(Q(left_on__isnull=True) | Q(left_on__gt=on)))


# The years a training-hours report can be asked for (a year outside them is refused by the API, ignored by the page).
REPORT_YEARS = (2000, 2100)


def training_hours_report(*, actor, year: int):
    """BJ-69-1, BJ-69-3: each guidance officer's and analyst's hours against the minimum (pro rata for joiners)."""
    on = dt.date(year, 12, 31)
    people = [c for c in _people(actor, on).prefetch_related("training_records") if {"guidance", "analyst"} & set(c.roles)]
    rows = []
    for c in people:
        annual = policy_value(key="bj.annual_training_hours", unit=c.unit, on=on)
        records = [r for r in c.training_records.all() if r.completed_on.year == year]
        status = training_hours_status(hours_entries(records=records), year=year, annual_hours=annual,
                                       joined_on=c.joined_on)
        rows.append({"counsellor": c, "status": status})
    return rows


def headcount_by_role(*, actor, on: dt.date):
    """BJ-60-3: headcount by role and agency (no norm is applied)."""
    counts: dict[tuple[str, str], int] = Counter()
    for c in _people(actor, on):
        for role in c.roles:
            counts[(c.unit.name, role)] += 1
    return dict(counts)


def structure_report(*, actor, on: dt.date):
    """SD-G-10: headcount by employment type, skill level, education, age band, training hours and awards, with the
    same figures one year earlier for the trend."""
    def snapshot(day):
        people = list(_people(actor, day).prefetch_related("qualifications", "training_records", "awards", "commendations"))
        return {
            "headcount": len(people),
            "employment_type": Counter(c.employment_type for c in people),
            "level": Counter(best_guidance_level(counsellor=c, on=day) or 0 for c in people),
            "education": Counter(c.education or "unknown" for c in people),
            "age_band": Counter(sd.age_band(c.birth_date, on=day) for c in people),
            "training_hours": sum((r.hours for c in people for r in c.training_records.all()
                                   if r.completed_on.year == day.year), Decimal(0)),
            "awards": sum(c.awards.count() + c.commendations.count() for c in people),
        }
    try:
        earlier = on.replace(year=on.year - 1)
    except ValueError:
        earlier = on.replace(year=on.year - 1, day=28)
    return {"current": snapshot(on), "previous": snapshot(earlier)}


def certification_report(*, actor, on: dt.date):
    """SD-18-2: share certified at each level and the uncertified list."""
    people = [c for c in _people(actor, on).prefetch_related("qualifications") if "guidance" in c.roles]
    levels = Counter(best_guidance_level(counsellor=c, on=on) for c in people)
    return {"total": len(people),
            "shares": {lvl: sd.share(levels.get(lvl, 0), len(people)) for lvl in sd.LEVELS},
            "uncertified": [c for c in people if best_guidance_level(counsellor=c, on=on) is None]}


def staffing_report(*, actor, on: dt.date):
    """SD-4-5 with SD-4-2 and SD-4-3: full-time and part-time counts, the ratio against its threshold, and teams."""
    rows = []
    for profile in visible_to(actor, OrganisationProfile.objects.select_related("unit")):
        people = [c for c in _people(actor, on).filter(unit=profile.unit).prefetch_related("qualifications")]
        full = sum(1 for c in people if c.employment_type == "full_time")
        part = [c for c in people if c.employment_type == "part_time"]
        certified_part = sum(1 for c in part if any(q.occupation == "career_guidance" for q in valid_qualifications(counsellor=c, on=on)))
        if profile.org_type == "hei":
            served, threshold = profile.graduating_students, policy_value(key="sd.hei_max_graduates_per_counsellor",
                                                                          unit=profile.unit, on=on)
        else:
            served, threshold = profile.active_job_seekers, None
        teams = [(t.name, t.members.count()) for t in ServiceTeam.objects.filter(unit=profile.unit)]
        rows.append({"unit": profile.unit, "org_type": profile.org_type, "full_time": full,
                     "part_time_counsellors": certified_part, "part_time_helpers": len(part) - certified_part,
                     "ratio": sd.staffing_ratio(served=served, full_time=full, threshold=threshold), "teams": teams})
    return rows


def training_report(*, actor, start: dt.date, end: dt.date):
    """SD-1-7: hours per counsellor by tier and category, plan completion and the share of events with external input."""
    records = visible_to(actor, TrainingRecord.objects.filter(completed_on__range=(start, end)), "counsellor__unit")
    by_pair = records.values("counsellor__training_category").annotate(hours=Sum("hours"),
                             people=Count("counsellor", distinct=True))
    events = list(visible_to(actor, TrainingEvent.objects.filter(starts_on__range=(start, end)).select_related("course")))
    external = sum(1 for e in events if e.has_external)
    enrolments = visible_to(actor, PlanEnrolment.objects.filter(cycle_year=start.year), "counsellor__unit")
    return {"by_category": list(by_pair), "events": len(events), "external_share": sd.share(external, len(events)),
            "plan_completion": sd.share(enrolments.filter(completed_on__isnull=False).count(), enrolments.count())}


def practice_share(*, actor, year: int):
    """SD-2-3: share of front-line counsellors with at least one practice activity in the year."""
    on = dt.date(year, 12, 31)
    front = _people(actor, on).filter(front_line=True)
    active = PracticeParticipation.objects.filter(counsellor__in=front, activity__starts_on__year=year) \
        .values("counsellor").distinct().count()
    return {"front_line": front.count(), "with_practice": active, "share": sd.share(active, front.count())}


def quota_dashboard(*, actor, on: dt.date):
    """SD-20-5: awarded against the provincial quota per title, by city unit and year."""
    p = policy_snapshot(unit=getattr(actor, "unit", None), on=on)
    start, end = dt.date.fromisoformat(p["sd.target_period_start"]), dt.date.fromisoformat(p["sd.target_period_end"])
    rows = []
    for title, key in sd.QUOTA_KEYS.items():
        qs = Award.objects.filter(title=title, basis_is_opinion=True, awarded_on__range=(start, end))
        by_year = dict(Counter(a.awarded_on.year for a in qs))
        by_unit = dict(Counter(a.unit.name for a in qs.select_related("unit")))
        rows.append({"title": title, "quota": p[key], "awarded": qs.count(), "shortfall": max(p[key] - qs.count(), 0),
                     "by_year": by_year, "by_unit": by_unit})
    return rows


def evaluation_report(*, actor, year: int, weights: dict | None = None):
    """SD-21-3, SD-21-5: per counsellor the per-source means and the composite; evaluators never listed (SD-21-4)."""
    rows = defaultdict(dict)
    qs = visible_to(actor, Evaluation.objects.filter(year=year), "counsellor__unit").values("counsellor",
                    "source").annotate(
        i=Avg("integrity"), a=Avg("ability"), p=Avg("performance"), c=Avg("contribution"), n=Count("pk"))
    for r in qs:
        rows[r["counsellor"]][r["source"]] = ((r["i"] + r["a"] + r["p"] + r["c"]) / 4, r["n"])
    people = {c.pk: c for c in Counsellor.objects.filter(pk__in=rows).select_related("unit")}
    return [{"counsellor": people[pk], "sources": {s: v[0] for s, v in src.items()},
             "responses": sum(v[1] for v in src.values()),
             "composite": sd.composite_score({s: v[0] for s, v in src.items()}, weights=weights)}
            for pk, src in rows.items()]


def evaluation_report_by_unit(*, actor, year: int, weights: dict | None = None):
    """SD-21-5: per organisation the counsellors evaluated, the evaluations received and the organisation's score,
    the mean of its counsellors' composites (`rules.shandong.organisation_composite`)."""
    by_unit = defaultdict(list)
    for row in evaluation_report(actor=actor, year=year, weights=weights):
        by_unit[row["counsellor"].unit].append(row)
    return sorted(({"unit": unit, "counsellors": len(rows), "responses": sum(r["responses"] for r in rows),
                    "composite": sd.organisation_composite([r["composite"] for r in rows])}
                   for unit, rows in by_unit.items()), key=lambda r: r["unit"].path)


def senior_shortfalls(*, actor, year: int):
    """BJ-64-3, BJ-67-4: senior counsellors and analysts below their yearly outputs (reported, no consequence)."""
    on = dt.date(year, 12, 31)
    rows = []
    for c in _people(actor, on).prefetch_related("qualifications"):
        p = policy_snapshot(unit=c.unit, on=on)
        levels = [q for q in valid_qualifications(counsellor=c, on=on)]
        output = year_output(counsellor=c, year=year)
        if any(q.occupation == "career_guidance" and q.level == 1 for q in levels):
            d = title_rules.senior_counsellor_workload(output=output,
                                                       min_papers=p["bj.senior_counsellor_min_papers_per_year"],
                                                       min_cases=p["bj.senior_counsellor_min_cases_per_year"])
            if d.warnings:
                rows.append({"counsellor": c, "warnings": d.warnings})
        if any(q.senior_equivalent == "senior_analyst" for q in levels):
            d = title_rules.senior_analyst_workload(output=output,
                                                    min_reports=p["bj.senior_analyst_min_reports_per_year"])
            if d.warnings:
                rows.append({"counsellor": c, "warnings": d.warnings})
    return rows
