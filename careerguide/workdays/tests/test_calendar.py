"""Tests for the pure working-day calendar (no database, no Django).

The package-backed tests need chinesecalendar==1.11.0 (data for 2004-2026).
"""

from __future__ import annotations

import functools
import pickle
from datetime import date, datetime, timedelta

import chinese_calendar
import pytest

from careerguide.common.months import add_months, window
from careerguide.workdays.calendar import (
    CalendarYearNotLoaded,
    WorkCalendar,
    chinese_calendar_years,
    from_chinese_calendar,
    year_entries_from_chinese_calendar,
)

D = date


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    """Calendar with every year the installed package knows."""
    return from_chinese_calendar(chinese_calendar_years())


# ---------------------------------------------------------------------------
# is_workday
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        # 2018 National Day: 29-30 Sep make-up working days, 1-7 Oct off.
        (D(2018, 9, 28), True),
        (D(2018, 9, 29), True),
        (D(2018, 9, 30), True),
        (D(2018, 10, 1), False),
        (D(2018, 10, 5), False),
        (D(2018, 10, 7), False),
        (D(2018, 10, 8), True),
        # 2025 Spring Festival: 26 Jan and 8 Feb worked, 28 Jan-4 Feb off.
        (D(2025, 1, 25), False),
        (D(2025, 1, 26), True),
        (D(2025, 1, 27), True),
        (D(2025, 1, 28), False),
        (D(2025, 2, 3), False),
        (D(2025, 2, 4), False),
        (D(2025, 2, 5), True),
        (D(2025, 2, 8), True),
        (D(2025, 2, 9), False),
        # 2025 National Day and Mid-autumn: 28 Sep and 11 Oct worked, 1-8 Oct off.
        (D(2025, 9, 27), False),
        (D(2025, 9, 28), True),
        (D(2025, 10, 1), False),
        (D(2025, 10, 8), False),
        (D(2025, 10, 9), True),
        (D(2025, 10, 11), True),
        (D(2025, 10, 12), False),
        # 2026 New Year: 1-3 Jan off, Sun 4 Jan worked.
        (D(2025, 12, 31), True),
        (D(2026, 1, 1), False),
        (D(2026, 1, 2), False),
        (D(2026, 1, 4), True),
        # 2026 Spring Festival: Sat 14 Feb and Sat 28 Feb worked, 15-23 Feb off.
        (D(2026, 2, 13), True),
        (D(2026, 2, 14), True),
        (D(2026, 2, 15), False),
        (D(2026, 2, 16), False),
        (D(2026, 2, 20), False),
        (D(2026, 2, 23), False),
        (D(2026, 2, 24), True),
        (D(2026, 2, 28), True),
        (D(2026, 3, 1), False),
        # 2026 National Day: Sun 20 Sep and Sat 10 Oct worked, 1-7 Oct off.
        (D(2026, 9, 20), True),
        (D(2026, 9, 30), True),
        (D(2026, 10, 1), False),
        (D(2026, 10, 5), False),
        (D(2026, 10, 7), False),
        (D(2026, 10, 8), True),
        (D(2026, 10, 10), True),
        (D(2026, 10, 11), False),
        # Ordinary weeks: plain weekday / weekend.
        (D(2026, 3, 6), True),
        (D(2026, 3, 7), False),
        (D(2026, 3, 8), False),
        (D(2026, 3, 9), True),
    ],
)
def test_is_workday_official_calendar(cal, day, expected):
    """BJ-21-8, CZ-7-7, CQ-7.1.2-2: statutory holidays are not working days,
    make-up working weekends are, otherwise Monday to Friday."""
    assert cal.is_workday(day) is expected


# ---------------------------------------------------------------------------
# add_workdays: worked examples of the catalogue
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (D(2018, 9, 28), 1, D(2018, 9, 29)),
        (D(2018, 9, 28), 2, D(2018, 9, 30)),
        (D(2018, 9, 28), 3, D(2018, 10, 8)),
        (D(2018, 9, 28), 10, D(2018, 10, 17)),
    ],
)
def test_bj_21_9_trigger_plus_ten_working_days(cal, start, n, expected):
    """BJ-21-9: trigger Fri 2018-09-28 + 10 working days = 2018-10-17 (29-30 Sep
    worked, 1-7 Oct off); the naive Monday-to-Friday answer 2018-10-12 is wrong."""
    assert cal.add_workdays(start, n) == expected
    assert cal.add_workdays(D(2018, 9, 28), 10) != D(2018, 10, 12)


@pytest.mark.parametrize(
    ("action_day", "working_days_after_trigger", "within_10"),
    [
        (D(2018, 9, 28), 0, True),  # the trigger day itself complies
        (D(2018, 10, 7), 2, True),
        (D(2018, 10, 12), 7, True),  # naive due date: still well inside
        (D(2018, 10, 16), 9, True),  # day before the due date
        (D(2018, 10, 17), 10, True),  # the due date
        (D(2018, 10, 18), 11, False),  # day after the due date
    ],
)
def test_bj_21_9_within_n_working_days_boundaries(cal, action_day, working_days_after_trigger, within_10):
    """BJ-21-9: "10个工作日内" is met on or before the 10th working day after the
    trigger (trigger day not counted, trigger day itself complies)."""
    trigger = D(2018, 9, 28)
    assert cal.workdays_between(trigger, action_day) == working_days_after_trigger
    assert (cal.workdays_between(trigger, action_day) <= 10) is within_10
    assert (action_day <= cal.add_workdays(trigger, 10)) is within_10


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (-1, D(2018, 9, 30)),
        (-2, D(2018, 9, 29)),
        (-3, D(2018, 9, 28)),
        (-4, D(2018, 9, 27)),
    ],
)
def test_bj_43_2_fair_pre_publication_days(cal, n, expected):
    """BJ-43-2: fair on Mon 2018-10-08; D-1 = 2018-09-30, D-2 = 2018-09-29
    (make-up working days), D-3 = 2018-09-28 (not the naive 2018-10-03)."""
    fair = D(2018, 10, 8)
    assert cal.add_workdays(fair, n) == expected
    assert cal.add_workdays(fair, -3) != D(2018, 10, 3)


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, D(2025, 9, 28)),
        (2, D(2025, 9, 29)),
        (3, D(2025, 9, 30)),
        (4, D(2025, 10, 9)),
        (5, D(2025, 10, 10)),
    ],
)
def test_cz_7_8_notice_period_over_national_day(cal, n, expected):
    """CZ-7-8: published Fri 2025-09-26, counted days 09-28 (make-up), 09-29,
    09-30, 10-09, 10-10; the 5-working-day notice ends 2025-10-10."""
    assert cal.add_workdays(D(2025, 9, 26), n) == expected
    assert cal.add_workdays(D(2025, 9, 26), 5) != D(2025, 10, 3)


@pytest.mark.parametrize(
    ("day", "counted", "still_in_notice"),
    [
        (D(2025, 9, 26), 0, True),
        (D(2025, 10, 3), 3, True),  # naive end date, a holiday
        (D(2025, 10, 9), 4, True),  # day before the end
        (D(2025, 10, 10), 5, True),  # last day of the notice
        (D(2025, 10, 11), 6, False),  # day after (a make-up Saturday)
    ],
)
def test_cz_7_8_notice_period_boundaries(cal, day, counted, still_in_notice):
    """CZ-7-8: the publication day does not count and the notice runs to the end
    of the 5th working day after it."""
    published = D(2025, 9, 26)
    assert cal.workdays_between(published, day) == counted
    assert (day <= cal.add_workdays(published, 5)) is still_in_notice


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, D(2025, 1, 24)),
        (2, D(2025, 1, 26)),
        (3, D(2025, 1, 27)),
        (4, D(2025, 2, 5)),
        (5, D(2025, 2, 6)),
    ],
)
def test_hn_6_14_notice_period_over_spring_festival(cal, n, expected):
    """HN-6-14: published Thu 2025-01-23, counted days 01-24, 01-26 (make-up),
    01-27, 02-05, 02-06; the notice ends 2025-02-06."""
    assert cal.add_workdays(D(2025, 1, 23), n) == expected


@pytest.mark.parametrize(
    ("session", "deadline"),
    [
        (D(2025, 3, 12), D(2025, 3, 10)),  # Wednesday -> Monday
        (D(2025, 3, 10), D(2025, 3, 6)),  # Monday -> previous Thursday
        (D(2026, 3, 11), D(2026, 3, 9)),  # Wednesday -> Monday
        (D(2026, 3, 9), D(2026, 3, 5)),  # Monday -> previous Thursday
        (D(2026, 3, 13), D(2026, 3, 11)),  # Friday -> Wednesday
    ],
)
def test_cq_7_1_2_1_two_working_days_ahead(cal, session, deadline):
    """CQ-7.1.2-1: materials deadline = session date minus 2 working days; a
    Wednesday session has a Monday deadline, a Monday session the previous
    Thursday, in weeks without holidays."""
    assert cal.add_workdays(session, -2) == deadline


def test_cq_7_1_2_1_deadline_before_a_holiday_week(cal):
    """CQ-7.1.2-1, CQ-7.1.2-2: for a Thu 2026-10-08 session, 2 working days ahead
    skips the National Day holiday and gives Tue 2026-09-29 (not Tue 10-06)."""
    assert cal.add_workdays(D(2026, 10, 8), -2) == D(2026, 9, 29)


# ---------------------------------------------------------------------------
# add_workdays: holidays, make-up weekends, year ends, negative n
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        # 2026 Spring Festival (verified: Sat 02-14 worked, 02-15..23 off).
        (D(2026, 2, 12), 1, D(2026, 2, 13)),
        (D(2026, 2, 12), 2, D(2026, 2, 14)),
        (D(2026, 2, 12), 3, D(2026, 2, 24)),
        (D(2026, 2, 12), 5, D(2026, 2, 26)),
        (D(2026, 2, 13), 1, D(2026, 2, 14)),
        (D(2026, 2, 14), 1, D(2026, 2, 24)),
        (D(2026, 2, 15), 1, D(2026, 2, 24)),  # start on a holiday
        (D(2026, 2, 23), 1, D(2026, 2, 24)),
        (D(2026, 2, 24), -1, D(2026, 2, 14)),
        (D(2026, 2, 20), -1, D(2026, 2, 14)),  # start on a holiday, backwards
        (D(2026, 2, 26), -5, D(2026, 2, 12)),
        (D(2026, 2, 27), 1, D(2026, 2, 28)),  # Sat 02-28 worked
        (D(2026, 2, 15), 0, D(2026, 2, 15)),  # n = 0 returns start, even a holiday
        # 2026 National Day (verified: 10-01..07 off, Sat 10-10 worked).
        (D(2026, 9, 30), 1, D(2026, 10, 8)),
        (D(2026, 10, 3), 1, D(2026, 10, 8)),
        (D(2026, 10, 8), -1, D(2026, 9, 30)),
        (D(2026, 10, 9), 1, D(2026, 10, 10)),
        (D(2026, 10, 12), -1, D(2026, 10, 10)),
        (D(2026, 10, 3), -1, D(2026, 9, 30)),
        # 2025 Spring Festival and National Day.
        (D(2025, 1, 24), 1, D(2025, 1, 26)),
        (D(2025, 1, 27), 1, D(2025, 2, 5)),
        (D(2025, 2, 5), -1, D(2025, 1, 27)),
        (D(2025, 2, 7), 1, D(2025, 2, 8)),
        (D(2025, 9, 30), 1, D(2025, 10, 9)),
        (D(2025, 10, 10), 1, D(2025, 10, 11)),
        (D(2025, 10, 13), -2, D(2025, 10, 10)),
        # Across the year end: 2026-01-01..03 off, Sun 2026-01-04 worked.
        (D(2025, 12, 31), 1, D(2026, 1, 4)),
        (D(2025, 12, 30), 2, D(2026, 1, 4)),
        (D(2026, 1, 4), -1, D(2025, 12, 31)),
        (D(2026, 1, 5), -3, D(2025, 12, 30)),
        (D(2025, 12, 31), 10, D(2026, 1, 15)),
        (D(2026, 1, 15), -10, D(2025, 12, 31)),
        # Large spans over several years.
        (D(2024, 1, 1), 500, D(2026, 1, 4)),
        (D(2026, 1, 4), -500, D(2023, 12, 29)),  # 2024-01-01 is a holiday
    ],
)
def test_add_workdays_holidays_and_makeup_weekends(cal, start, n, expected):
    """BJ-21-8, BJ-21-9: working days are counted on the official calendar with
    make-up weekends; the start day is not counted; negative n counts backwards."""
    assert cal.add_workdays(start, n) == expected


def test_add_workdays_round_trip_and_helpers(cal):
    """BJ-21-9: next/previous working day helpers agree with add_workdays."""
    assert cal.next_workday(D(2026, 2, 14)) == D(2026, 2, 24)
    assert cal.previous_workday(D(2026, 2, 24)) == D(2026, 2, 14)
    assert cal.workday_on_or_after(D(2026, 10, 1)) == D(2026, 10, 8)
    assert cal.workday_on_or_after(D(2026, 10, 10)) == D(2026, 10, 10)


def test_ten_working_day_check_precedes_first_stability_window(cal):
    """BJ-21-9, BJ-27-7: a job start on 2018-02-14 (eve of Spring Festival) has
    its 10-working-day check due 2018-03-06, before the 1-month window
    2018-03-07..2018-03-21 opens (BJ Open question 13 example)."""
    start = D(2018, 2, 14)
    due = cal.add_workdays(start, 10)
    earliest, latest = window(add_months(start, 1), 7, 7)
    assert due == D(2018, 3, 6)
    assert (earliest, latest) == (D(2018, 3, 7), D(2018, 3, 21))
    assert due < earliest


# ---------------------------------------------------------------------------
# Cross-check against the package, day by day
# ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def _package_is_workday(d: date) -> bool:
    return chinese_calendar.is_workday(d)


def _brute_add(start: date, n: int) -> date:
    step = timedelta(days=1 if n > 0 else -1)
    d, left = start, abs(n)
    while left:
        d += step
        if _package_is_workday(d):
            left -= 1
    return d


def _brute_between(a: date, b: date) -> int:
    if b < a:
        return -_brute_between(b, a)
    return sum(
        _package_is_workday(a + timedelta(days=i)) for i in range(1, (b - a).days + 1)
    )


@pytest.mark.parametrize("year", [2018, 2025, 2026])
def test_add_workdays_matches_day_by_day_count(cal, year):
    """BJ-21-8, BJ-21-9: the fast tables agree with a day-by-day count on the
    package's own is_workday for every start day of the year and n in -12..12."""
    d = D(year, 1, 1) if year > 2018 else D(year, 1, 20)
    end = D(year, 12, 31) if year < 2026 else D(year, 12, 10)
    while d <= end:
        assert cal.is_workday(d) is chinese_calendar.is_workday(d), d
        for n in range(-12, 13):
            assert cal.add_workdays(d, n) == _brute_add(d, n), (d, n)
        d += timedelta(days=1)


@pytest.mark.parametrize(("start", "n"), [(D(2024, 1, 1), 500), (D(2026, 1, 4), -500), (D(2004, 1, 1), 5000)])
def test_long_spans_match_day_by_day_count(cal, start, n):
    """BJ-21-9: multi-year counts agree with a day-by-day count on the package."""
    assert cal.add_workdays(start, n) == _brute_add(start, n)
    assert cal.workdays_between(start, _brute_add(start, n)) == n


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (D(2025, 9, 26), D(2025, 10, 10)),
        (D(2025, 10, 10), D(2025, 9, 26)),
        (D(2025, 12, 31), D(2026, 1, 4)),
        (D(2024, 6, 15), D(2026, 2, 24)),
        (D(2026, 2, 24), D(2024, 6, 15)),
        (D(2026, 2, 14), D(2026, 2, 14)),
        (D(2026, 2, 14), D(2026, 2, 15)),
    ],
)
def test_workdays_between_matches_day_by_day_count(cal, a, b):
    """BJ-21-9: working days d with a < d <= b, negative when b < a."""
    assert cal.workdays_between(a, b) == _brute_between(a, b)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (D(2026, 2, 12), D(2026, 2, 26), 5),
        (D(2026, 2, 26), D(2026, 2, 12), -5),
        (D(2026, 2, 14), D(2026, 2, 23), 0),
        (D(2026, 2, 13), D(2026, 2, 14), 1),
        (D(2025, 12, 31), D(2026, 1, 4), 1),
        (D(2026, 10, 7), D(2026, 10, 7), 0),
    ],
)
def test_workdays_between_exact(cal, a, b, expected):
    """BJ-21-8, BJ-21-9: exact counts across the 2026 Spring Festival and year end."""
    assert cal.workdays_between(a, b) == expected


# ---------------------------------------------------------------------------
# Unloaded years
# ---------------------------------------------------------------------------


def _cal_2026_only() -> WorkCalendar:
    years = {2026}
    return WorkCalendar(
        loaded_years=frozenset(years),
        holidays=frozenset(d for d in chinese_calendar.holidays if d.year in years),
        makeup_workdays=frozenset(d for d in chinese_calendar.workdays if d.year in years),
    )


@pytest.mark.parametrize(
    ("call", "missing_year"),
    [
        (lambda c: c.add_workdays(D(2026, 12, 30), 5), 2027),
        (lambda c: c.add_workdays(D(2026, 12, 31), 1), 2027),
        (lambda c: c.add_workdays(D(2026, 1, 5), -5), 2025),
        (lambda c: c.add_workdays(D(2025, 12, 31), 1), 2025),
        (lambda c: c.add_workdays(D(2025, 12, 31), 0), 2025),
        (lambda c: c.is_workday(D(2027, 1, 4)), 2027),
        (lambda c: c.is_workday(D(2025, 12, 31)), 2025),
        (lambda c: c.workdays_between(D(2025, 12, 31), D(2026, 1, 5)), 2025),
        (lambda c: c.workdays_between(D(2026, 12, 1), D(2027, 1, 5)), 2027),
        (lambda c: c.next_workday(D(2026, 12, 31)), 2027),
        (lambda c: c.previous_workday(D(2026, 1, 4)), 2025),
    ],
)
def test_unloaded_year_raises(call, missing_year):
    """CZ-7-9: a computation that reaches into a year whose calendar has not been
    entered is refused; there is no Monday-to-Friday fallback."""
    c = _cal_2026_only()
    with pytest.raises(CalendarYearNotLoaded) as excinfo:
        call(c)
    assert excinfo.value.year == missing_year
    assert str(missing_year) in str(excinfo.value)


def test_unloaded_year_only_raises_when_reached():
    """CZ-7-9: counts that stay inside the loaded year still work."""
    c = _cal_2026_only()
    assert c.add_workdays(D(2026, 12, 24), 5) == D(2026, 12, 31)
    assert c.add_workdays(D(2026, 1, 9), -5) == D(2026, 1, 4)
    assert c.workdays_between(D(2026, 1, 1), D(2026, 1, 5)) == 2


@pytest.mark.parametrize(
    ("call", "missing_year"),
    [
        (lambda c: c.add_workdays(D(2024, 12, 30), 5), 2025),
        (lambda c: c.add_workdays(D(2026, 1, 5), -10), 2025),
        (lambda c: c.workdays_between(D(2024, 12, 1), D(2026, 1, 10)), 2025),
        (lambda c: c.add_workdays(D(2024, 6, 3), 400), 2025),
    ],
)
def test_gap_year_in_package_calendar_raises(call, missing_year):
    """CZ-7-9: a calendar loaded for 2024 and 2026 but not 2025 refuses any count
    crossing 2025."""
    c = from_chinese_calendar([2024, 2026])
    assert c.add_workdays(D(2024, 12, 2), 5) == D(2024, 12, 9)
    with pytest.raises(CalendarYearNotLoaded) as excinfo:
        call(c)
    assert excinfo.value.year == missing_year


def test_package_calendar_stops_at_2027(cal):
    """CZ-7-9: with chinesecalendar 1.11.0 the last known year is 2026, so
    counting into 2027 raises instead of guessing Monday to Friday."""
    assert 2026 in chinese_calendar_years()
    assert 2027 not in chinese_calendar_years()
    assert cal.add_workdays(D(2026, 12, 30), 1) == D(2026, 12, 31)
    with pytest.raises(CalendarYearNotLoaded) as excinfo:
        cal.add_workdays(D(2026, 12, 31), 1)
    assert excinfo.value.year == 2027
    with pytest.raises(CalendarYearNotLoaded):
        cal.is_workday(D(2027, 3, 1))
    with pytest.raises(CalendarYearNotLoaded) as excinfo:
        from_chinese_calendar([2026, 2027])
    assert excinfo.value.year == 2027
    with pytest.raises(CalendarYearNotLoaded):
        year_entries_from_chinese_calendar(2027)


def test_calendar_year_not_loaded_pickles():
    """The exception keeps its year through pickling (for task queues)."""
    err = pickle.loads(pickle.dumps(CalendarYearNotLoaded(2027)))
    assert err.year == 2027
    assert "2027" in str(err)


# ---------------------------------------------------------------------------
# Package adapter
# ---------------------------------------------------------------------------


def test_chinese_calendar_years_detected():
    """The detected range is contiguous and matches chinesecalendar 1.11.0."""
    years = chinese_calendar_years()
    assert years == range(2004, 2027)


@pytest.mark.parametrize(
    ("day", "kind", "name"),
    [
        (D(2026, 1, 1), "holiday", "new_years_day"),
        (D(2026, 1, 4), "makeup_workday", "new_years_day"),
        (D(2026, 2, 14), "makeup_workday", "spring_festival"),
        (D(2026, 2, 15), "holiday", "spring_festival"),
        (D(2026, 2, 23), "holiday", "spring_festival"),
        (D(2026, 4, 4), "holiday", "tomb_sweeping_day"),
        (D(2026, 5, 9), "makeup_workday", "labour_day"),
        (D(2026, 6, 19), "holiday", "dragon_boat_festival"),
        (D(2026, 9, 25), "holiday", "mid_autumn_festival"),
        (D(2026, 10, 1), "holiday", "national_day"),
        (D(2026, 10, 10), "makeup_workday", "national_day"),
    ],
)
def test_year_entries_2026(day, kind, name):
    """BJ-21-8, CZ-7-9: seeding rows for 2026 carry date, kind and festival code name."""
    rows = year_entries_from_chinese_calendar(2026)
    assert (day, kind, name) in rows


def test_year_entries_shape():
    """CZ-7-9: rows are sorted, unique per date, inside the year, and make-up
    working days are all weekend days."""
    rows = year_entries_from_chinese_calendar(2026)
    assert rows == sorted(rows)
    assert len({d for d, _, _ in rows}) == len(rows)
    assert all(d.year == 2026 for d, _, _ in rows)
    assert {kind for _, kind, _ in rows} == {"holiday", "makeup_workday"}
    makeup = [d for d, kind, _ in rows if kind == "makeup_workday"]
    assert makeup == [
        D(2026, 1, 4),
        D(2026, 2, 14),
        D(2026, 2, 28),
        D(2026, 5, 9),
        D(2026, 9, 20),
        D(2026, 10, 10),
    ]
    assert all(d.weekday() >= 5 for d in makeup)
    assert (D(2015, 9, 3), "holiday", "anti_fascist_70th_day") in year_entries_from_chinese_calendar(2015)
    # A make-up day that belongs to next year's notice is filed under its own date's year.
    assert (D(2018, 12, 29), "makeup_workday", "new_years_day") in year_entries_from_chinese_calendar(2018)


def test_calendar_from_rows_equals_package_calendar():
    """BJ-21-8: a calendar rebuilt from the seeding rows (as the database will
    hold them) equals the package-built calendar."""
    years = [2025, 2026]
    rows = [row for y in years for row in year_entries_from_chinese_calendar(y)]
    rebuilt = WorkCalendar(
        loaded_years=frozenset(years),
        holidays=frozenset(d for d, kind, _ in rows if kind == "holiday"),
        makeup_workdays=frozenset(d for d, kind, _ in rows if kind == "makeup_workday"),
    )
    assert rebuilt == from_chinese_calendar(years)
    assert rebuilt.add_workdays(D(2025, 9, 26), 5) == D(2025, 10, 10)


# ---------------------------------------------------------------------------
# Construction and argument validation (hand-built calendars, no package data)
# ---------------------------------------------------------------------------


def test_hand_built_calendar_semantics():
    """BJ-21-8: a weekday holiday is skipped, a make-up Saturday counts, an
    ordinary Saturday does not (synthetic data)."""
    c = WorkCalendar(
        loaded_years={2030},
        holidays={D(2030, 3, 4)},  # Monday
        makeup_workdays={D(2030, 3, 9)},  # Saturday
    )
    assert isinstance(c.loaded_years, frozenset)
    assert isinstance(c.holidays, frozenset)
    assert not c.is_workday(D(2030, 3, 4))
    assert c.is_workday(D(2030, 3, 9))
    assert not c.is_workday(D(2030, 3, 2))
    assert c.add_workdays(D(2030, 3, 1), 1) == D(2030, 3, 5)
    assert c.add_workdays(D(2030, 3, 8), 1) == D(2030, 3, 9)
    assert c.add_workdays(D(2030, 3, 11), -1) == D(2030, 3, 9)
    assert c.workdays_between(D(2030, 3, 1), D(2030, 3, 11)) == 6
    assert hash(c) == hash(WorkCalendar(frozenset({2030}), frozenset({D(2030, 3, 4)}), frozenset({D(2030, 3, 9)})))


def test_construction_rejects_inconsistent_data():
    """Overlapping holiday/make-up dates and entries outside the loaded years are refused."""
    with pytest.raises(ValueError, match="both"):
        WorkCalendar(frozenset({2030}), frozenset({D(2030, 3, 9)}), frozenset({D(2030, 3, 9)}))
    with pytest.raises(ValueError, match="outside"):
        WorkCalendar(frozenset({2030}), frozenset({D(2031, 1, 1)}), frozenset())


def test_datetime_arguments_rejected(cal):
    """BJ-11-4: converting an instant to a day is the caller's job (Asia/Shanghai)."""
    with pytest.raises(TypeError):
        cal.add_workdays(datetime(2026, 2, 12, 9, 0), 5)
    with pytest.raises(TypeError):
        cal.is_workday(datetime(2026, 2, 12, 9, 0))
    with pytest.raises(TypeError):
        cal.workdays_between(D(2026, 2, 12), "2026-02-26")
