"""Pure qualification rules for the two CQ staff roles (CQ-4.6.1-3, CQ-4.6.1-5, CQ-4.6.1-6, CQ-4.6.1-7).

Experience years use the project's one "N年以上" algorithm (CZ-5-15, in careerguide.experts.rules): merged
intervals, whole calendar months, pooled leftover days at 30 per month, N years met at 12 × N months."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from careerguide.experts.rules import experience_months, years_reached

BACHELOR_OR_ABOVE = ("bachelor", "master", "doctorate")
GUIDANCE_OCCUPATION = "career_guidance"  # 职业指导员 / 职业指导师, either certificate kind


@dataclass(frozen=True)
class StaffCertificate:
    occupation: str
    level: int  # 1 (highest) … 5
    kind: str  # "qualification" (职业资格证书) or "skill_level" (职业技能等级证书)
    valid_until: dt.date | None = None


@dataclass(frozen=True)
class Decision:
    qualified: bool
    route: str  # "certificate_and_experience", "special_talent_exception" or ""
    reasons: tuple[str, ...]
    clause: str


Periods = Iterable[tuple[dt.date, dt.date | None]]


def guidance_staff_qualification(*, on: dt.date, education: str, knowledge_attested: bool,
                                 certificates: Iterable[StaffCertificate], consulting_periods: Periods,
                                 industry_periods: Periods, special_talent_statement: str = "",
                                 special_talent_approved: bool = False, min_consulting_years: int,
                                 min_industry_years: int) -> Decision:
    """CQ-4.6.1-5, CQ-4.6.1-6, CQ-4.6.1-7: degree AND knowledge AND (certificate + `min_consulting_years` years
    consulting/training + `min_industry_years` years related industry — 3 and 5 in the standard, policy
    cq.guidance_staff_min_consulting_years / cq.guidance_staff_min_industry_years — one period may count for both)
    OR the approved special-talent exception."""
    reasons = []
    if education not in BACHELOR_OR_ABOVE:
        reasons.append("education_below_bachelor")
    if not knowledge_attested:
        reasons.append("knowledge_not_attested")
    cert_ok = any(c.occupation == GUIDANCE_OCCUPATION and 1 <= c.level <= 4
                  and (c.valid_until is None or c.valid_until >= on) for c in certificates)
    consulting_ok = years_reached(experience_months(consulting_periods, on), min_consulting_years)
    industry_ok = years_reached(experience_months(industry_periods, on), min_industry_years)
    item_reasons = [r for r, ok in (("no_valid_guidance_certificate", cert_ok),
                                    ("consulting_or_training_years_short", consulting_ok),
                                    ("industry_years_short", industry_ok)) if not ok]
    special = bool(special_talent_statement.strip()) and special_talent_approved
    route = ""
    if not item_reasons:
        route = "certificate_and_experience"
    elif special:
        route = "special_talent_exception"
    else:
        reasons.extend(item_reasons)
    qualified = not reasons and bool(route)
    return Decision(qualified, route if qualified else "", tuple(reasons), "CQ-4.6.1-5")


def management_staff_qualification(*, on: dt.date, guidance_periods: Periods, competence_attested: bool,
                                   min_years: int) -> Decision:
    """CQ-4.6.1-3, CQ-4.6.1-7: at least `min_years` years (inclusive; 3 in the standard, policy
    cq.management_staff_min_years) of vocational guidance work and a recorded attestation of guidance knowledge and
    post competence."""
    reasons = []
    if not years_reached(experience_months(guidance_periods, on), min_years):
        reasons.append("guidance_years_short")
    if not competence_attested:
        reasons.append("competence_not_attested")
    return Decision(not reasons, "" if reasons else "experience", tuple(reasons), "CQ-4.6.1-3")
