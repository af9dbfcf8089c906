"""The employer service ledger (BJ-36-1, BJ-46-1, BJ-50-*): opening it and adding one entry."""
from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from careerguide.common.services import audit, policy_number
from careerguide.ledgers.services import ledger_entry_add
from careerguide.workdays.selectors import work_calendar

from ..models import Employer

LEDGER = "employer"


def ledger_add(*, actor, employer, unit, section: str, service_type: str, occurred_on: dt.date, summary: str,
               content=None, outcome: str = "", channel: str = "front_desk", clause: str = "BJ-50-1",
               initiated_by: str = "agency", now=None):
    """One entry in the employer service ledger (BJ-50-1), flagged when recorded late (BJ-17-1 lag)."""
    lag = policy_number("bj.ledger_entry_lag_workdays", unit=unit, on=occurred_on)
    return ledger_entry_add(actor=actor, ledger=LEDGER, subject=employer, unit=unit, section=section,
                            service_type=service_type, occurred_on=occurred_on, summary=summary, content=content,
                            outcome=outcome, channel=channel, clause=clause, initiated_by=initiated_by,
                            calendar=work_calendar(), late_after_workdays=lag, now=now)


def ledger_open(*, actor, employer: Employer, unit, on: dt.date, clause: str, now=None) -> bool:
    """Open the employer service ledger once (BJ-36-1, BJ-46-1) with the basic information (BJ-50-2 (1))."""
    if employer.ledger_opened_on is not None:
        return False
    employer.ledger_opened_on = on
    employer.save(update_fields=["ledger_opened_on", "updated_at"])
    audit(actor=actor, obj=employer, unit=unit, action="ledger_open", clause=clause, now=now,
          after={"ledger_opened_on": on})
    ledger_add(actor=actor, employer=employer, unit=unit, section="basic_info", service_type="ledger_open",
               occurred_on=on, clause=clause, now=now,
               summary=_("建立用人单位服务台账：%(name)s，统一社会信用代码%(code)s") % {"name": employer.name,
                                                                                 "code": employer.credit_code},
               content={"name": employer.name, "credit_code": employer.credit_code, "address": employer.address,
                        "industry_code": employer.industry_code, "licence_type": employer.licence_type,
                        "licence_number": employer.licence_number,
                        "licence_valid_until": str(employer.licence_valid_until or "")})
    return True
