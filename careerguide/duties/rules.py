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


MIN_ON_TIME_PERCENT, MAX_OVERDUE = "min_on_time_percent", "max_overdue"
MIN_SATISFIED_PERCENT = "min_satisfied_percent"
MAX_FAILED_AGENCIES = "max_failed_agencies"
MAX_QUALITY_EXCEPTIONS = "max_quality_exceptions"
PERCENT_METRICS = (MIN_ON_TIME_PERCENT, MIN_SATISFIED_PERCENT)
# measured outside the duties: no kind applies
ANY_KIND_METRICS = (MIN_SATISFIED_PERCENT, MAX_FAILED_AGENCIES, MAX_QUALITY_EXCEPTIONS)


def indicator_breached(*, metric: str, threshold: int, overdue: int, on_time: int, late: int, satisfied: int = 0,
                       answered: int = 0, failed: int = 0, exceptions: int = 0) -> tuple[bool, float | None]:
    """An early-warning indicator on one row's counts (BJ-58-1, BJ-58-2): whether it raises an alert, and the
    measured value (the on-time or satisfied rate in percent, the overdue count, the number of agencies whose
    latest performance evaluation is 不合格, or the open information-quality exceptions).  A rate with nothing to
    count (no duties due, no survey answered) raises nothing."""
    if metric == MAX_FAILED_AGENCIES:
        return failed > threshold, failed
    if metric == MAX_QUALITY_EXCEPTIONS:
        return exceptions > threshold, exceptions
    if metric == MIN_SATISFIED_PERCENT:
        if answered == 0:
            return False, None
        rate = satisfied / answered
        return rate * 100 < threshold, round(rate * 100, 1)
    if metric == MIN_ON_TIME_PERCENT:
        rate = on_time_rate(on_time, late)
        if rate is None:
            return False, None
        return rate * 100 < threshold, round(rate * 100, 1)
    if metric == MAX_OVERDUE:
        return overdue > threshold, overdue
    raise ValueError(f"unknown indicator metric {metric!r}")
