"""Pure due-date rules of job fairs over a working-day calendar (no Django import)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

ON_TIME, WARNING, BREACH = "on_time", "warning", "breach"


class Calendar(Protocol):
    def add_workdays(self, start: date, n: int) -> date: ...


@dataclass(frozen=True)
class PrepublicationWindow:
    """BJ-43-2 for a fair on ``fair_date`` (D): ``due`` is D−n (the default schedule),
    ``last`` is D−1, the last working day on which a first pre-publication still complies."""

    fair_date: date
    due: date
    last: date


def prepublication_window(fair_date: date, calendar: Calendar, workdays: int) -> PrepublicationWindow:
    """BJ-43-2: D−n and D−1, counted in working days before D (D itself not counted).

    For the fair on Monday 2018-10-08 with n = 3: D−3 = 2018-09-28 and D−1 = 2018-09-30
    (a make-up working Sunday).
    """
    if workdays < 1:
        raise ValueError("workdays must be at least 1")
    return PrepublicationWindow(fair_date=fair_date, due=calendar.add_workdays(fair_date, -workdays),
                                last=calendar.add_workdays(fair_date, -1))


def prepublication_compliance(window: PrepublicationWindow, first_published_on: date | None) -> str:
    """BJ-43-2 (Open question 20): on time up to D−n, a warning on D−(n−1) … D−1, a breach
    when nothing was pre-published by D−1 (including a first pre-publication on D or later)."""
    if first_published_on is None or first_published_on > window.last:
        return BREACH
    return ON_TIME if first_published_on <= window.due else WARNING
