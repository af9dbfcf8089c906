"""Pure rules of the labour-market statistics (BJ-52-2, BJ-52-3) and the market wage guide prices (BJ-53-2).
No Django import."""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

MONTHLY = "monthly"
QUARTERLY = "quarterly"
WAGE_GUIDE = "wage_guide"  # a calendar year's market wage guide prices (市场工资指导价位)

# Age bands of job seekers (lower bound inclusive, upper bound exclusive, in whole years).
AGE_BANDS = (("16-24", 16, 25), ("25-34", 25, 35), ("35-44", 35, 45), ("45-54", 45, 55), ("55+", 55, 200))
# Monthly pay bands of postings, by the posted lower bound (yuan).
PAY_BANDS = (("<5000", 0, 5000), ("5000-7999", 5000, 8000), ("8000-11999", 8000, 12000), (">=12000", 12000, 10**9))


def period_bounds(kind: str, year: int, number: int) -> tuple[dt.date, dt.date]:
    """First and last day of month `number` (1-12) or calendar quarter `number` (1-4) of `year` (BJ-52-3)."""
    if kind == WAGE_GUIDE:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
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


def posting_pay(pay_min: int | None, pay_max: int | None) -> int | None:
    """One posting's monthly pay as a single figure: the middle of its range, or the one bound it gives."""
    if pay_min and pay_max:
        return (pay_min + pay_max + 1) // 2
    return pay_min or pay_max or None


def nearest_rank(ordered: list[int], percent: int) -> int:
    """The `percent`-th percentile of an ascending, non-empty list by the nearest-rank method."""
    rank = max(1, -(-percent * len(ordered) // 100))  # ceil(percent / 100 * n), at least the first
    return ordered[rank - 1]


def wage_guide_rows(samples: dict[tuple[str, str], list[int]], *, minimum: int, low: int,
                    high: int) -> tuple[list[dict], int]:
    """Low, median and high monthly pay per occupation from its postings' pay (BJ-53-2): an occupation with fewer
    than `minimum` postings is left out, so no price rests on one or two employers.  Returns the rows, ordered by
    occupation code, and how many occupations were left out."""
    rows, omitted = [], 0
    for (code, name), pays in sorted(samples.items()):
        ordered = sorted(p for p in pays if p)
        if len(ordered) < minimum:
            omitted += 1
            continue
        rows.append({"code": code, "name": name, "postings": len(ordered), "low": nearest_rank(ordered, low),
                     "median": nearest_rank(ordered, 50), "high": nearest_rank(ordered, high)})
    return rows, omitted
