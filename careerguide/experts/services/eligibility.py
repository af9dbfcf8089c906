"""The Annex 1 data as the pure category rules' input, and their outcome for an application (CZ ch.5)."""
from __future__ import annotations

from careerguide.common.services import policy_number
from careerguide.organisations.selectors import city_unit

from ..categories import evaluate_categories
from ..models import Application
from ..rules import ApplicantFacts, Certificate, Honour, WorkPeriod

CATEGORY_KEYS = ("cz.c1a_min_years", "cz.c1a_lowest_certificate_level", "cz.c1b_min_years",
                 "cz.c1b_lowest_certificate_level", "cz.c2_min_years", "cz.c3_min_years", "cz.c4_min_years")


def _facts_of(app: Application) -> ApplicantFacts:
    """The reference date is the round's closing date (CZ-5-16)."""
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


def category_check(*, application: Application, on, require_verified: bool = False):
    """Each declared category's outcome and the overall one, with the CZ numbers of the city (CZ-2-3)."""
    unit = city_unit()
    numbers = {k.removeprefix("cz."): policy_number(k, unit=unit, on=on) for k in CATEGORY_KEYS}
    results, overall = evaluate_categories(_facts_of(application), application.categories, numbers=numbers,
                                           require_verified=require_verified)
    return [{"category": r.category, "outcome": r.outcome, "reasons": r.reasons, "clause": r.clause}
            for r in results], overall
