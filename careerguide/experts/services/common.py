"""Helpers shared by the expert-team services: policy numbers, calendar, facts for the rules."""
from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.common.errors import DomainError
from careerguide.policy.selectors import policy_value
from careerguide.workdays.calendar import CalendarYearNotLoaded
from careerguide.workdays.selectors import calendar_not_loaded_message

from ..categories import evaluate_categories
from ..models import Application
from ..permissions import is_city_hrss
from ..rules import ApplicantFacts, Certificate, Honour, WorkPeriod
from ..selectors import city_unit

CATEGORY_KEYS = ("c1a_min_years", "c1a_lowest_certificate_level", "c1b_min_years", "c1b_lowest_certificate_level",
                 "c2_min_years", "c3_min_years", "c4_min_years")


def today_of(now):
    return timezone.localdate(now or timezone.now())


def number(key: str, on, unit=None):
    """A CZ policy number for the city unit (the expert team is one city-level roster, CZ-2-3)."""
    return policy_value(key=f"cz.{key}", unit=unit or city_unit(), on=on)



def refuse_calendar(exc: CalendarYearNotLoaded, clause: str):
    raise DomainError(calendar_not_loaded_message(error=exc), clause=clause, code="calendar_not_loaded") from None


def require_city_hrss(actor, clause: str = "CZ-2-1"):
    if not is_city_hrss(actor):
        raise DomainError(_("只有市人社局可以办理此事项。"), clause=clause, code="forbidden")


def facts_of(app: Application) -> ApplicantFacts:
    """The Annex 1 data as the pure rules' input; the reference date is the round's closing date (CZ-5-16)."""
    return ApplicantFacts(
        reference_date=app.round.closing_date, unit_name=app.work_unit, unit_type=app.unit_type,
        position_rank=app.position_rank, position_started=app.position_started,
        is_person_in_charge_or_key_staff=app.is_key_staff, is_founder=app.is_founder,
        enterprise_size=app.enterprise_size, good_operating_condition=app.good_operating_condition,
        high_research_level=app.high_research_level,
        work_history=[WorkPeriod(w.start, w.end, w.unit_name, w.unit_type, w.work_field, w.in_1028_sector)
                      for w in app.work_history.all()],
        certificates=[Certificate(c.occupation, c.level, c.kind, c.verified, c.relevance_confirmed)
                      for c in app.certificates.all()],
        honours=[Honour(h.title) for h in app.honours.all()],
    )


def category_check(app: Application, *, on, require_verified: bool = False):
    numbers = {k: number(k, on) for k in CATEGORY_KEYS}
    results, overall = evaluate_categories(facts_of(app), app.categories, numbers=numbers,
                                           require_verified=require_verified)
    return [{"category": r.category, "outcome": r.outcome, "reasons": r.reasons, "clause": r.clause}
            for r in results], overall
