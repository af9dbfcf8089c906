"""Periodic entry points of the vacancies app; each calls one service with `now`."""
import datetime as dt

from django.utils import timezone
from django_tasks import task

from .services.vacancy import vacancies_expire


@task()
def expire_vacancies(now_iso: str | None = None) -> int:
    """Daily: expire and archive postings past their validity, filled or with an expired licence (BJ-41-2)."""
    return vacancies_expire(now=dt.datetime.fromisoformat(now_iso) if now_iso else timezone.now())
