"""Rules of the Shandong opinion for the workforce (SD-4, SD-5, SD-6, SD-18, SD-20, SD-21, SD-G-8, SD-2-3, SD-3-1)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from careerguide.common.months import add_months

from .common import Decision, Period, decide
from .service_years import service_years_reached

#: SD-18-1: old-system qualification titles mapped to skill levels (1 = highest).
OLD_TITLE_LEVELS = {
    "职业指导员": 4,
    "助理职业指导师": 3,
    "职业指导师": 2,
    "高级职业指导师": 1,
}
LEVELS = (1, 2, 3, 4, 5)
#: SD-20-2: the policy key holding each title's provincial quota.
QUOTA_KEYS = {"gold_studio": "sd.gold_studio_quota", "golden_course": "sd.golden_course_quota",
              "guidance_star": "sd.career_guidance_star_quota"}


def level_from_old_title(title: str) -> int:
    """SD-18-1: the skill level an old-system 职业资格证书 title stands for; unknown titles raise ValueError."""
    try:
        return OLD_TITLE_LEVELS[title.strip()]
    except KeyError:
        raise ValueError(f"unknown old-system title {title!r}") from None


def in_target_period(on: date, *, start: date, end: date) -> bool:
    """SD-G-8: "到'十四五'末" — the period 2021-01-01 to 2025-12-31, both days included."""
    return start <= on <= end


def part_time_category(*, has_counsellor_certificate: bool) -> str:
    """SD-4-3: a part-time member counts as 兼职职业指导师 only with a 职业指导师 certificate of any level."""
    return "part_time_counsellor" if has_counsellor_certificate else "part_time_helper"


@dataclass(frozen=True)
class Ratio:
    value: Decimal | None
    threshold: int | None
    shortfall: bool


def staffing_ratio(*, served: int, full_time: int, threshold: int | None) -> Ratio:
    """SD-4-2: served persons per full-time counsellor; a shortfall when above the threshold
    (HEI default 500 graduating students, PES none).  No full-time counsellor with someone to serve is a shortfall."""
    if full_time == 0:
        return Ratio(value=None, threshold=threshold, shortfall=served > 0 and threshold is not None)
    value = (Decimal(served) / full_time).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return Ratio(value=value, threshold=threshold, shortfall=threshold is not None and value > threshold)


def chief_nomination_check(*, best_level: int | None, periods: list[Period], cutoff: date, required_level: int,
                           warning_min_years: int) -> Decision:
    """SD-5-1: the level-1 certificate is the only hard check; practical experience below the
    threshold is a warning for the evaluators."""
    failures, warnings = [], []
    if best_level is None or best_level > required_level:
        failures.append(("被推选人须持有一级职业指导师（或原高级职业指导师）证书。", "SD-5-1"))
    if not service_years_reached(periods, cutoff=cutoff, years=warning_min_years, front_line_only=False, pes_only=False):
        warnings.append((f"职业指导工作经历不足{warning_min_years}年，请评审时关注“丰富实践经验”。", "SD-5-1"))
    return decide(failures, warnings)


def chief_term_end(start: date, *, term_years: int) -> date:
    """SD-5-3: the appointment ends the day before the same date ``term_years`` later."""
    return add_months(start, 12 * term_years) - timedelta(days=1)


def chief_should_end(*, still_in_locality_guidance: bool, best_level: int | None, required_level: int) -> str | None:
    """SD-5-3: early end when the holder leaves guidance work in the locality or loses the level-1 certificate."""
    if not still_in_locality_guidance:
        return "left_locality"
    if best_level is None or best_level > required_level:
        return "certificate_lost"
    return None


def research_lead_check(*, is_expert: bool, is_hei_counsellor: bool) -> Decision:
    """SD-6-2: any other lead is accepted with a warning."""
    if is_expert or is_hei_counsellor:
        return decide([])
    return decide([], [("课题负责人既非专家库成员也非高校职业指导师，请确认。", "SD-6-2")])


def quota_check(*, awarded_so_far: int, quota: int, override_reference: str = "") -> Decision:
    """SD-20-2: an award that would take the count above the quota is blocked unless a document reference overrides it."""
    if awarded_so_far + 1 <= quota:
        return decide([])
    if override_reference.strip():
        return decide([], [(f"超出全省名额（{quota}），依据{override_reference.strip()}突破名额。", "SD-20-2")])
    return decide([(f"全省名额{quota}已用完，须由省级管理员登记文件依据后方可突破。", "SD-20-2")])


def composite_score(source_means: dict[str, Decimal | None], *, weights: dict[str, Decimal] | None = None) -> Decimal | None:
    """SD-21-3: weighted mean of per-source averages; sources without responses are dropped and
    the remaining weights renormalised (default equal weights)."""
    present = {s: Decimal(m) for s, m in source_means.items() if m is not None}
    if not present:
        return None
    w = {s: Decimal((weights or {}).get(s, 1)) for s in present}
    total = sum(w.values())
    if total <= 0:
        return None
    return (sum(present[s] * w[s] for s in present) / total).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def organisation_composite(composites: list[Decimal | None]) -> Decimal | None:
    """SD-21-5: an organisation's score for the period is the mean of its counsellors' composites (SD-21-3); a
    counsellor with no composite is left out, and an organisation with none has no score."""
    present = [Decimal(c) for c in composites if c is not None]
    if not present:
        return None
    return (sum(present) / len(present)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def missing_editions(*, held: set[tuple[str, int]], types: tuple[str, ...], years: range) -> list[tuple[str, int]]:
    """SD-3-1: "定期/常态化" read as at least one provincial edition per type per year; list the gaps."""
    return [(t, y) for y in years for t in types if (t, y) not in held]


def share(part: int, whole: int) -> Decimal | None:
    """A percentage with one decimal, None when there is nothing to divide by (SD-2-3, SD-18-2)."""
    if whole == 0:
        return None
    return (Decimal(part) * 100 / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def age_band(birth_date: date | None, *, on: date) -> str:
    """SD-G-10: age bands of the structure report."""
    if birth_date is None:
        return "unknown"
    age = on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
    if age < 30:
        return "<30"
    if age < 40:
        return "30-39"
    if age < 50:
        return "40-49"
    return "50+"
