"""Pure calendar-month arithmetic following the PRC Civil Code (no Django import).

Civil Code Art. 201: the start day of a period is not counted.  Art. 202: a
period counted in months ends on the corresponding day of the final month, or
on that month's last day when it has no corresponding day.  Art. 1259:
"以上/以内" include the stated number, "超过" excludes it (BJ-21-10).

Note that month addition is not associative: ``add_months(add_months(d, 1), 1)``
can differ from ``add_months(d, 2)`` (2019-01-31 -> 02-28 -> 03-28 versus
03-31), so every anchor must be computed from the original date.
"""

from __future__ import annotations

import calendar
import operator
from datetime import date, datetime, timedelta

__all__ = ["add_months", "months_exceeded", "months_reached", "window"]


def _check_date(value: object) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise TypeError(f"expected datetime.date, got {type(value).__name__}")
    return value


def _check_months(n: object) -> int:
    n = operator.index(n)
    if n < 0:
        raise ValueError(f"a month count must not be negative, got {n}")
    return n


def add_months(d: date, n: int) -> date:
    """The same day of the month ``n`` calendar months after (n < 0: before) ``d``.

    If the target month has no such day, the result is its last day
    (Civil Code Art. 202; BJ-13-6): 2019-01-31 + 6 -> 2019-07-31,
    2019-08-31 + 6 -> 2020-02-29, 2020-02-29 + 12 -> 2021-02-28.
    Raises ``ValueError`` if the result is outside the supported date range.
    """
    d = _check_date(d)
    n = operator.index(n)
    year, month0 = divmod(d.year * 12 + (d.month - 1) + n, 12)
    if not 1 <= year <= 9999:
        raise ValueError(f"{d.isoformat()} + {n} months is outside the supported date range")
    month = month0 + 1
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(d.day, last_day))


def months_exceeded(last: date, today: date, n: int) -> bool:
    """"超过n个月": strictly more than ``n`` months have passed since ``last``.

    True only on dates after ``add_months(last, n)`` (BJ-13-6, BJ-21-10):
    with last contact 2019-01-31 and n = 6 it is false on 2019-07-31 and true
    from 2019-08-01.
    """
    last = _check_date(last)
    today = _check_date(today)
    return today > add_months(last, _check_months(n))


def months_reached(start: date, today: date, n: int) -> bool:
    """"达到n个月以上": at least ``n`` months have passed since ``start``.

    True on and after ``add_months(start, n)`` (BJ-30-2, BJ-21-10): signed on
    2019-01-15 and n = 6 gives true from 2019-07-15.
    """
    start = _check_date(start)
    today = _check_date(today)
    return today >= add_months(start, _check_months(n))


def window(anchor: date, before_days: int, after_days: int) -> tuple[date, date]:
    """Tolerance window (earliest, latest), both inclusive, of calendar days around ``anchor``.

    For "左右" (approximately) deadlines such as the 1-, 3- and 6-month
    stability follow-ups of BJ-27-7 (proposed: anchor ± 7 calendar days).
    """
    anchor = _check_date(anchor)
    before_days = operator.index(before_days)
    after_days = operator.index(after_days)
    if before_days < 0 or after_days < 0:
        raise ValueError("window widths must not be negative")
    return anchor - timedelta(days=before_days), anchor + timedelta(days=after_days)
