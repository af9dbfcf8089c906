"""Reads: supply-demand statistics as grouped queries over reviewed records (BJ-51-1, BJ-52-2, BJ-52-3).

Every figure is one GROUP BY query; nothing iterates over people or postings, so the same code serves a
city of a million job seekers.  Supply = job-seeking registrations collected in the period (staff-checked
registrations, not mere collections); demand = postings first published in the period, i.e. postings
that passed review (BJ-39, BJ-51-1).  Postings still in review or returned are never counted.
"""
from __future__ import annotations

import datetime as dt

from django.db.models import Avg, Case, CharField, Count, F, Max, Min, Sum, Value, When
from django.db.models.functions import Coalesce, Substr, TruncMonth, Upper

from careerguide.common.errors import NotFound
from careerguide.common.training_needs import TrainingLevel, TrainingTiming
from careerguide.employers.models import Employer
from careerguide.job_seekers.models import Education, JobSeeker, Registration
from careerguide.job_seekers.states import JobSeekerStatus
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.models import Unit
from careerguide.organisations.scoping import visible_to
from careerguide.organisations.selectors import unit_get, unit_list
from careerguide.vacancies.models import Vacancy
from careerguide.vacancies.selectors import fair_signup_get, fair_signup_list, public_vacancy_list

from .choices import IndustrySection
from .models import (
    AnalysisReport,
    AnalysisReportVersion,
    InformationItem,
    MarketReport,
    TrainingClass,
    TrainingNeedSummary,
)
from .rules import AGE_BANDS, PAY_BANDS, posting_pay, supply_demand_ratio, years_before
from .states import InformationStatus, ReportStatus, TrainingClassStatus


def _supply(unit, start: dt.date, end: dt.date):
    return Registration.objects.filter(is_job_seeking_registration=True, collected_on__range=(start, end),
                                       unit__path__startswith=unit.path)


def _demand(unit, start: dt.date, end: dt.date):
    return Vacancy.objects.filter(published_at__date__range=(start, end), published_version__isnull=False,
                                  unit__path__startswith=unit.path)


def _age_band(end: dt.date):
    whens = [When(job_seeker__birth_date__gt=years_before(end, upper), job_seeker__birth_date__lte=years_before(end, lower),
                  then=Value(label)) for label, lower, upper in AGE_BANDS]
    return Case(*whens, default=Value("other"), output_field=CharField())


def _pay_band():
    whens = [When(published_version__pay_min__gte=low, published_version__pay_min__lt=high, then=Value(label))
             for label, low, high in PAY_BANDS]
    return Case(*whens, default=Value("unknown"), output_field=CharField())


def _district_names(unit_ids) -> dict[int, str]:
    """Map unit ids to the name of their district (the city itself for city-level rows)."""
    units = list(Unit.objects.filter(pk__in=set(unit_ids)).only("id", "path"))
    district_ids = {}
    for u in units:
        parts = [int(p) for p in u.path.strip("/").split("/") if p]
        district_ids[u.pk] = parts[1] if len(parts) > 1 else parts[0]
    names = dict(Unit.objects.filter(pk__in=set(district_ids.values())).values_list("id", "name"))
    return {uid: names[did] for uid, did in district_ids.items()}


def _by_district(rows, key: str, value: str) -> list[dict]:
    names = _district_names([r[key] for r in rows if r[key]])
    totals: dict[str, int] = {}
    for r in rows:
        name = names.get(r[key], "未注明")
        totals[name] = totals.get(name, 0) + (r[value] or 0)
    return [{"district": k, "count": v} for k, v in sorted(totals.items())]


def market_statistics(*, unit, start: dt.date, end: dt.date) -> dict:
    """All aggregates for `unit`'s subtree over [start, end]: totals, structure (occupation, industry, district,
    education, age, pay), the monthly trend and posted pay (BJ-52-2); plain JSON-ready values."""
    supply = _supply(unit, start, end)
    demand = _demand(unit, start, end)
    people = Count("job_seeker", distinct=True)
    headcount = Coalesce(Sum("published_version__headcount"), 0)

    supply_occ = list(supply.values(code=F("job_seeker__sought_occupation__code"), name=F("job_seeker__sought_occupation__name"))
                      .annotate(count=people).order_by("code"))
    demand_occ = list(demand.values(code=F("published_version__occupation_code"), name=F("published_version__occupation_name"))
                      .annotate(count=headcount, postings=Count("id"), pay_low=Min("published_version__pay_min"),
                                pay_high=Max("published_version__pay_max"), pay_mean_low=Avg("published_version__pay_min"),
                                pay_mean_high=Avg("published_version__pay_max"))
                      .order_by("code"))
    education_labels = dict(Education.choices)
    by_education = [{"education": str(education_labels.get(r["job_seeker__education"], "未注明")), "count": r["count"]}
                    for r in supply.values("job_seeker__education").annotate(count=people).order_by("job_seeker__education")]
    by_age = list(supply.annotate(band=_age_band(end)).values("band").annotate(count=people).order_by("band"))
    by_pay = list(demand.annotate(band=_pay_band()).values("band").annotate(count=headcount).order_by("band"))
    sections = dict(IndustrySection.choices)
    by_industry = [{"section": r["section"] or "", "industry": str(sections.get(r["section"], "未注明行业")),
                    "count": r["count"], "postings": r["postings"]}
                   for r in demand.annotate(section=Upper(Substr("employer__industry_code", 1, 1))).values("section")
                   .annotate(count=headcount, postings=Count("id")).order_by("section")]
    supply_district = _by_district(list(supply.values("unit_id").annotate(count=people)), "unit_id", "count")
    demand_district = _by_district(list(demand.values("published_version__work_district_id").annotate(count=headcount)),
                                   "published_version__work_district_id", "count")

    supply_map = {r["code"] or "": r for r in supply_occ}
    demand_map = {r["code"] or "": r for r in demand_occ}
    ratios = []
    for code in sorted(set(supply_map) | set(demand_map)):
        s, d = supply_map.get(code), demand_map.get(code)
        s_count, d_count = (s["count"] if s else 0), (d["count"] if d else 0)
        ratio = supply_demand_ratio(d_count, s_count)
        ratios.append({"code": code, "name": (d or s)["name"] or "未注明职业", "supply": s_count, "demand": d_count,
                       "ratio": None if ratio is None else str(ratio)})
    wages = [{"code": r["code"], "name": r["name"], "postings": r["postings"], "pay_low": r["pay_low"], "pay_high": r["pay_high"],
              "pay_mean_low": round(r["pay_mean_low"]) if r["pay_mean_low"] is not None else None,
              "pay_mean_high": round(r["pay_mean_high"]) if r["pay_mean_high"] is not None else None}
             for r in demand_occ]
    supply_total = sum(r["count"] for r in supply_occ)
    demand_total = sum(r["count"] for r in demand_occ)
    total_ratio = supply_demand_ratio(demand_total, supply_total)
    return {
        "unit": unit.name, "period_start": start.isoformat(), "period_end": end.isoformat(),
        "totals": {"supply": supply_total, "demand": demand_total, "ratio": None if total_ratio is None else str(total_ratio)},
        "ratios": ratios, "wages": wages, "supply_by_education": by_education, "supply_by_age": by_age,
        "demand_by_pay": by_pay, "demand_by_industry": by_industry, "trend": monthly_trend(unit=unit, start=start, end=end),
        "supply_by_district": supply_district, "demand_by_district": demand_district,
    }


def wage_guide_samples(*, unit, start: dt.date, end: dt.date) -> dict[tuple[str, str], list[int]]:
    """Each reviewed posting's monthly pay in [start, end], grouped by occupation (BJ-53-2).  One query streaming two
    numbers per posting; no employer or person leaves it, only the pay figures."""
    samples: dict[tuple[str, str], list[int]] = {}
    rows = (_demand(unit, start, end)
            .values_list("published_version__occupation_code", "published_version__occupation_name",
                         "published_version__pay_min", "published_version__pay_max")
            .order_by("published_version__occupation_code"))
    for code, name, pay_min, pay_max in rows.iterator(chunk_size=2000):
        pay = posting_pay(pay_min, pay_max)
        if pay is not None and code:
            samples.setdefault((code, name or code), []).append(pay)
    return samples


def statistics_unit(*, actor, unit_id: int | None = None):
    """The unit whose subtree the actor analyses: its own, or one inside its jurisdiction."""
    return actor.unit if unit_id is None else unit_get(actor=actor, pk=unit_id)


def market_report_list(*, actor):
    return visible_to(actor, MarketReport.objects.select_related("unit", "author"))


def market_report_get(*, actor, pk: int) -> MarketReport:
    report = market_report_list(actor=actor).filter(pk=pk).first()
    if report is None:
        raise NotFound()
    return report


def public_report_list():
    """Published reports for the public portal (BJ-53-2): aggregates only."""
    return MarketReport.objects.filter(status=ReportStatus.PUBLISHED).select_related("unit")


def public_report_get(*, pk: int) -> MarketReport:
    report = public_report_list().filter(pk=pk).first()
    if report is None:
        raise NotFound()
    return report


def district_units(*, actor):
    """Units an analyst may choose: its own and the districts/streets below it."""
    return unit_list(actor=actor).filter(level__in=[UnitLevel.CITY, UnitLevel.DISTRICT, UnitLevel.STREET])


# ---- analysis reports (BJ-52-1, BJ-52-4) -------------------------------------------------------------------------


def _month_key(value) -> str:
    return value.strftime("%Y-%m") if value else ""


def monthly_trend(*, unit, start: dt.date, end: dt.date, code: str = "") -> list[dict]:
    """Supply (people registering) and demand (headcount published) per calendar month of [start, end], for one
    occupation when `code` is given: two grouped queries."""
    supply, demand = _supply(unit, start, end), _demand(unit, start, end)
    if code:
        supply = supply.filter(job_seeker__sought_occupation__code=code)
        demand = demand.filter(published_version__occupation_code=code)
    s_rows = {_month_key(r["m"]): r["n"] for r in supply.annotate(m=TruncMonth("collected_on")).values("m")
              .annotate(n=Count("job_seeker", distinct=True)).order_by("m")}
    d_rows = {_month_key(r["m"]): r["n"] for r in demand.annotate(m=TruncMonth("published_at")).values("m")
              .annotate(n=Coalesce(Sum("published_version__headcount"), 0)).order_by("m")}
    months, day = [], start.replace(day=1)
    while day <= end:
        months.append(day.strftime("%Y-%m"))
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return [{"month": m, "supply": s_rows.get(m, 0), "demand": d_rows.get(m, 0)} for m in months]


def occupation_statistics(*, unit, code: str, start: dt.date, end: dt.date) -> dict:
    """The figures an occupation analysis report is built from (BJ-52-1): the occupation's supply, demand and 求人倍率,
    posted pay, the seekers' education and age, demand by district and the monthly trend; aggregates only."""
    everything = market_statistics(unit=unit, start=start, end=end)
    supply = _supply(unit, start, end).filter(job_seeker__sought_occupation__code=code)
    demand = _demand(unit, start, end).filter(published_version__occupation_code=code)
    people = Count("job_seeker", distinct=True)
    education_labels = dict(Education.choices)
    ratio = next((r for r in everything["ratios"] if r["code"] == code), None)
    return {
        "unit": unit.name, "code": code, "period_start": start.isoformat(), "period_end": end.isoformat(),
        "totals": {"supply": ratio["supply"] if ratio else 0, "demand": ratio["demand"] if ratio else 0,
                   "ratio": ratio["ratio"] if ratio else None},
        "wages": [w for w in everything["wages"] if w["code"] == code],
        "supply_by_education": [{"education": str(education_labels.get(r["job_seeker__education"], "未注明")),
                                 "count": r["count"]} for r in supply.values("job_seeker__education")
                                .annotate(count=people).order_by("job_seeker__education")],
        "supply_by_age": list(supply.annotate(band=_age_band(end)).values("band").annotate(count=people).order_by("band")),
        "demand_by_district": _by_district(list(demand.values("published_version__work_district_id").annotate(
            count=Coalesce(Sum("published_version__headcount"), 0))), "published_version__work_district_id", "count"),
        "trend": monthly_trend(unit=unit, start=start, end=end, code=code),
    }


def hr_market_statistics(*, unit, start: dt.date, end: dt.date) -> dict:
    """The figures an HR-market analysis report is built from (BJ-52-4): the period's statistics, trend included."""
    return market_statistics(unit=unit, start=start, end=end)


def analysis_report_list(*, actor, kind: str = ""):
    qs = visible_to(actor, AnalysisReport.objects.select_related("unit", "created_by", "published_version"))
    return qs.filter(kind=kind) if kind else qs


def analysis_report_get(*, actor, pk: int) -> AnalysisReport:
    report = analysis_report_list(actor=actor).filter(pk=pk).first()
    if report is None:
        raise NotFound()
    return report


def analysis_versions(*, report: AnalysisReport):
    return report.versions.select_related("author").order_by("-number")


def analysis_version_get(*, report: AnalysisReport, number: int | None = None) -> AnalysisReportVersion:
    """A version of the report by number, or its latest."""
    qs = analysis_versions(report=report)
    version = qs.filter(number=number).first() if number is not None else qs.first()
    if version is None:
        raise NotFound()
    return version


def public_analysis_list():
    """Published analysis reports, each shown in its published version (BJ-52-4, BJ-53-2)."""
    return (AnalysisReport.objects.filter(status=ReportStatus.PUBLISHED, published_version__isnull=False)
            .select_related("unit", "published_version").order_by("-published_at", "-pk"))


def public_analysis_get(*, pk: int) -> AnalysisReport:
    report = public_analysis_list().filter(pk=pk).first()
    if report is None:
        raise NotFound()
    return report


# ---- central publication of the agencies' information (BJ-7-4) ---------------------------------------------------


def information_list(*, actor, status: str = ""):
    """Items the actor's jurisdiction sent in (the city sees every agency's, to review them centrally)."""
    qs = visible_to(actor, InformationItem.objects.select_related("unit", "submitted_by", "reviewed_by"))
    return qs.filter(status=status) if status else qs


def information_get(*, actor, pk: int) -> InformationItem:
    item = information_list(actor=actor).filter(pk=pk).first()
    if item is None:
        raise NotFound()
    return item


def public_information_list(*, category: str = ""):
    qs = InformationItem.objects.filter(status=InformationStatus.PUBLISHED).select_related("unit")
    qs = qs.filter(category=category) if category else qs
    return qs.order_by("-published_at", "-pk")


def public_information_get(*, pk: int) -> InformationItem:
    item = public_information_list().filter(pk=pk).first()
    if item is None:
        raise NotFound()
    return item


# ---- training classes and training needs (BJ-54) -----------------------------------------------------------------


def public_training_classes(*, today: dt.date):
    """Published classes that have not ended (BJ-54-2)."""
    return (TrainingClass.objects.filter(status=TrainingClassStatus.PUBLISHED)
            .exclude(ends_on__lt=today).exclude(ends_on__isnull=True, starts_on__lt=today)
            .select_related("district").order_by("starts_on", "pk"))


def training_class_get(*, pk: int) -> TrainingClass:
    item = TrainingClass.objects.select_related("district").filter(pk=pk).first()
    if item is None:
        raise NotFound()
    return item


def training_class_by_ref(*, source_ref: str) -> TrainingClass | None:
    return TrainingClass.objects.filter(source_ref=source_ref).first()


def training_class_list():
    return TrainingClass.objects.select_related("district", "received_by").order_by("-published_at", "-pk")


LEVELS, TIMINGS = dict(TrainingLevel.choices), dict(TrainingTiming.choices)
ACTIVE_JOB_SEEKERS = (JobSeekerStatus.REGISTERED, JobSeekerStatus.IN_SERVICE, JobSeekerStatus.ROUTED_TO_ASSISTANCE)
_NEED_KEYS = ("training_need__skill", "training_need__level", "training_need__timing")


def training_need_aggregate() -> dict:
    """The training needs recorded for job seekers in service and for employers (BJ-54-1, BJ-54-3), by need
    (occupation or skill, level, timing) and by district: two grouped queries, aggregates only."""
    seekers = (JobSeeker.objects.filter(status__in=ACTIVE_JOB_SEEKERS, training_need__has_key="skill")
               .values("unit_id", *_NEED_KEYS).annotate(n=Count("pk")).order_by())
    employers = (Employer.objects.filter(training_need__has_key="skill").values("unit_id", *_NEED_KEYS)
                 .annotate(n=Count("pk")).order_by())
    rows = [("job_seekers", r) for r in seekers] + [("employers", r) for r in employers]
    districts = _district_names([r["unit_id"] for _side, r in rows])
    by_need: dict[tuple, dict] = {}
    by_district: dict[str, dict] = {}
    for side, r in rows:
        key = tuple(r[k] for k in _NEED_KEYS)
        need = by_need.setdefault(key, {"skill": key[0], "level": key[1], "timing": key[2], "job_seekers": 0,
                                        "employers": 0, "level_label": str(LEVELS.get(key[1], key[1])),
                                        "timing_label": str(TIMINGS.get(key[2], key[2]))})
        need[side] += r["n"]
        district = by_district.setdefault(districts.get(r["unit_id"], "未注明"), {"job_seekers": 0, "employers": 0})
        district[side] += r["n"]
    needs = sorted(by_need.values(), key=lambda n: (-(n["job_seekers"] + n["employers"]), n["skill"]))
    return {"by_need": needs, "by_district": [{"district": k, **v} for k, v in sorted(by_district.items())],
            "totals": {"job_seekers": sum(n["job_seekers"] for n in needs),
                       "employers": sum(n["employers"] for n in needs)}}


def training_need_summaries():
    return TrainingNeedSummary.objects.order_by("-month")


def training_need_summary_get(*, month: dt.date) -> TrainingNeedSummary:
    summary = TrainingNeedSummary.objects.filter(month=month.replace(day=1)).first()
    if summary is None:
        raise NotFound()
    return summary


def training_need_summary_exists(*, month: dt.date) -> bool:
    return TrainingNeedSummary.objects.filter(month=month).exists()


# ---- publication feeds (BJ-53-1, BJ-53-3) ------------------------------------------------------------------------


def feed_vacancies(*, limit: int):
    return list(public_vacancy_list()[:limit])


def feed_fairs(*, limit: int):
    return list(fair_signup_list()[:limit])


def public_fair_get(*, pk: int):
    return fair_signup_get(pk=pk)


def feed_reports(*, limit: int) -> list:
    """Published periodic reports and analysis reports, newest first."""
    items = list(public_report_list().order_by("-published_at")[:limit]) + list(public_analysis_list()[:limit])
    return sorted(items, key=lambda r: r.published_at, reverse=True)[:limit]


def feed_job_seekers(*, limit: int) -> list[dict]:
    """Individual job-seeking information for publication (BJ-53-2, BJ-53-3, open question 30): only people in
    service who recorded their consent, and only de-identified fields, built field by field: occupation sought,
    skill level, education, district and working pattern.  Never a name, ID number, phone or address."""
    people = (JobSeeker.objects.filter(listing_consent=True, status__in=ACTIVE_JOB_SEEKERS)
              .select_related("sought_occupation", "habitual_district", "unit").order_by("-updated_at", "-pk")[:limit])
    return [{"reference": f"J{p.pk:06d}", "sought_occupation": p.sought_occupation.name if p.sought_occupation_id else "",
             "skill_level": p.get_skill_level_display() if p.skill_level else "",
             "education": p.get_education_display() if p.education else "",
             "district": p.habitual_district.name if p.habitual_district_id else "",
             "working_pattern": p.get_working_pattern_display() if p.working_pattern else "",
             "updated_at": p.updated_at} for p in people]

