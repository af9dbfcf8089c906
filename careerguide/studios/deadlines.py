"""Pure due dates of the studio measures over a WorkCalendar (no Django import)."""
from __future__ import annotations

from datetime import date, timedelta

from careerguide.common.months import add_months


def notice_period_end(calendar, published_on: date, workdays: int) -> date:
    """HN-6-14: the publication day is not counted; the period ends at 24:00 on the `workdays`-th working
    day after it (2025-01-23 → 2025-02-06).  Raises CalendarYearNotLoaded for an unloaded year (HN-6-15)."""
    return calendar.add_workdays(published_on, workdays)


def notice_running(end: date, on: date) -> bool:
    """HN-6-14: the notice runs up to and including its last day (24:00)."""
    return on <= end


def objection_is_late(end: date, received_on: date) -> bool:
    """HN-6-16: an objection received after the period is recorded as late and does not block."""
    return received_on > end


def work_plan_due(recognised_on: date, days: int) -> date:
    """HN-11-5: the first two-year plan is due within `days` calendar days of recognition."""
    return recognised_on + timedelta(days=days)


def term_end(recognised_on: date, term_index: int, term_years: int) -> date:
    """HN-11-4, HN-11-5: last day of the n-th (1-based) two-year term counted from recognition."""
    return add_months(recognised_on, 12 * term_years * term_index) - timedelta(days=1)


def master_absence_start(last_working_day: date) -> date:
    """HN-11-9: the first day without a qualified lead master."""
    return last_working_day + timedelta(days=1)


def continuation_decision_opens(absent_since: date, years: int) -> date:
    """HN-11-10: the flag is raised once `years` full years of absence have passed (2024-03-15 → 2025-03-15)."""
    return add_months(absent_since, 12 * years)


def rectification_deadline(ordered_on: date, months: int) -> date:
    """HN-11-14: rectification deadline, 3 months by default."""
    return add_months(ordered_on, months)


def continuation_decision_due(opens: date, window_days: int) -> date:
    """HN-11-10: the text sets no time limit for city HRSS's decision; the advisory window runs from the day
    the flag is raised."""
    return opens + timedelta(days=window_days)


def first_assessment_year(recognised_on: date) -> int:
    """HN-11-3 with HN-10-4: the first calendar year assessed is the first full year on or after recognition."""
    return recognised_on.year if (recognised_on.month, recognised_on.day) == (1, 1) else recognised_on.year + 1


def annual_assessment_window(year: int) -> tuple[date, date]:
    """HN-11-3: the annual assessment of a calendar year is done within that year."""
    return date(year, 1, 1), date(year, 12, 31)


def term_evaluation_opens(term_last_day: date) -> date:
    """HN-11-4 (proposal): the end-of-term evaluation is done "at the end" of the term, from the first day of
    the calendar quarter in which the term ends (a measurement quarter, HN-10-4) to its last day."""
    return date(term_last_day.year, (term_last_day.month - 1) // 3 * 3 + 1, 1)
