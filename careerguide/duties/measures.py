"""Measures that other apps feed into the early-warning view beside the duty counts (BJ-58-1: the city's
monitoring draws on the business data, on satisfaction survey results and on performance evaluation).

An app that owns such results registers a counting function under a measure code from its `AppConfig.ready`;
the early-warning selector asks it for `{unit_id: (hits, total)}` over a period, so the duties app never imports
the app that holds the records.  A measure nobody registered counts nothing.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

SATISFACTION = "satisfaction"  # (answers satisfied, answers) per agency
FAILED_EVALUATION = "failed_evaluation"  # (1 if graded 不合格, 1) per agency, from its latest published evaluation
QUALITY_EXCEPTIONS = "quality_exceptions"  # (open information-quality exceptions of ledgers and records, 0) per agency

MeasureCounts = Callable[..., dict[int, tuple[int, int]]]
_MEASURES: dict[str, MeasureCounts] = {}


def measure_register(code: str, counts: MeasureCounts) -> None:
    """`counts(*, unit, start, end)` gives `{unit_id: (hits, total)}` for the agencies of `unit`'s subtree."""
    _MEASURES[code] = counts


def measure_counts(code: str, *, unit, start: dt.date, end: dt.date) -> dict[int, tuple[int, int]]:
    counts = _MEASURES.get(code)
    return {} if counts is None else counts(unit=unit, start=start, end=end)
