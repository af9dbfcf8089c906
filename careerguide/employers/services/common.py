"""Helpers shared by the employer services: dates, policy numbers, the employer ledger."""
from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.common.errors import DomainError
from careerguide.ledgers.services import ledger_entry_add
from careerguide.organisations.scoping import unit_in_jurisdiction
from careerguide.policy.selectors import policy_value
from careerguide.workdays.selectors import work_calendar

from ..models import EmployerAgent

LEDGER = "employer"


def today(now) -> dt.date:
    return timezone.localdate(now or timezone.now())


def policy(key: str, *, unit, on: dt.date):
    return policy_value(key=key, unit=unit, on=on)


def require_jurisdiction(actor, unit, *, clause: str = "BJ-4-5") -> None:
    if not unit_in_jurisdiction(actor, unit):
        raise DomainError(_("该用人单位不在本机构辖区内。"), clause=clause, code="forbidden")


def is_agent_of(user, employer) -> bool:
    return EmployerAgent.objects.filter(employer=employer, user=user, is_active=True).exists()


def district_of(unit):
    """The district-level agency of `unit` (itself for a district; the city stays the city)."""
    return unit.district or unit


def ledger_add(*, actor, employer, unit, section: str, service_type: str, occurred_on: dt.date, summary: str,
               content=None, outcome: str = "", channel: str = "front_desk", clause: str = "BJ-50-1",
               initiated_by: str = "agency", now=None):
    """One entry in the employer service ledger (BJ-50-1), flagged when recorded late (BJ-17-1 lag)."""
    lag = policy("bj.ledger_entry_lag_workdays", unit=unit, on=occurred_on)
    return ledger_entry_add(actor=actor, ledger=LEDGER, subject=employer, unit=unit, section=section,
                            service_type=service_type, occurred_on=occurred_on, summary=summary, content=content,
                            outcome=outcome, channel=channel, clause=clause, initiated_by=initiated_by,
                            calendar=work_calendar(),
                            late_after_workdays=lag, now=now)
