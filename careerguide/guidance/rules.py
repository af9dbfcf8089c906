"""Pure rules of guidance bookings."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Waiting:
    """A booking waiting for a time: its key, the day it was made, and whether the person is an
    employment-assistance target (就业援助对象) owed priority service."""
    pk: int
    requested_on: dt.date
    priority: bool


def slot_allocation(waiting: Iterable[Waiting], slots: Iterable[dt.datetime]) -> dict[int, dt.datetime]:
    """CQ-7.1.11-1: free slots go to waiting bookings in the order they were made, except that a priority booking
    is offered the earliest free slot ahead of ordinary bookings made the same day or later; the earliest slot goes
    first. Bookings beyond the slots get none (they keep waiting). Ties are broken by the booking's key."""
    free = sorted(set(slots))
    ordered = sorted(waiting, key=lambda w: (w.requested_on, not w.priority, w.pk))
    return {w.pk: slot for w, slot in zip(ordered, free)}
