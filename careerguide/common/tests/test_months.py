"""Tests for Civil-Code month arithmetic (pure, no database, no Django)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from careerguide.common.months import add_months, months_exceeded, months_reached, window

D = date


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        # Examples of the catalogue.
        (D(2019, 1, 31), 6, D(2019, 7, 31)),
        (D(2019, 8, 31), 6, D(2020, 2, 29)),
        (D(2020, 2, 29), 12, D(2021, 2, 28)),
        (D(2024, 8, 31), 6, D(2025, 2, 28)),
        (D(2019, 1, 15), 6, D(2019, 7, 15)),
        # Month ends and leap years.
        (D(2019, 1, 31), 1, D(2019, 2, 28)),
        (D(2020, 1, 31), 1, D(2020, 2, 29)),
        (D(2019, 1, 31), 3, D(2019, 4, 30)),
        (D(2019, 1, 30), 1, D(2019, 2, 28)),
        (D(2019, 1, 28), 1, D(2019, 2, 28)),
        (D(2019, 2, 28), 1, D(2019, 3, 28)),
        (D(2024, 2, 29), 48, D(2028, 2, 29)),
        (D(2100, 1, 31), 1, D(2100, 2, 28)),  # 2100 is not a leap year
        (D(2000, 1, 31), 1, D(2000, 2, 29)),  # 2000 is
        # Year rollover.
        (D(2019, 12, 15), 1, D(2020, 1, 15)),
        (D(2019, 7, 31), 6, D(2020, 1, 31)),
        (D(2019, 11, 30), 14, D(2021, 1, 30)),
        # n = 0 and negative n.
        (D(2019, 5, 31), 0, D(2019, 5, 31)),
        (D(2020, 1, 15), -1, D(2019, 12, 15)),
        (D(2019, 3, 31), -1, D(2019, 2, 28)),
        (D(2019, 7, 31), -6, D(2019, 1, 31)),
        (D(2019, 10, 31), -8, D(2019, 2, 28)),
        (D(2018, 8, 31), -18, D(2017, 2, 28)),
        (D(2020, 2, 29), -12, D(2019, 2, 28)),
    ],
)
def test_add_months(start, n, expected):
    """BJ-13-6: same day of the month n months later, or the last day of the
    target month when that day does not exist."""
    assert add_months(start, n) == expected


def test_add_months_is_not_chained():
    """BJ-27-7: anchors are computed from the start date each time; chaining
    month additions would drift at month ends."""
    start = D(2019, 1, 31)
    assert [add_months(start, n) for n in (1, 3, 6)] == [D(2019, 2, 28), D(2019, 4, 30), D(2019, 7, 31)]
    assert add_months(add_months(start, 1), 2) == D(2019, 4, 28)


@pytest.mark.parametrize(
    ("last", "today", "expected"),
    [
        (D(2019, 1, 31), D(2019, 7, 30), False),
        (D(2019, 1, 31), D(2019, 7, 31), False),
        (D(2019, 1, 31), D(2019, 8, 1), True),
        (D(2019, 8, 31), D(2020, 2, 28), False),
        (D(2019, 8, 31), D(2020, 2, 29), False),
        (D(2019, 8, 31), D(2020, 3, 1), True),
        (D(2024, 8, 31), D(2025, 2, 28), False),
        (D(2024, 8, 31), D(2025, 3, 1), True),
        (D(2019, 1, 15), D(2019, 7, 15), False),
        (D(2019, 1, 15), D(2019, 7, 16), True),
    ],
)
def test_months_exceeded_is_strict(last, today, expected):
    """BJ-13-6, BJ-21-10: "超过6个月" is true only after add_months(L, 6):
    L = 2019-01-31 from 2019-08-01, L = 2019-08-31 from 2020-03-01."""
    assert months_exceeded(last, today, 6) is expected


@pytest.mark.parametrize(
    ("start", "today", "expected"),
    [
        (D(2019, 1, 15), D(2019, 7, 14), False),
        (D(2019, 1, 15), D(2019, 7, 15), True),
        (D(2019, 1, 15), D(2019, 7, 16), True),
        (D(2019, 1, 15), D(2020, 1, 15), True),
        (D(2019, 8, 31), D(2020, 2, 28), False),
        (D(2019, 8, 31), D(2020, 2, 29), True),
    ],
)
def test_months_reached_is_inclusive(start, today, expected):
    """BJ-30-2, BJ-21-10: "达到6个月以上" is true on and after add_months(start, 6):
    signed 2019-01-15 gives true from 2019-07-15, not 2019-07-14."""
    assert months_reached(start, today, 6) is expected


def test_exceeded_and_reached_differ_on_the_anniversary():
    """BJ-13-6, BJ-30-2, BJ-21-10: on the 6-month day itself "达到…以上" holds
    but "超过" does not; both hold the next day."""
    start = D(2019, 1, 15)
    assert months_reached(start, D(2019, 7, 15), 6) and not months_exceeded(start, D(2019, 7, 15), 6)
    assert months_reached(start, D(2019, 7, 16), 6) and months_exceeded(start, D(2019, 7, 16), 6)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2018, 2, 14), 1, (D(2018, 3, 7), D(2018, 3, 21))),
        (D(2018, 2, 14), 3, (D(2018, 5, 7), D(2018, 5, 21))),
        (D(2018, 2, 14), 6, (D(2018, 8, 7), D(2018, 8, 21))),
        (D(2019, 1, 31), 1, (D(2019, 2, 21), D(2019, 3, 7))),
        (D(2019, 12, 28), 1, (D(2020, 1, 21), D(2020, 2, 4))),
    ],
)
def test_stability_follow_up_windows(start, months, expected):
    """BJ-27-7: anchors at start + 1, 3, 6 calendar months (month-end rule) with
    the proposed window of anchor +/- 7 calendar days; 2018-02-14 gives
    2018-03-07..2018-03-21 for the 1-month follow-up."""
    assert window(add_months(start, months), 7, 7) == expected


@pytest.mark.parametrize(
    ("anchor", "before", "after", "expected"),
    [
        (D(2020, 3, 1), 0, 0, (D(2020, 3, 1), D(2020, 3, 1))),
        (D(2020, 3, 1), 1, 0, (D(2020, 2, 29), D(2020, 3, 1))),
        (D(2020, 3, 1), 3, 10, (D(2020, 2, 27), D(2020, 3, 11))),
        (D(2019, 12, 31), 0, 1, (D(2019, 12, 31), D(2020, 1, 1))),
    ],
)
def test_window_widths(anchor, before, after, expected):
    """BJ-27-7: the window width is configurable and may be asymmetric."""
    assert window(anchor, before, after) == expected


def test_invalid_arguments():
    """Negative widths or month counts and datetimes are refused."""
    with pytest.raises(ValueError):
        window(D(2020, 3, 1), -1, 7)
    with pytest.raises(ValueError):
        months_exceeded(D(2019, 1, 1), D(2019, 8, 1), -6)
    with pytest.raises(ValueError):
        months_reached(D(2019, 1, 1), D(2019, 8, 1), -6)
    with pytest.raises(ValueError):
        add_months(D(9999, 12, 31), 1)
    with pytest.raises(TypeError):
        add_months(datetime(2019, 1, 31, 12, 0), 6)
    with pytest.raises(TypeError):
        months_exceeded(D(2019, 1, 31), datetime(2019, 8, 1, 0, 0), 6)
