"""Reads of operations: the backup log and the health of the running system."""
from __future__ import annotations

import datetime as dt

from django.db import connection

from careerguide.workdays.selectors import loaded_years

from .models import BackupRecord


def backup_record_list(*, kind: str | None = None):
    qs = BackupRecord.objects.select_related("actor")
    return qs.filter(kind=kind) if kind else qs


def backup_record_exists(*, kind: str, started_at: dt.datetime, archive: str) -> bool:
    return BackupRecord.objects.filter(kind=kind, started_at=started_at, archive=archive).exists()


def health_status(*, today: dt.date) -> dict:
    """Whether the database answers and the statutory calendar of the current year is loaded."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except Exception as exc:  # the health check reports every failure, it never raises
        checks["database"] = f"error: {exc.__class__.__name__}"
        return {"status": "error", "checks": checks, "calendar_year": today.year}
    checks["calendar"] = "ok" if today.year in loaded_years() else "missing"
    healthy = all(v == "ok" for v in checks.values())
    return {"status": "ok" if healthy else "error", "checks": checks, "calendar_year": today.year}
