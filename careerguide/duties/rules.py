"""Pure rules of the duty engine (no Django import)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DONE, LATE_DONE = "done", "late_done"


@dataclass(frozen=True)
class PendingDue:
    """A due date `workdays` working days after `start` that cannot be computed yet: the count
    reaches into a year whose statutory calendar is not loaded.  Never guessed Monday to Friday;
    computed when the year is imported."""

    start: date
    workdays: int
    year: int  # the first year that is missing

    def __str__(self) -> str:
        return f"{self.start.isoformat()}+{self.workdays}"


class TooEarly(Exception):
    """Fulfilment before the window opens does not satisfy the duty."""


def fulfilment_status(*, due_date: date, earliest: date | None, on: date) -> str:
    """`done` inside the window (earliest ≤ on ≤ due), `late_done` after it.

    "N个工作日内" is inclusive of the due date and an action on the trigger day
    complies (BJ-21-9); a window duty ("左右", BJ-27-7) is met only inside it.
    """
    if earliest is not None and on < earliest:
        raise TooEarly(on)
    return DONE if on <= due_date else LATE_DONE


def on_time_rate(on_time: int, late: int) -> float | None:
    """Share of duties met on time among those that are done or already late; None when there are none."""
    total = on_time + late
    return None if total == 0 else on_time / total
