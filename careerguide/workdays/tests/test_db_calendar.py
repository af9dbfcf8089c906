"""The calendar as the rest of the system sees it: built from the database table,
seeded from chinesecalendar, cached per process and refreshed after every change."""
import uuid
from datetime import date

import pytest

from careerguide.workdays.calendar import (
    CalendarYearNotLoaded,
    chinese_calendar_years,
    year_entries_from_chinese_calendar,
)
from careerguide.workdays.models import CalendarDay, CalendarVersion, CalendarYear
from careerguide.workdays.selectors import work_calendar
from careerguide.workdays.services import calendar_year_load, calendar_year_parse
from careerguide.workdays.tests.samples import TEST_2027_CSV

pytestmark = pytest.mark.django_db
D = date


def test_migration_seeds_every_package_year():
    """CZ-7-9: the calendar is a table per year, seeded with the years the package knows."""
    years = set(CalendarYear.objects.values_list("year", flat=True))
    assert years == set(chinese_calendar_years())
    assert set(CalendarYear.objects.values_list("source", flat=True)) == {"package"}
    for year in (2018, 2025, 2026):
        stored = list(CalendarDay.objects.filter(year__year=year).values_list("date", "kind"))
        assert stored == [(d, kind) for d, kind, _name in year_entries_from_chinese_calendar(year)]
    assert CalendarDay.objects.get(date=D(2026, 2, 17)).name == "春节"


@pytest.mark.parametrize(
    ("day", "workday"),
    [
        # 2025 Spring Festival: Sun 26 Jan worked, 28 Jan - 4 Feb off, Sat 8 Feb worked.
        (D(2025, 1, 25), False),
        (D(2025, 1, 26), True),
        (D(2025, 1, 27), True),
        (D(2025, 1, 28), False),
        (D(2025, 2, 4), False),
        (D(2025, 2, 5), True),
        (D(2025, 2, 8), True),
        (D(2025, 2, 9), False),
        # 2025 National Day and Mid-autumn: Sun 28 Sep worked, 1-8 Oct off, Sat 11 Oct worked.
        (D(2025, 9, 27), False),
        (D(2025, 9, 28), True),
        (D(2025, 10, 1), False),
        (D(2025, 10, 8), False),
        (D(2025, 10, 9), True),
        (D(2025, 10, 11), True),
        (D(2025, 10, 12), False),
        # 2026 Spring Festival: Sat 14 Feb worked, 15-23 Feb off, Sat 28 Feb worked.
        (D(2026, 2, 13), True),
        (D(2026, 2, 14), True),
        (D(2026, 2, 15), False),
        (D(2026, 2, 16), False),
        (D(2026, 2, 20), False),
        (D(2026, 2, 23), False),
        (D(2026, 2, 24), True),
        (D(2026, 2, 28), True),
        (D(2026, 3, 1), False),
        # 2026 National Day: 1-7 Oct off, Sat 10 Oct worked, Sun 11 Oct an ordinary weekend.
        (D(2026, 9, 30), True),
        (D(2026, 10, 1), False),
        (D(2026, 10, 7), False),
        (D(2026, 10, 8), True),
        (D(2026, 10, 10), True),
        (D(2026, 10, 11), False),
    ],
)
def test_is_workday_from_the_table(day, workday):
    """BJ-21-8, CZ-7-7: holidays are off and make-up weekends are worked, from the database table."""
    assert work_calendar().is_workday(day) is workday


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        # BJ-21-9: Fri 2018-09-28 + 10 working days = 2018-10-17 (Mon-Fri would say 10-12).
        (D(2018, 9, 28), 10, D(2018, 10, 17)),
        # CZ-7-8: published Fri 2025-09-26, 5 working days end 2025-10-10.
        (D(2025, 9, 26), 5, D(2025, 10, 10)),
        # HN-6-14: published Thu 2025-01-23, 5 working days end 2025-02-06.
        (D(2025, 1, 23), 5, D(2025, 2, 6)),
        # 2026 Spring Festival: Thu 02-12 -> Fri 13, Sat 14 (make-up), Tue 24, Wed 25, Thu 26.
        (D(2026, 2, 12), 5, D(2026, 2, 26)),
        # 2026 National Day: Wed 09-30 -> Thu 10-08, Fri 09, Sat 10 (make-up).
        (D(2026, 9, 30), 3, D(2026, 10, 10)),
        # The trigger day is never counted, even when it is a holiday.
        (D(2026, 10, 3), 1, D(2026, 10, 8)),
        (D(2026, 2, 12), 0, D(2026, 2, 12)),
    ],
)
def test_add_workdays_from_the_table(start, n, due):
    """BJ-21-9, CZ-7-8, HN-6-14: the trigger day is not counted; periods skip holidays and count make-up days."""
    assert work_calendar().add_workdays(start, n) == due


@pytest.mark.parametrize(
    ("session", "deadline"),
    [
        (D(2026, 3, 11), D(2026, 3, 9)),  # Wednesday session -> Monday
        (D(2026, 3, 16), D(2026, 3, 12)),  # Monday session -> previous Thursday
        (D(2026, 10, 8), D(2026, 9, 29)),  # after the National Day holiday
        (D(2026, 2, 24), D(2026, 2, 13)),  # after Spring Festival: 14 Feb (make-up) counts
    ],
)
def test_two_working_days_before_a_session(session, deadline):
    """CQ-7.1.2-1 (the deadline arithmetic only): materials are due 2 working days before the session."""
    assert work_calendar().add_workdays(session, -2) == deadline


@pytest.mark.parametrize(
    ("action", "complies"),
    [
        (D(2026, 2, 12), True),  # on the trigger day itself
        (D(2026, 2, 26), True),  # on the 5th working day ("以内" includes it)
        (D(2026, 2, 27), False),  # the 6th working day
    ],
)
def test_within_n_working_days_is_inclusive(action, complies):
    """BJ-21-9, BJ-21-10: "5个工作日内" is met on or before the 5th working day after the trigger."""
    assert (work_calendar().workdays_between(D(2026, 2, 12), action) <= 5) is complies


@pytest.mark.parametrize(
    "call",
    [
        lambda cal: cal.is_workday(D(2027, 1, 4)),
        lambda cal: cal.add_workdays(D(2026, 12, 28), 5),
        lambda cal: cal.workdays_between(D(2026, 12, 1), D(2027, 1, 15)),
    ],
)
def test_unloaded_year_raises_never_guesses(call):
    """CZ-7-9: a period reaching into a year that is not loaded is refused, never Monday-to-Friday."""
    with pytest.raises(CalendarYearNotLoaded) as exc:
        call(work_calendar())
    assert exc.value.year == 2027


def test_imported_2027_extends_periods_across_the_year_end(staff):
    """BJ-21-8, CZ-7-9: once an administrator loads 2027, periods run across 2026 -> 2027."""
    calendar_year_load(actor=staff.city_admin, year=2027, entries=calendar_year_parse(text=TEST_2027_CSV), source="import")
    cal = work_calendar()
    # Mon 2026-12-28: 29, 30, 31 Dec, then 1-3 Jan off, Mon 4 and Tue 5 Jan (Mon-Fri would say 4 Jan).
    assert cal.add_workdays(D(2026, 12, 28), 5) == D(2027, 1, 5)
    assert cal.add_workdays(D(2027, 1, 5), -5) == D(2026, 12, 28)
    assert cal.workdays_between(D(2026, 12, 28), D(2027, 1, 5)) == 5
    assert cal.add_workdays(D(2027, 2, 4), 2) == D(2027, 2, 16)  # 5-13 Feb off, Sun 14 an ordinary weekend
    assert cal.is_workday(D(2027, 2, 20)) and cal.is_workday(D(2027, 10, 9))


def test_cache_is_reused_until_the_calendar_changes(staff, django_assert_num_queries):
    first = work_calendar()
    with django_assert_num_queries(1):  # only the version token is read
        assert work_calendar() is first
    calendar_year_load(actor=staff.city_admin, year=2027, entries=calendar_year_parse(text=TEST_2027_CSV), source="import")
    second = work_calendar()
    assert second is not first and 2027 in second.loaded_years
    assert second.add_workdays(D(2026, 12, 28), 5) == D(2027, 1, 5)


def test_a_change_made_by_another_process_is_seen():
    """Another process writes the table and a new token; this process rebuilds on its next call."""
    assert work_calendar().is_workday(D(2026, 10, 8)) is True
    CalendarDay.objects.create(year=CalendarYear.objects.get(year=2026), date=D(2026, 10, 8), kind="holiday", name="国庆节")
    CalendarVersion.objects.filter(pk=1).update(token=uuid.uuid4())
    assert work_calendar().is_workday(D(2026, 10, 8)) is False


def test_without_a_version_row_the_calendar_is_rebuilt_every_time():
    CalendarVersion.objects.all().delete()
    first = work_calendar()
    assert work_calendar() is not first
    assert first.add_workdays(D(2026, 2, 12), 5) == D(2026, 2, 26)
