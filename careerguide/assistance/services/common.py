"""Helpers shared by the chapter-3 services: today, policy numbers, ledger entries, duties, status moves."""
from __future__ import annotations

import datetime as dt

from django.utils import timezone

from careerguide.duties.services import DutySpec, transition
from careerguide.job_seekers.services.ledger import personal_entry_add
from careerguide.policy.selectors import policy_value
from careerguide.workdays.selectors import work_calendar

from ..deadlines import within_workdays
from ..states import CASE_TRANSITIONS


def today(now) -> dt.date:
    return timezone.localdate(now or timezone.now())


def policy(key: str, *, unit, on: dt.date):
    return policy_value(key=key, unit=unit, on=on)


def workday_spec(*, kind: str, title: str, clause: str, key: str, trigger: dt.date, unit, assignee=None, link="") -> DutySpec:
    """A duty due `key` working days after `trigger` (BJ-21-9)."""
    due = within_workdays(work_calendar(), trigger, policy(key, unit=unit, on=trigger))
    return DutySpec(kind=kind, title=title, clause=clause, due_date=due, unit=unit, assignee=assignee, link=link)


def case_move(case, *, to: str, actor, clause: str, reason: str = "", now=None, schedule=(), cancel_kinds=()):
    return transition(obj=case, to=to, actor=actor, table=CASE_TRANSITIONS, unit=case.unit, clause=clause, reason=reason,
                      milestone_field="status_changed_at", now=now, schedule=schedule, cancel_kinds=cancel_kinds)


def ledger(*, actor, case, section: str, service_type: str, occurred_on: dt.date, summary: str, clause: str,
           content: dict | None = None, outcome: str = "", now=None):
    """BJ-25-1, BJ-32-1: every assistance service goes into the personal service ledger."""
    return personal_entry_add(actor=actor, job_seeker=case.job_seeker, unit=case.unit, section=section,
                              service_type=service_type, occurred_on=occurred_on, summary=summary,
                              content={"assistance_case": case.pk, **(content or {})}, outcome=outcome,
                              clause=clause, now=now)
