"""Periodic entry point of chapter 3; it calls one service with `now`."""
import datetime as dt

from django.utils import timezone
from django_tasks import task

from .services.outreach import outreach_daily


@task()
def outreach_daily_scan(now_iso: str | None = None) -> list[int]:
    """BJ-18-2 worklists brought up to date; BJ-21-4, BJ-21-5 report duties raised on the day the rule holds."""
    now = dt.datetime.fromisoformat(now_iso) if now_iso else timezone.now()
    return list(outreach_daily(now=now))
