"""Job-fair pre-publication deadlines over the real calendar (BJ-43-2)."""
from datetime import date

import pytest

from careerguide.vacancies.deadlines import BREACH, ON_TIME, WARNING, prepublication_compliance, prepublication_window
from careerguide.workdays.calendar import from_chinese_calendar

CALENDAR = from_chinese_calendar([2018, 2026])


def test_national_day_2018_worked_example():
    """BJ-43-2: fair on Monday 2018-10-08: D−3 = 2018-09-28, D−1 = 2018-09-30 (make-up Sunday), not 2018-10-03."""
    window = prepublication_window(date(2018, 10, 8), CALENDAR, 3)
    assert (window.due, window.last) == (date(2018, 9, 28), date(2018, 9, 30))


@pytest.mark.parametrize(("published_on", "expected"), [
    (date(2018, 9, 20), ON_TIME),   # earlier and kept live until the fair
    (date(2018, 9, 28), ON_TIME),   # D−3
    (date(2018, 9, 29), WARNING),   # D−2 (make-up Saturday)
    (date(2018, 9, 30), WARNING),   # D−1 (make-up Sunday)
    (date(2018, 10, 1), BREACH),    # the day after D−1 (holiday)
    (date(2018, 10, 8), BREACH),    # on the fair day
    (None, BREACH),
])
def test_compliance_around_national_day(published_on, expected):
    """BJ-43-2: later than D−3 is a warning, nothing live by D−1 a breach."""
    window = prepublication_window(date(2018, 10, 8), CALENDAR, 3)
    assert prepublication_compliance(window, published_on) == expected


def test_ordinary_week():
    """BJ-43-2: a Thursday fair in an ordinary week: D−3 is the Monday."""
    window = prepublication_window(date(2026, 3, 12), CALENDAR, 3)
    assert (window.due, window.last) == (date(2026, 3, 9), date(2026, 3, 11))


def test_workdays_must_be_positive():
    with pytest.raises(ValueError):
        prepublication_window(date(2026, 3, 12), CALENDAR, 0)
