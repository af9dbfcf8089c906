"""Training hours and tiered plans (BJ-69-1, BJ-69-3; SD-1-1 to SD-1-3, SD-17-4)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from careerguide.common.months import add_months

#: Tiers of SD-1-1: the target skill level; 0 = uncertified.  Level 1 is the highest (SD-18-1).
UNCERTIFIED_TIER = 0


@dataclass(frozen=True)
class HoursEntry:
    """One completed training (BJ-69-2): hours, whether the assessment was recorded and passed."""

    hours: Decimal
    completed_on: date
    assessed: bool
    passed: bool = True


def counted_hours(entries: list[HoursEntry], *, year: int) -> Decimal:
    """BJ-69-1 (Open question 28): hours of trainings completed in the calendar year whose
    assessment is recorded; a failed assessment still counts (it is flagged separately)."""
    return sum((Decimal(e.hours) for e in entries if e.completed_on.year == year and e.assessed), Decimal(0))


def required_hours(*, annual_hours: int, year: int, joined_on: date | None) -> Decimal:
    """BJ-69-3 reporting (Open question 28): a person who joins mid-year is measured pro rata,
    annual × months in role ÷ 12 (the joining month counts)."""
    if joined_on is None or joined_on.year < year:
        return Decimal(annual_hours)
    if joined_on.year > year:
        return Decimal(0)
    months = 12 - joined_on.month + 1
    return (Decimal(annual_hours) * months / 12).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class HoursStatus:
    hours: Decimal
    required: Decimal
    met: bool
    shortfall: Decimal
    failed_assessments: int


def training_hours_status(entries: list[HoursEntry], *, year: int, annual_hours: int,
                          joined_on: date | None = None) -> HoursStatus:
    """BJ-69-1: "每人每年不少于60学时" — met when counted hours ≥ the requirement (equal is enough)."""
    hours = counted_hours(entries, year=year)
    required = required_hours(annual_hours=annual_hours, year=year, joined_on=joined_on)
    failed = sum(1 for e in entries if e.completed_on.year == year and e.assessed and not e.passed)
    return HoursStatus(hours=hours, required=required, met=hours >= required, shortfall=max(required - hours, Decimal(0)),
                       failed_assessments=failed)


def tier_of(levels: list[int]) -> int:
    """SD-1-1: a counsellor's tier is their best (lowest-numbered) skill level, 0 when uncertified."""
    return min(levels) if levels else UNCERTIFIED_TIER


def plan_for(*, tier: int, category: str, plans: dict[tuple[int, str], object]):
    """SD-1-2: the plan targeting this tier-category pair, or None (listed as unmatched)."""
    return plans.get((tier, category))


def cycle_year_for(*, tier_changed_on: date, cycle_start_month: int = 1) -> int:
    """SD-1-3: after a tier change, enrolment moves to the new tier's plan from the NEXT cycle."""
    year = tier_changed_on.year
    return year + 1 if tier_changed_on.month >= cycle_start_month else year


def cycle_covers(*, cycle_year: int, months: int, on: date) -> bool:
    """SD-1-2: whether the training cycle of `months` starting 1 January of `cycle_year` still runs on `on`."""
    start = date(cycle_year, 1, 1)
    return start <= on < add_months(start, months)
