"""Pure supervision rules.  No Django import."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from .error_codes import SupervisionErrorCode

# BJ-56-6: the sample size of each record type is the policy setting `bj.spot_check_sample_size_<record type>`.
SAMPLE_SIZE_KEY = "bj.spot_check_sample_size_{}"


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: SupervisionErrorCode | None
    clause: str


def draw_sample(population_ids: list[int], size: int, seed: int) -> list[int]:
    """BJ-56-6: a reproducible random sample (same ids, size and seed → same sample), sorted for reading."""
    ids = sorted(population_ids)
    if size >= len(ids):
        return ids
    return sorted(random.Random(seed).sample(ids, size))


def warning_interview_allowed(*, notice_count: int, min_notices: int, rectified: bool) -> Decision:
    """BJ-58-4: a warning interview only after at least `min_notices` notices (含) and while not rectified."""
    if rectified:
        return Decision(False, SupervisionErrorCode.ALREADY_RECTIFIED, "BJ-58-6")
    if notice_count < min_notices:
        return Decision(False, SupervisionErrorCode.TOO_FEW_NOTICES, "BJ-58-4")
    return Decision(True, None, "BJ-58-4")


# BJ-57-1: scores 1 (very dissatisfied) to 5 (very satisfied); 3 "基本满意" and above count as satisfied, and a
# dissatisfied answer (2 or 1) owes a rectification follow-up (proposed).
SATISFIED_MIN_SCORE = 3


def is_dissatisfied(score: int) -> bool:
    return score < SATISFIED_MIN_SCORE


def satisfaction_rate(satisfied: int, answered: int) -> float | None:
    """Share of satisfied answers; None before anyone answered."""
    return None if answered == 0 else satisfied / answered


def evaluation_period(year: int, quarter: int | None = None) -> tuple[dt.date, dt.date]:
    """A calendar year, or one of its quarters, as [first day, last day] (BJ-55-1)."""
    if quarter is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if not 1 <= quarter <= 4:
        raise ValueError("quarter must be 1..4")
    start = dt.date(year, 3 * quarter - 2, 1)
    end = dt.date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1) - dt.timedelta(days=1)
    return start, end


def rate(part: int, whole: int) -> float | None:
    """A share rounded to four places; None when there is nothing to share out."""
    return None if whole == 0 else round(part / whole, 4)
