"""Periodic entry points of the e-archives; each calls one service with `now`."""
import datetime as dt

from django.utils import timezone
from django_tasks import task

from careerguide.workdays.selectors import work_calendar

from .services.retention import retention_reviews_schedule


def _now(now_iso: str | None) -> dt.datetime:
    return dt.datetime.fromisoformat(now_iso) if now_iso else timezone.now()


@task()
def schedule_retention_reviews(now_iso: str | None = None) -> int:
    """BJ-9-2: items past their keep-until date get an appraisal duty."""
    return retention_reviews_schedule(calendar=work_calendar(), now=_now(now_iso))
