"""Reads of the working-day calendar.

The calendar is national reference data, the same for every actor, so these
selectors take no ``actor``: who may see the pages is decided in the views.

``work_calendar()`` is what every deadline computation uses (BJ-21-8, CZ-7-9).

Caching
-------
Building a ``WorkCalendar`` reads about 900 rows, so the built calendar is kept
in the process together with the token of the ``CalendarVersion`` row it was
built under.  Each call to ``work_calendar()`` costs one primary-key query
(read the token) and rebuilds only when the token differs.  Every service that
changes the calendar writes a fresh random token in the same transaction, so:

* other processes (web workers, task workers) see the change at their next
  call after the commit -- no shared cache server is needed;
* the token is read *before* the days, so a calendar is never labelled with a
  newer token than the data it was built from (at worst a spurious rebuild);
* a token written inside a transaction that rolls back is never reused, so a
  calendar built from uncommitted data cannot pass for a committed version.

Callers that compute many dates in a loop should call ``work_calendar()`` once
and reuse the returned object.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from careerguide.common.errors import NotFound

from .calendar import HOLIDAY, MAKEUP_WORKDAY, CalendarYearNotLoaded, WorkCalendar
from .models import CalendarDay, CalendarVersion, CalendarYear
from .rules import next_year_warning

# (version token, calendar); replaced as a whole, so reads need no lock.
_cached: tuple[object, WorkCalendar] | None = None


def _version_token():
    return CalendarVersion.objects.filter(pk=1).values_list("token", flat=True).first()


def _build_calendar() -> WorkCalendar:
    years = CalendarYear.objects.values_list("year", flat=True)
    holidays, makeup = set(), set()
    for day, kind in CalendarDay.objects.values_list("date", "kind"):
        (holidays if kind == HOLIDAY else makeup).add(day)
    return WorkCalendar(loaded_years=frozenset(years), holidays=frozenset(holidays), makeup_workdays=frozenset(makeup))


def work_calendar() -> WorkCalendar:
    """The official working-day calendar of every loaded year (one query when unchanged).

    Computations reaching into a year that is not loaded raise
    ``CalendarYearNotLoaded`` (CZ-7-9); see ``calendar_not_loaded_message``.
    """
    global _cached
    token = _version_token()
    cached = _cached
    if token is not None and cached is not None and cached[0] == token:
        return cached[1]
    calendar = _build_calendar()
    _cached = (token, calendar)
    return calendar


def calendar_not_loaded_message(*, error: CalendarYearNotLoaded) -> str:
    """Chinese explanation for a ``CalendarYearNotLoaded`` raised by the calendar."""
    return _("%(year)d年的工作日历（法定节假日和调休上班日）尚未载入，无法计算工作日。"
             "请市级管理员按国务院办公厅的节假日安排通知导入该年度日历。") % {"year": error.year}


def loaded_years() -> frozenset[int]:
    return frozenset(CalendarYear.objects.values_list("year", flat=True))


def calendar_year_list():
    """Loaded years, with their counts of holidays and make-up working days."""
    return (CalendarYear.objects.select_related("loaded_by")
            .annotate(holiday_count=Count("days", filter=Q(days__kind=HOLIDAY)),
                      makeup_count=Count("days", filter=Q(days__kind=MAKEUP_WORKDAY)))
            .order_by("-year"))


def calendar_year_get(*, year: int) -> CalendarYear:
    calendar_year = CalendarYear.objects.select_related("loaded_by").filter(year=year).first()
    if calendar_year is None:
        raise NotFound()
    return calendar_year


def calendar_day_list(*, year: int):
    return CalendarDay.objects.filter(year__year=year).order_by("date")


@dataclass(frozen=True)
class CalendarWarning:
    year: int
    message: str


def calendar_warning(*, today: dt.date) -> CalendarWarning | None:
    """Workbench warning when the current year, or from 1 November next year, is not loaded."""
    year = next_year_warning(today, loaded_years())
    if year is None:
        return None
    if year == today.year:
        message = _("%(year)d年的工作日历尚未载入，所有按工作日计算的期限都无法计算。请市级管理员立即导入。") % {"year": year}
    else:
        message = _("%(year)d年的工作日历尚未载入。国务院办公厅公布该年节假日安排后，请市级管理员及时导入，"
                    "否则跨年的工作日期限将无法计算。") % {"year": year}
    return CalendarWarning(year=year, message=message)
