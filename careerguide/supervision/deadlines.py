"""Due dates of supervision notices.  Pure: takes a WorkCalendar."""
from __future__ import annotations

import datetime as dt


def month_end(day: dt.date) -> dt.date:
    first_next = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def monthly_notice_due(check_month: dt.date, calendar, workdays: int) -> dt.date:
    """BJ-56-4 (open question 23): the monthly spot-check notice is due within the first `workdays` working days of the
    following month, i.e. on the `workdays`-th working day after the last day of the checked month."""
    return calendar.add_workdays(month_end(check_month), workdays)
