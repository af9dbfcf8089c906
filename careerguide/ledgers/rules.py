"""Pure ledger rules (no Django import)."""
from __future__ import annotations

from datetime import date
from typing import Callable


def entry_is_late(*, occurred_on: date, recorded_on: date, workdays_between: Callable[[date, date], int],
                  allowed_workdays: int) -> bool:
    """BJ-17-1: an entry recorded more than `allowed_workdays` working days after the service is late."""
    return workdays_between(occurred_on, recorded_on) > allowed_workdays
