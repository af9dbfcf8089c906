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
