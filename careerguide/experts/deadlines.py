"""Pure date arithmetic of the expert-team rules over a WorkCalendar (no Django import).

Working days come from the statutory calendar (CZ-7-7); a computation that reaches into a year
whose calendar is not loaded raises `CalendarYearNotLoaded` (CZ-7-9).  The numbers (working days, years)
are parameters: the services read them from the policy settings.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from careerguide.common.months import add_months


@dataclass(frozen=True)
class NoticePeriod:
    published_on: dt.date
    first_day: dt.date  # the first counted working day
    last_day: dt.date   # the period ends at 24:00 on this day

    def has_ended(self, today: dt.date) -> bool:
        return today > self.last_day

    def is_in_time(self, received_on: dt.date) -> bool:
        """An objection received on or before the last day counts (CZ-7-10)."""
        return received_on <= self.last_day


def notice_period(published_on: dt.date, calendar, workdays: int) -> NoticePeriod:
    """CZ-7-8: the publication day does not count; the period runs over the next `workdays` working
    days (make-up working days included) and ends at 24:00 on the last.  Published 2025-09-26 →
    counted 09-28, 09-29, 09-30, 10-09, 10-10 → ends 2025-10-10 24:00."""
    return NoticePeriod(published_on=published_on, first_day=calendar.add_workdays(published_on, 1),
                        last_day=calendar.add_workdays(published_on, workdays))


def add_years(d: dt.date, years: int) -> dt.date:
    """The same date `years` later; 29 Feb becomes 1 Mar in a non-leap year (CZ-7-14)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return dt.date(d.year + years, 3, 1)


def term_end(term_start: dt.date, years: int) -> dt.date:
    """CZ-7-14: add_years(term_start, 5) − 1 day.  2025-06-01 → 2030-05-31; 2028-02-29 → 2033-02-28."""
    return add_years(term_start, years) - dt.timedelta(days=1)


@dataclass(frozen=True)
class RenewalWindow:
    opens: dt.date
    closes: dt.date  # 24:00 on term_end
    second_reminder: dt.date

    def is_open(self, today: dt.date) -> bool:
        return self.opens <= today <= self.closes


def renewal_window(term_end_date: dt.date, *, window_days: int,
                   reminder_days: int) -> RenewalWindow:
    """CZ-8-2: opens `window_days` calendar days before term_end, closes at 24:00 on term_end; a second
    reminder `reminder_days` before term_end."""
    return RenewalWindow(opens=term_end_date - dt.timedelta(days=window_days), closes=term_end_date,
                         second_reminder=term_end_date - dt.timedelta(days=reminder_days))


def batch_deadline(closing_date: dt.date, calendar, workdays: int) -> dt.date:
    """CZ-6-10 (proposal): recommenders send their batch by closing date + 10 working days."""
    return calendar.add_workdays(closing_date, workdays)


def round_too_early(previous_open: dt.date | None, new_open: dt.date,
                    years: int) -> bool:
    """CZ-6-4: a round opening less than 2 years after the previous round's open date needs a reason."""
    return previous_open is not None and new_open < add_years(previous_open, years)


def workdays_due(start: dt.date, calendar, workdays: int) -> dt.date:
    """The `workdays`-th working day after `start` (start not counted): service-log entry (CZ-A2-1),
    feedback reply (CZ-11-9)."""
    return calendar.add_workdays(start, workdays)


def retention_until(last_term_end: dt.date, years: int) -> dt.date:
    """CZ-11-3 (proposal): archives are kept `years` after the last term ends."""
    return add_months(last_term_end, 12 * years)


def days_left(term_end_date: dt.date, today: dt.date) -> int:
    """Days left to term_end on the self-service page (CZ-11-20); 0 on term_end itself."""
    return (term_end_date - today).days
