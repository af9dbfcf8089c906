"""Chapter-3 duties due a number of working days after their trigger (BJ-21-9)."""
from __future__ import annotations

import datetime as dt

from careerguide.common.services import policy_number
from careerguide.duties.services import DutySpec
from careerguide.workdays.selectors import work_calendar

from ..deadlines import within_workdays


def workday_spec(*, kind: str, title: str, clause: str, key: str, trigger: dt.date, unit, assignee=None) -> DutySpec:
    """A duty due `key` working days after `trigger`; its page comes from the kind."""
    due = within_workdays(work_calendar(), trigger, policy_number(key, unit=unit, on=trigger))
    return DutySpec(kind=kind, title=title, clause=clause, due_date=due, unit=unit, assignee=assignee)
