"""Pure eligibility rules of the Changzhou expert-team rules (CZ art. 4 and 5); no Django import.

Plain values in, a decision with reason codes and the clause out.  The numbers (65 years,
3 and 5 years, certificate levels) are parameters: the services read them from the policy settings.
Reason codes are turned into Chinese text by `presentation.py`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from careerguide.common.identifiers import normalise_resident_id, resident_id_birth_date, resident_id_problems
from careerguide.workforce.rules.service_years import months_of_service
from careerguide.workforce.rules.service_years import years_reached as years_reached  # CZ-5-14; re-exported

#: The rule set every appointment, renewal and exit decision stores (CZ-14-1).
RULESET_VERSION = "CZ-2025-trial"
RULES_EFFECTIVE_FROM = dt.date(2025, 1, 24)

MET, NOT_MET, NEEDS_JUDGEMENT = "met", "not_met", "needs_judgement"

# CZ-5-2 / CZ-5-6: occupations whose certificates count without a reviewer's confirmation.
CORE_OCCUPATIONS = frozenset({"career_guidance", "hr_management", "labour_security_assistant"})

# CZ-5-4 (proposal, editable by city_hrss): old-style certificate titles and their levels.
OLD_TITLE_LEVELS = {
    "职业指导员": ("career_guidance", 4), "助理职业指导师": ("career_guidance", 3),
    "职业指导师": ("career_guidance", 2), "高级职业指导师": ("career_guidance", 1),
    "企业人力资源管理员": ("hr_management", 4), "助理企业人力资源管理师": ("hr_management", 3),
    "企业人力资源管理师": ("hr_management", 2), "高级企业人力资源管理师": ("hr_management", 1),
}

# CZ-5-7: fields of related work for C2.
C2_FIELDS = frozenset({"hr_management", "employment_service", "employment_entrepreneurship_guidance",
                       "education_training", "psychological_counselling"})

# CZ-5-8: minimum position rank by enterprise size (department head 1, deputy GM 2, GM or above 3).
POSITION_RANK = {"department_head": 1, "deputy_general_manager": 2, "general_manager": 3}
MIN_RANK_BY_SIZE = {"large": 1, "medium": 2}

# ---- age and date of birth (CZ-4-6, CZ-4-9) -------------------------------------------------

def age_in_completed_years(born: dt.date, on: dt.date) -> int:
    """周岁 on `on`; someone born on 29 Feb has their birthday on 1 Mar in other years."""
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years


@dataclass(frozen=True)
class AgeCheck:
    age: int
    over_limit: bool  # the warning flag age_over_65
    clause: str = "CZ-4-6"


def age_check(*, born: dt.date, reference_date: dt.date, max_age: int) -> AgeCheck:
    """"原则上年龄不超过65岁": exactly 65 passes; the flag is raised once the 66th birthday is on or
    before the reference date (CZ-4-6).  A warning only, never a block (CZ-4-7)."""
    age = age_in_completed_years(born, reference_date)
    return AgeCheck(age=age, over_limit=age > max_age)


def birth_date_problem(*, id_type: str, id_number: str, declared: dt.date | None) -> str | None:
    """CZ-4-9: for a resident ID the date of birth comes from digits 7–14 and the checksum must be
    valid; a declared date that differs blocks submission.  Returns a reason code or None."""
    if id_type != "resident_id":
        return None if declared else "birth_date_missing"
    number = normalise_resident_id(id_number)
    if resident_id_problems(number):
        return "id_number_invalid"
    derived = resident_id_birth_date(number)
    if declared is not None and declared != derived:
        return "birth_date_mismatch"
    return None


# ---- years of experience (CZ-5-14, CZ-5-15) ---------------------------------------------------

CZ_DAYS_PER_MONTH = 30  # CZ-5-15: pooled leftover days per month


def experience_months(intervals: Iterable[tuple[dt.date, dt.date | None]], reference_date: dt.date) -> int:
    """CZ-5-15: whole months per merged interval [start, end] counted to end + 1 day; leftover days
    of all intervals pooled, 30 days = 1 month.  2022-03-01..2025-02-28 is 36 months."""
    return months_of_service(intervals, until=reference_date, days_per_month=CZ_DAYS_PER_MONTH)


# ---- facts about an applicant -----------------------------------------------------------------

@dataclass(frozen=True)
class WorkPeriod:
    start: dt.date
    end: dt.date | None
    unit_name: str = ""
    unit_type: str = "other"
    work_field: str = "other"
    in_1028_sector: bool = False


@dataclass(frozen=True)
class Certificate:
    occupation: str
    level: int  # 1 (highest) … 5 (lowest), CZ-5-3
    kind: str = "skill_level"  # or "qualification"
    verified: bool = False
    relevance_confirmed: bool | None = None  # reviewer's judgement for other occupations (CZ-5-6)


@dataclass(frozen=True)
class Honour:
    title: str  # national_top10 | provincial_top10 | other
    level: str = "provincial"


@dataclass(frozen=True)
class ApplicantFacts:
    reference_date: dt.date
    unit_name: str = ""
    unit_type: str = "other"
    position_rank: str = ""  # department_head | deputy_general_manager | general_manager | ""
    position_started: dt.date | None = None
    is_person_in_charge_or_key_staff: bool = False
    is_founder: bool = False
    enterprise_size: str = ""  # large | medium | small_micro
    enterprise_size_confirmed: bool = True  # the reviewer has confirmed the size the standard proposes (CZ-5-9)
    good_operating_condition: bool | None = None  # reviewer attestation (CZ-5-10)
    high_research_level: bool | None = None  # reviewer judgement for C4(b) (CZ-5-11)
    work_history: Sequence[WorkPeriod] = ()
    certificates: Sequence[Certificate] = ()
    honours: Sequence[Honour] = ()


@dataclass
class CategoryResult:
    category: str
    outcome: str
    reasons: list[str] = field(default_factory=list)
    clause: str = ""


def _holds_position(facts: ApplicantFacts) -> bool:
    """CZ-5-17: a position-defined category needs the position held on the reference date."""
    return facts.position_started is None or facts.position_started <= facts.reference_date


def _months(facts: ApplicantFacts, keep) -> int:
    return experience_months([(w.start, w.end) for w in facts.work_history if keep(w)], facts.reference_date)


def _cert_outcome(certs: Sequence[Certificate], *, lowest_level: int, require_verified: bool,
                  core_only: bool, relevant: frozenset = CORE_OCCUPATIONS) -> tuple[str, str]:
    """Best outcome among certificates at `lowest_level` or higher (level number ≤ lowest_level); `relevant` are
    the occupations that count without a reviewer (CZ-5-6: city HRSS may add to the C1B list)."""
    pending = False
    for c in certs:
        if c.level > lowest_level or (require_verified and not c.verified):
            continue
        if c.occupation in (CORE_OCCUPATIONS if core_only else relevant):
            return MET, ""
        if core_only or c.relevance_confirmed is False:
            continue
        if c.relevance_confirmed:
            return MET, ""
        pending = True
    if pending:
        return NEEDS_JUDGEMENT, "certificate_relevance"
    return NOT_MET, "certificate_level"


# ---- lookups city HRSS keeps (CZ-5-4, CZ-5-9, CZ-5-12) ---------------------------------------------

def certificate_from_title(title: str, table: dict[str, tuple[str, int]]) -> tuple[str, int] | None:
    """CZ-5-4: the occupation and level an old-style certificate title stands for, from the lookup; None when the
    title is not in it (the applicant then states the level and the reviewer checks the certificate)."""
    return table.get((title or "").strip())


SIZE_ORDER = ("large", "medium")


def propose_enterprise_size(thresholds: dict, *, employees=None, revenue=None, assets=None) -> str:
    """CZ-5-9: the size the 2017 standard gives: large or medium only when every lower limit listed for the industry
    is met ("须同时满足"), otherwise one class lower; below medium is small or micro.  Missing figures meet no limit."""
    figures = {"employees": employees, "revenue": revenue, "assets": assets}
    for size in SIZE_ORDER:
        limits = thresholds.get(size) or {}
        if limits and all(figures.get(k) is not None and figures[k] >= v for k, v in limits.items()):
            return size
    return "small_micro"
