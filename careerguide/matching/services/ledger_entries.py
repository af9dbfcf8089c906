"""The matching entries in the two ledgers: the person's (section 3, BJ-17-2) and the employer's (BJ-50-1)."""
from __future__ import annotations

import datetime as dt

from careerguide.common.services import policy_number, today
from careerguide.ledgers.services import ledger_entry_add
from careerguide.workdays.calendar import CalendarYearNotLoaded
from careerguide.workdays.selectors import work_calendar

CONSENT_TO_LEDGER_CHANNEL = {"in_person": "front_desk", "phone": "phone", "online": "online", "written": "front_desk"}


def _late_args(unit, occurred_on: dt.date, now):
    calendar = work_calendar()
    try:
        calendar.workdays_between(occurred_on, today(now))
    except CalendarYearNotLoaded:
        return {}
    return {"calendar": calendar,
            "late_after_workdays": policy_number("bj.ledger_entry_lag_workdays", unit=unit, on=occurred_on)}


def personal_ledger_add(*, actor, job_seeker, unit, service_type: str, occurred_on: dt.date, summary: str,
                        content: dict, outcome: str = "", channel: str = "front_desk", clause: str, now=None):
    """An entry in section 3 of the personal service ledger, “匹配推荐和求职成功情况” (BJ-17-2)."""
    return ledger_entry_add(actor=actor, ledger="personal", subject=job_seeker, unit=unit, section="matching",
                            service_type=service_type, occurred_on=occurred_on, summary=summary[:300],
                            content=content, outcome=outcome[:300], channel=channel, clause=clause, now=now,
                            **_late_args(unit, occurred_on, now))


def employer_ledger_add(*, actor, employer, unit, section: str, service_type: str, occurred_on: dt.date, summary: str,
                        content: dict, outcome: str = "", clause: str, now=None):
    """An entry in the employer service ledger (BJ-50-1): matching as guidance, results as fulfilment."""
    return ledger_entry_add(actor=actor, ledger="employer", subject=employer, unit=unit, section=section,
                            service_type=service_type, occurred_on=occurred_on, summary=summary[:300],
                            content=content, outcome=outcome[:300], clause=clause, now=now,
                            **_late_args(unit, occurred_on, now))
