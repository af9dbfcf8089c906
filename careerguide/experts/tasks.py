"""Periodic entry points of the expert team; each calls one service with `now`."""
import datetime as dt

from django.utils import timezone
from django_tasks import task

from .services.membership import memberships_term_end_sweep


@task()
def experts_term_end_daily(now_iso: str | None = None) -> dict:
    """Daily: renewal_pending (CZ-8-9) and term_expired (CZ-8-10); renewal reminders are duties (CZ-8-2)."""
    return memberships_term_end_sweep(now=dt.datetime.fromisoformat(now_iso) if now_iso else timezone.now())
