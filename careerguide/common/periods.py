"""The statistics period a page asks for in its query string (`from`, `to`), as dates."""
from __future__ import annotations

import datetime as dt


def _date(value: str | None, default: dt.date) -> dt.date:
    try:
        return dt.date.fromisoformat(value or "")
    except ValueError:
        return default


def period_from_query(query, *, today: dt.date) -> tuple[dt.date, dt.date]:
    """`from` and `to` of the query, or the current month up to today when missing or not a date."""
    return _date(query.get("from"), today.replace(day=1)), _date(query.get("to"), today)
