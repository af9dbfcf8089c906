import datetime as dt
from decimal import Decimal

import pytest

from careerguide.labour_market.rules import period_bounds, supply_demand_ratio, years_before


@pytest.mark.parametrize("kind,number,start,end", [
    ("monthly", 2, dt.date(2028, 2, 1), dt.date(2028, 2, 29)),
    ("monthly", 12, dt.date(2028, 12, 1), dt.date(2028, 12, 31)),
    ("quarterly", 1, dt.date(2028, 1, 1), dt.date(2028, 3, 31)),
    ("quarterly", 4, dt.date(2028, 10, 1), dt.date(2028, 12, 31)),
])
def test_period_bounds_cover_whole_calendar_month_or_quarter(kind, number, start, end):
    """BJ-52-3: a dataset for every calendar quarter (and month, BJ-52-2)."""
    assert period_bounds(kind, 2028, number) == (start, end)


@pytest.mark.parametrize("kind,number", [("monthly", 0), ("monthly", 13), ("quarterly", 5), ("weekly", 1)])
def test_period_bounds_refuse_invalid_periods(kind, number):
    with pytest.raises(ValueError):
        period_bounds(kind, 2028, number)


def test_supply_demand_ratio():
    """BJ-52-2: 求人倍率 = demand / supply, rounded half up; undefined without supply."""
    assert supply_demand_ratio(3, 2) == Decimal("1.50")
    assert supply_demand_ratio(1, 3) == Decimal("0.33")
    assert supply_demand_ratio(2, 3) == Decimal("0.67")
    assert supply_demand_ratio(5, 0) is None
    assert supply_demand_ratio(0, 4) == Decimal("0.00")


def test_years_before_handles_leap_day():
    assert years_before(dt.date(2028, 2, 29), 1) == dt.date(2027, 2, 28)
    assert years_before(dt.date(2028, 3, 31), 25) == dt.date(2003, 3, 31)
