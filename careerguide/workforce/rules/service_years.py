"""Years of service from dated periods: the one algorithm, used by every document that counts them.

Periods are clipped to the cut-off (an ongoing period runs to it), overlapping and adjacent periods
are merged and counted once, each merged stretch gives its whole calendar months (start to end + 1
day), and the leftover days of all stretches are pooled: every `days_per_month` of them make one more
month.  So a non-continuous career is not penalised for its breaks, while a single stretch never
gains a month it has not completed.  The documents differ only in the pooling:

- BJ-63-4 (BJ Open question 25): 31 days a month, 1 year = 12 calendar months (`service_months`);
- CZ-5-15 (`experts.rules.experience_months`) and HN-5-5 (`studios.rules.eligibility.service_months`):
  30 days a month.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from careerguide.common.months import add_months

from .common import Period

BJ_DAYS_PER_MONTH = 31  # BJ-63-4: pooled leftover days per month


def _merge(ranges: Iterable[tuple[date, date]]) -> list[tuple[date, date]]:
    merged: list[tuple[date, date]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1] + timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _whole_months(start: date, end_inclusive: date) -> tuple[int, int]:
    """Whole calendar months in [start, end_inclusive] and the leftover days."""
    stop = end_inclusive + timedelta(days=1)
    months = max((stop.year - start.year) * 12 + stop.month - start.month, 0)
    while months > 0 and add_months(start, months) > stop:
        months -= 1
    return months, (stop - add_months(start, months)).days


def months_of_service(intervals: Iterable[tuple[date, date | None]], *, until: date, days_per_month: int) -> int:
    """Whole months of service in `intervals` ((start, end or None) pairs) up to and including `until`."""
    clipped = []
    for start, end in intervals:
        end = until if end is None or end > until else end
        if start <= end:
            clipped.append((start, end))
    months = days = 0
    for start, end in _merge(clipped):
        m, d = _whole_months(start, end)
        months += m
        days += d
    return months + days // days_per_month


def years_reached(months: int, years: int) -> bool:
    """"N年以上" includes N: met when months ≥ 12 × N (BJ-63-2, CZ-5-14, HN-5-5)."""
    return months >= 12 * years


def service_months(periods: list[Period], *, cutoff: date, kind: str = "guidance", pes_only: bool = True,
                   front_line_only: bool = True, days_per_month: int = BJ_DAYS_PER_MONTH) -> int:
    """BJ-63-4: whole months of qualifying service (of `kind`, in public employment services, front line)."""
    return months_of_service(
        ((p.start, p.end) for p in periods
         if p.kind == kind and (p.in_pes or not pes_only) and (p.front_line or not front_line_only)),
        until=cutoff, days_per_month=days_per_month)


def service_years_reached(periods: list[Period], *, cutoff: date, years: int, **filters) -> bool:
    """"N年以上": at least ``years`` × 12 months of qualifying service as at ``cutoff`` (BJ-63-2, BJ-63-3)."""
    return years_reached(service_months(periods, cutoff=cutoff, **filters), years)
