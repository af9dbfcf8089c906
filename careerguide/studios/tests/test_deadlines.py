"""Due dates over the statutory calendar: notice period, plan, lead-master absence, rectification, term."""
import datetime as dt

import pytest

from careerguide.studios import deadlines
from careerguide.workdays.calendar import CalendarYearNotLoaded, WorkCalendar
from careerguide.workdays.selectors import work_calendar

D = dt.date


@pytest.mark.django_db
def test_notice_period_worked_example():
    """HN-6-14: published Thu 2025-01-23 → counted 01-24, 01-26 (make-up day), 01-27, 02-05, 02-06 → ends 02-06 24:00."""
    end = deadlines.notice_period_end(work_calendar(), D(2025, 1, 23), 5)
    assert end == D(2025, 2, 6)
    assert deadlines.notice_running(end, D(2025, 2, 6))
    assert not deadlines.notice_running(end, D(2025, 2, 7))
    assert not deadlines.objection_is_late(end, D(2025, 2, 6))
    assert deadlines.objection_is_late(end, D(2025, 2, 7))


def test_notice_period_refuses_unloaded_year():
    """HN-6-15: no period is computed into a year whose calendar has not been entered."""
    calendar = WorkCalendar(loaded_years=frozenset({2025}), holidays=frozenset(), makeup_workdays=frozenset())
    with pytest.raises(CalendarYearNotLoaded):
        deadlines.notice_period_end(calendar, D(2025, 12, 30), 5)


def test_master_absence_clock():
    """HN-11-9, HN-11-10: last working day 2024-03-14 → absent from 2024-03-15 → flag on 2025-03-15."""
    start = deadlines.master_absence_start(D(2024, 3, 14))
    assert start == D(2024, 3, 15)
    assert deadlines.continuation_decision_opens(start, 1) == D(2025, 3, 15)


def test_plan_rectification_and_term():
    """HN-11-5 (30 days), HN-11-14 (3 months), HN-11-4 (2-year term)."""
    assert deadlines.work_plan_due(D(2025, 2, 10), 30) == D(2025, 3, 12)
    assert deadlines.rectification_deadline(D(2025, 11, 30), 3) == D(2026, 2, 28)
    assert deadlines.term_end(D(2025, 2, 10), 1, 2) == D(2027, 2, 9)
    assert deadlines.term_end(D(2025, 2, 10), 2, 2) == D(2029, 2, 9)
