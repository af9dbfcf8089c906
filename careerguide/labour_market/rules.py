"""Pure rules of the labour-market statistics (BJ-52-2, BJ-52-3).  No Django import."""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

MONTHLY = "monthly"
QUARTERLY = "quarterly"

# Age bands of job seekers (lower bound inclusive, upper bound exclusive, in whole years).
AGE_BANDS = (("16-24", 16, 25), ("25-34", 25, 35), ("35-44", 35, 45), ("45-54", 45, 55), ("55+", 55, 200))
# Monthly pay bands of postings, by the posted lower bound (yuan).
PAY_BANDS = (("<5000", 0, 5000), ("5000-7999", 5000, 8000), ("8000-11999", 8000, 12000), (">=12000", 12000, 10**9))


def period_bounds(kind: str, year: int, number: int) -> tuple[dt.date, dt.date]:
    """First and last day of month `number` (1-12) or calendar quarter `number` (1-4) of `year` (BJ-52-3)."""
    if kind == MONTHLY:
        if not 1 <= number <= 12:
            raise ValueError("month must be 1..12")
        first_month, months = number, 1
    elif kind == QUARTERLY:
        if not 1 <= number <= 4:
            raise ValueError("quarter must be 1..4")
        first_month, months = 3 * (number - 1) + 1, 3
    else:
        raise ValueError(f"unknown period kind {kind!r}")
    start = dt.date(year, first_month, 1)
    end_month = first_month + months
    end = (dt.date(year + 1, 1, 1) if end_month > 12 else dt.date(year, end_month, 1)) - dt.timedelta(days=1)
    return start, end


def supply_demand_ratio(demand: int, supply: int) -> Decimal | None:
    """求人倍率: posted demand (headcount) per registered job seeker, two decimals; None without supply."""
    if supply <= 0:
        return None
    return (Decimal(demand) / Decimal(supply)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def years_before(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` earlier (29 February falls back to 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)
