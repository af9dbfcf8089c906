"""Pure rules of exit, the permanent bar and long-term unreachability (CZ art. 9); no Django import."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

GROUNDS = (1, 2, 3, 4, 5, 6, 7)  # G1 … G7 of art. 9
OWN_REQUEST = 5
HEALTH = 6
EVIDENCE_GROUNDS = frozenset({2, 3})  # CZ-9-2
EXPERT, CITY = "expert", "city_hrss"


def is_voluntary(ground: int, initiated_by: str) -> bool:
    """CZ-9-3, CZ-9-6: G5 is always voluntary; G6 is voluntary when the expert asks to leave and
    involuntary when city_hrss decides it; every other ground is involuntary."""
    if ground == OWN_REQUEST:
        return True
    return ground == HEALTH and initiated_by == EXPERT


def allowed_initiators(ground: int) -> frozenset[str]:
    """Who may start an exit on `ground`: G5 only the expert, G6 either, the others only city_hrss."""
    if ground == OWN_REQUEST:
        return frozenset({EXPERT})
    if ground == HEALTH:
        return frozenset({EXPERT, CITY})
    return frozenset({CITY})


def exit_bars(ground: int, barring_grounds: Iterable[int]) -> bool:
    """CZ-9-7: a dismissal bars for life exactly when its ground is in the configured set, whoever
    initiated it.  Term expiry is not a dismissal and never bars (CZ-9-10): it has no ground."""
    return ground in set(barring_grounds)


def evidence_missing(ground: int, evidence_count: int) -> bool:
    """CZ-9-2: a G2 or G3 decision needs attached evidence of the qualifier."""
    return ground in EVIDENCE_GROUNDS and evidence_count < 1


@dataclass(frozen=True)
class Unreachability:
    flagged: bool
    failed_attempts: int
    span_days: int
    clause: str = "CZ-9-11"


def unreachable(failed_attempts: Iterable[dt.date], last_contact: dt.date | None, *,
                min_attempts: int,
                min_days: int) -> Unreachability:
    """CZ-9-11: possibly_unreachable when, since the last successful contact or logged activity,
    there were ≥ `min_attempts` failed attempts whose first and last lie ≥ `min_days` calendar days
    apart.  Only a flag: it never dismisses anyone."""
    since = sorted(d for d in failed_attempts if last_contact is None or d > last_contact)
    span = (since[-1] - since[0]).days if since else 0
    return Unreachability(flagged=len(since) >= min_attempts and span >= min_days, failed_attempts=len(since),
                          span_days=span)
