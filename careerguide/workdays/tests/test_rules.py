"""The "load next year's calendar" warning (pure rule)."""
from datetime import date

import pytest

from careerguide.workdays.rules import NEXT_YEAR_WARNING_FROM, festival_name, next_year_warning

LOADED = {2025, 2026}


@pytest.mark.parametrize(
    ("today", "loaded", "expected"),
    [
        (date(2026, 10, 31), LOADED, None),  # the day before: no warning yet
        (date(2026, 11, 1), LOADED, 2027),  # from 1 November
        (date(2026, 12, 31), LOADED, 2027),
        (date(2026, 11, 1), LOADED | {2027}, None),  # loaded: nothing to do
        (date(2026, 1, 1), LOADED, None),
        (date(2027, 1, 4), LOADED, 2027),  # the current year itself is missing: always warn
        (date(2027, 6, 1), LOADED, 2027),
        (date(2026, 11, 15), set(), 2026),
    ],
)
def test_next_year_warning(today, loaded, expected):
    """CZ-7-9: warn city administrators before a period can reach into a year that is not loaded."""
    assert next_year_warning(today, loaded) == expected


def test_warning_start_is_a_parameter():
    assert NEXT_YEAR_WARNING_FROM == (11, 1)
    assert next_year_warning(date(2026, 10, 15), LOADED, warn_from_month=10, warn_from_day=15) == 2027
    assert next_year_warning(date(2026, 10, 14), LOADED, warn_from_month=10, warn_from_day=15) is None


def test_festival_names():
    assert festival_name("spring_festival") == "春节"
    assert festival_name("national_day") == "国庆节"
    assert festival_name("something_else") == "something_else"
