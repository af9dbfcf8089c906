"""Pure rules of the Shandong service and HEI model (no Django import): the service catalogue by recipient type
(SD-10-2, SD-11-1 .. SD-11-3), the HEI course plan's compliance (SD-13-2 .. SD-13-7), the competition's eligibility
and coverage (SD-14-2, SD-14-3), the results-summary period (SD-S-3), the key-task ledger (SD-S-1) and the
"four in place" checklist (SD-S-6)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from careerguide.common.months import add_months

#: SD-11-1 (with SD-10-2): job seekers and college graduates; SD-11-2: employers; SD-11-3: assistance targets get
#: the job seekers' catalogue and employment assistance.
JOB_SEEKER_SERVICES = ("employment_consultation", "legal_policy_consultation", "supply_demand_information",
                       "career_diagnosis_assessment", "career_consultation", "career_planning",
                       "employment_psychological_adjustment", "job_search_skills", "strategy_guidance")
EMPLOYER_SERVICES = ("hiring_needs_analysis", "recruitment_strategy_guidance")
CATALOGUE = {
    "job_seeker": JOB_SEEKER_SERVICES,
    "college_graduate": JOB_SEEKER_SERVICES,
    "employer": EMPLOYER_SERVICES,
    "assistance_target": JOB_SEEKER_SERVICES + ("employment_assistance",),
}
KEY_TASKS = tuple(range(1, 22))  # SD-S-1: the opinion's 21 key tasks
FOUR_IN_PLACE = ("institution", "personnel", "premises", "funding")  # SD-S-6


def service_in_catalogue(recipient_type: str, service: str) -> bool:
    """SD-11-1, SD-11-2: whether the service is in the catalogue of the recipient's type."""
    return service in CATALOGUE.get(recipient_type, ())


# ---- the HEI career course (SD-13-*) ------------------------------------------------------------------------

@dataclass(frozen=True)
class Segment:
    year_of_study: int
    credits: Decimal
    risk_awareness: bool = False
    employment_rights: bool = False


@dataclass
class Compliance:
    non_compliant: list[tuple[str, str]] = field(default_factory=list)  # (message, clause)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    credits_by_year: dict[int, Decimal] = field(default_factory=dict)

    @property
    def compliant(self) -> bool:
        return not self.non_compliant


def course_compliance(*, required: bool, delivery_mode: str, programme_years: int, segments: list[Segment],
                      start_year: int) -> Compliance:
    """SD-13-2 a required course, SD-13-3 a segment in year `start_year` (year 1), SD-13-6 the safety module with
    both topics at least in the graduating year: each missing is non-compliant.  SD-13-4 a year without credits and
    SD-13-5 delivery that is not blended are warnings (reading (a) awaits the education department)."""
    result = Compliance(credits_by_year={y: sum((s.credits for s in segments if s.year_of_study == y), Decimal(0))
                                         for y in range(1, programme_years + 1)})
    if not required:
        result.non_compliant.append(("职业发展与就业指导课程未列入必修课教学计划。", "SD-13-2"))
    if not any(s.year_of_study == start_year for s in segments):
        result.non_compliant.append((f"课程未从{start_year}年级开设。", "SD-13-3"))
    if not any(s.year_of_study == programme_years and s.risk_awareness and s.employment_rights for s in segments):
        result.non_compliant.append(("毕业年级未开设涵盖风险防范意识和维护就业权益的就业安全教育。", "SD-13-6"))
    for year, credits in result.credits_by_year.items():
        if credits <= 0:
            result.warnings.append((f"{year}年级没有设立学分。", "SD-13-4"))
    if delivery_mode != "blended":
        result.warnings.append(("课程尚未线上线下相结合。", "SD-13-5"))
    return result


# ---- the provincial student competition (SD-14-*) -------------------------------------------------------------

def registration_problem(*, enrolled: bool, regular_hei: bool, study_level: str, year_of_study: int,
                         programme_years: int, postgraduates_allowed: bool) -> str | None:
    """SD-14-2: a currently enrolled student of a regular HEI in the province, year 1 to the final year, 专科 or
    本科; postgraduates only if the edition allows them.  Returns the reason, or None when eligible."""
    if not regular_hei:
        return "只有本省普通高校的学生可以报名。"
    if not enrolled:
        return "只有在校大学生可以报名。"
    if study_level == "postgraduate" and not postgraduates_allowed:
        return "本届比赛不接受研究生报名。"
    if study_level not in ("zhuanke", "benke", "postgraduate"):
        return "请选择专科、本科或研究生。"
    if not 1 <= year_of_study <= programme_years:
        return f"年级须在1至{programme_years}年级之间。"
    return None


def participation_rate(registrants: int, enrolled: int) -> Decimal | None:
    """SD-14-3: registrants ÷ enrolled students, as a percentage with one decimal (None without a head count)."""
    if not enrolled:
        return None
    return (Decimal(registrants) * 100 / enrolled).quantize(Decimal("0.1"))


# ---- safeguards (SD-S-1, SD-S-3, SD-S-6) -------------------------------------------------------------------

def summary_period(on: date, *, months: int, anchor: date) -> tuple[date, date]:
    """SD-S-3: the summary period of `months` (12 by default) containing `on`, periods counted from `anchor`."""
    start = anchor
    while add_months(start, months) <= on:
        start = add_months(start, months)
    return start, add_months(start, months) - timedelta(days=1)


def missing_key_tasks(assigned: set[int]) -> list[int]:
    """SD-S-1: the key tasks of 1–21 with no responsible unit and person yet."""
    return [t for t in KEY_TASKS if t not in assigned]


def not_in_place(check: dict[str, bool]) -> list[str]:
    """SD-S-6: the items of the "four in place" that are not in place."""
    return [item for item in FOUR_IN_PLACE if not check.get(item)]
