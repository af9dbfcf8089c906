"""Periodic entry point of personal-information protection; calls one service with `now`."""
import datetime as dt

from django.utils import timezone
from django_tasks import task

from .services import read_log_purge


@task()
def purge_read_log(now_iso: str | None = None) -> int:
    """BJ-51-2: read-log rows past each unit's bj.log_retention_days (at least 183 days) are deleted."""
    now = dt.datetime.fromisoformat(now_iso) if now_iso else timezone.now()
    return sum(read_log_purge(now=now).values())
