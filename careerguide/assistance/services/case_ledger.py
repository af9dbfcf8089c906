"""The assistance case's entries in the person's service ledger (BJ-25-1, BJ-32-1)."""
from __future__ import annotations

import datetime as dt

from careerguide.job_seekers.services.ledger import personal_entry_add


def case_ledger_add(*, actor, case, section: str, service_type: str, occurred_on: dt.date, summary: str, clause: str,
                    content: dict | None = None, outcome: str = "", contact: bool = True, now=None):
    """Every assistance service goes into the personal service ledger, tagged with its case.  An entry that is not
    an exchange with the person (`contact=False`) never resets the no-contact clock (BJ-13-7)."""
    content = {"assistance_case": case.pk, **(content or {}), **({} if contact else {"contact": False})}
    return personal_entry_add(actor=actor, job_seeker=case.job_seeker, unit=case.unit, section=section,
                              service_type=service_type, occurred_on=occurred_on, summary=summary, content=content,
                              outcome=outcome, clause=clause, now=now)
