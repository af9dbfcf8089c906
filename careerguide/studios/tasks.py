"""Periodic entry points of the master studios; each calls one service with `now`."""
import datetime as dt

from django.utils import timezone
from django_tasks import task

from .services.studios import vacancy_flag_due


@task()
def studios_vacancy_flags(now_iso: str | None = None) -> int:
    """Daily: flag studios whose lead-master vacancy has lasted past the limit (HN-11-10)."""
    return vacancy_flag_due(now=dt.datetime.fromisoformat(now_iso) if now_iso else timezone.now())
