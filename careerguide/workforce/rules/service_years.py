"""Years of service from recorded periods (BJ-63-4, BJ-67-1, BJ-67-2; BJ Open question 25).

Years are cumulative and need not be continuous; they are measured as at the evaluation cut-off
date with 1 year = 12 calendar months.  Overlapping periods are counted once.
"""
from __future__ import annotations

from datetime import date, timedelta

from careerguide.common.months import add_months

from .common import Period


def _merge(ranges: list[tuple[date, date]]) -> list[tuple[date, date]]:
    merged: list[tuple[date, date]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1] + timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _whole_months(start: date, end_inclusive: date) -> tuple[int, int]:
    """Whole calendar months in [start, end_inclusive] and the leftover days."""
    months = 0
    while add_months(start, months + 1) <= end_inclusive + timedelta(days=1):
        months += 1
    rest = (end_inclusive + timedelta(days=1) - add_months(start, months)).days
    return months, rest


def service_months(periods: list[Period], *, cutoff: date, kind: str = "guidance", pes_only: bool = True,
                   front_line_only: bool = True) -> int:
    """Whole months of qualifying service up to and including ``cutoff`` (BJ-63-4).

    Each merged stretch contributes its whole calendar months; the leftover days of all stretches
    are pooled and every 31 of them counts as one more month, so a non-continuous career is not
    penalised for its breaks while a single stretch never gains a month it has not completed
    (its leftover is always shorter than the month it is in)."""
    ranges = []
    for p in periods:
        if p.kind != kind or (pes_only and not p.in_pes) or (front_line_only and not p.front_line):
            continue
        end = min(p.end or cutoff, cutoff)
        if p.start <= end:
            ranges.append((p.start, end))
    months = days = 0
    for start, end in _merge(ranges):
        m, d = _whole_months(start, end)
        months += m
        days += d
    return months + days // 31


def service_years_reached(periods: list[Period], *, cutoff: date, years: int, **filters) -> bool:
    """"N年以上": at least ``years`` × 12 months of qualifying service as at ``cutoff`` (BJ-63-2, BJ-63-3)."""
    return service_months(periods, cutoff=cutoff, **filters) >= years * 12
