"""Chapter-3 duties due a number of working days after their trigger (BJ-21-9), on the statutory calendar only."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from careerguide.common.services import policy_number, refuse_calendar
from careerguide.duties.services import DutySpec, workday_due
from careerguide.workdays.calendar import CalendarYearNotLoaded
from careerguide.workdays.selectors import work_calendar

from ..deadlines import within_workdays

T = TypeVar("T")


def on_calendar(*, compute: Callable[..., T], clause: str) -> T:
    """Run `compute(calendar)`; a year with no loaded calendar is refused, never guessed (BJ-21-8, OQ 6)."""
    try:
        return compute(work_calendar())
    except CalendarYearNotLoaded as error:
        refuse_calendar(error, clause=clause)


def workdays_after(*, trigger: dt.date, key: str, unit, clause: str) -> dt.date:
    """The date `key` working days after `trigger` (the trigger day not counted)."""
    n = policy_number(key, unit=unit, on=trigger)
    return on_calendar(compute=lambda calendar: within_workdays(calendar, trigger, n), clause=clause)


def workday_spec(*, kind: str, title: str, clause: str, key: str, trigger: dt.date, unit, assignee=None) -> DutySpec:
    """A duty due `key` working days after `trigger`; its page comes from the kind.  When the count reaches
    into a year whose calendar is not loaded, the deadline is pending until the year is imported."""
    due = workday_due(start=trigger, workdays=policy_number(key, unit=unit, on=trigger))
    return DutySpec(kind=kind, title=title, clause=clause, due_date=due, unit=unit, assignee=assignee)
