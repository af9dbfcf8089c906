"""Reads: supply-demand statistics as grouped queries over reviewed records (BJ-51-1, BJ-52-2, BJ-52-3).

Every figure is one GROUP BY query; nothing iterates over people or postings, so the same code serves a
city of a million job seekers.  Supply = job-seeking registrations collected in the period (staff-checked
registrations, not mere collections); demand = postings first published in the period, i.e. postings
that passed review (BJ-39, BJ-51-1).  Postings still in review or returned are never counted.
"""
from __future__ import annotations

import datetime as dt

from django.db.models import Avg, Case, CharField, Count, F, Max, Min, Sum, Value, When
from django.db.models.functions import Coalesce

from careerguide.common.errors import NotFound
from careerguide.job_seekers.models import Education, Registration
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.models import Unit
from careerguide.organisations.scoping import visible_to
from careerguide.organisations.selectors import unit_get, unit_list
from careerguide.vacancies.models import Vacancy

from .models import MarketReport
from .rules import AGE_BANDS, PAY_BANDS, supply_demand_ratio, years_before
from .states import ReportStatus


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
    """All aggregates for `unit`'s subtree over [start, end]; plain JSON-ready values."""
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
        "demand_by_pay": by_pay, "supply_by_district": supply_district, "demand_by_district": demand_district,
    }


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


