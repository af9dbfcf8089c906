"""Pure due-date functions of chapter 3 over a WorkCalendar (no Django)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from careerguide.common.months import add_months, window


def within_workdays(calendar, trigger: dt.date, n: int) -> dt.date:
    """BJ-21-8, BJ-21-9: "N个工作日内" is due on the N-th working day after the trigger, which is not
    counted, on the statutory calendar (holidays off, make-up weekends on).  BJ-23-1, BJ-24-6, BJ-27-1,
    BJ-27-6, BJ-28-7 use it."""
    return calendar.add_workdays(trigger, n)


@dataclass(frozen=True)
class StabilityCheck:
    months: int
    anchor: dt.date
    earliest: dt.date
    due: dt.date


def stability_checks(job_start: dt.date, months: list[int] | tuple[int, ...], window_days: int) -> list[StabilityCheck]:
    """BJ-27-7, open question 13: anchors at job start + 1, 3, 6 calendar months (month-end rule),
    each met inside anchor ± window_days calendar days."""
    checks = []
    for m in sorted(months):
        anchor = add_months(job_start, m)
        earliest, due = window(anchor, window_days, window_days)
        checks.append(StabilityCheck(m, anchor, earliest, due))
    return checks


def welfare_months_reached_on(episode_started_on: dt.date, months: int) -> dt.date:
    """BJ-30-2: the first day on which "达到6个月以上" holds (inclusive)."""
    return add_months(episode_started_on, months)


def panel_report_due(opened_on: dt.date, months: int) -> dt.date:
    """BJ-28-6 (proposal): the next periodic report to the expert panel, one calendar month on."""
    return add_months(opened_on, months)


@dataclass(frozen=True)
class CheckpointWindow:
    checkpoint: str
    earliest: dt.date
    due: dt.date


def programme_checkpoints(calendar, starts_on: dt.date, planned_end_on: dt.date, n: int) -> list[CheckpointWindow]:
    """BJ-27-2, open question 12: initial = the first n working days of the programme (the start date counts if it
    is a working day); middle = n working days from the first working day on or after the calendar midpoint;
    final = the last n working days up to and including the planned end.  Short programmes may overlap."""
    first = calendar.workday_on_or_after(starts_on)
    midpoint = starts_on + (planned_end_on - starts_on) // 2
    middle = calendar.workday_on_or_after(midpoint)
    last = planned_end_on if calendar.is_workday(planned_end_on) else calendar.previous_workday(planned_end_on)
    last = max(last, first)
    return [CheckpointWindow("initial", first, calendar.add_workdays(first, n - 1)),
            CheckpointWindow("middle", middle, calendar.add_workdays(middle, n - 1)),
            CheckpointWindow("final", max(calendar.add_workdays(last, 1 - n), first), last)]
