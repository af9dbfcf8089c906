"""Periodic entry points of the duty engine; each calls one service with `now`."""
import datetime as dt

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from careerguide.workdays.selectors import work_calendar

from .services import duties_daily_snapshot, duties_send_reminders


def _now(now_iso: str | None) -> dt.datetime:
    return dt.datetime.fromisoformat(now_iso) if now_iso else timezone.now()


@task()
def snapshot_duties(now_iso: str | None = None) -> int:
    return duties_daily_snapshot(now=_now(now_iso))


@task()
def send_duty_reminders(now_iso: str | None = None) -> int:
    return duties_send_reminders(now=_now(now_iso), calendar=work_calendar(),
                                 lead_workdays=settings.DUTY_REMINDER_LEAD_WORKDAYS)
