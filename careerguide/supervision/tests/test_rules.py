import datetime as dt

from careerguide.supervision.deadlines import month_end
from careerguide.supervision.rules import draw_sample, warning_interview_allowed


def test_sample_is_reproducible_from_seed_and_bounded():
    """BJ-56-6: random sample, recorded seed reproduces it."""
    ids = list(range(1, 101))
    first = draw_sample(ids, 10, seed=42)
    assert first == draw_sample(list(reversed(ids)), 10, seed=42)
    assert len(set(first)) == 10 and set(first) <= set(ids)
    assert draw_sample(ids, 10, seed=43) != first
    assert draw_sample([3, 1], 10, seed=1) == [1, 3]


def test_warning_interview_from_third_notice_not_second():
    """BJ-58-4: enabled only from the 3rd notice (含)."""
    assert not warning_interview_allowed(notice_count=2, min_notices=3, rectified=False).allowed
    assert warning_interview_allowed(notice_count=3, min_notices=3, rectified=False).allowed
    assert warning_interview_allowed(notice_count=4, min_notices=3, rectified=False).allowed
    assert not warning_interview_allowed(notice_count=5, min_notices=3, rectified=True).allowed


def test_month_end():
    assert month_end(dt.date(2028, 2, 1)) == dt.date(2028, 2, 29)
    assert month_end(dt.date(2026, 12, 1)) == dt.date(2026, 12, 31)
