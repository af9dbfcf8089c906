"""Periodic entry points of supervision; each calls one service with `now`."""
import datetime as dt

from django.utils import timezone
from django_tasks import task

from careerguide.workdays.selectors import work_calendar

from .services.checks import posting_notice_duties_schedule


def _now(now_iso: str | None) -> dt.datetime:
    return dt.datetime.fromisoformat(now_iso) if now_iso else timezone.now()


@task()
def open_posting_check_notices(now_iso: str | None = None) -> int:
    return posting_notice_duties_schedule(calendar=work_calendar(), now=_now(now_iso))
