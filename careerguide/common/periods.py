"""A statistics period read from a page's query string (`from`, `to`), refused with a message when wrong."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib import messages
from django.utils import timezone
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    error: str = ""   # why the requested period was refused (the defaults are used instead)


def _parse(raw: str, label: str) -> tuple[dt.date | None, str]:
    try:
        return dt.date.fromisoformat(raw), ""
    except ValueError:
        return None, _("%(label)s“%(value)s”不是有效日期，请按“年-月-日”填写。") % {"label": label, "value": raw}


def period_from_query(query, *, default_start: dt.date, default_end: dt.date) -> Period:
    """The period asked for; a malformed date or a start after the end keeps the default period and says why."""
    raw_start, raw_end = (query.get("from") or "").strip(), (query.get("to") or "").strip()
    start, start_error = _parse(raw_start, _("统计期起")) if raw_start else (default_start, "")
    end, end_error = _parse(raw_end, _("统计期止")) if raw_end else (default_end, "")
    if start_error or end_error:
        return Period(default_start, default_end, start_error or end_error)
    if start > end:
        return Period(default_start, default_end,
                      _("统计期起（%(start)s）不能晚于统计期止（%(end)s）。") % {"start": start, "end": end})
    return Period(start, end)


def requested_period(request) -> Period:
    """The page's period, by default the current month up to today; a refused period is said as an error message."""
    today = timezone.localdate()
    period = period_from_query(request.GET, default_start=today.replace(day=1), default_end=today)
    if period.error:
        messages.error(request, period.error)
    return period
