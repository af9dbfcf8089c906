"""Periodic entry points of employer service; each calls one service with `now`.

The quarter's warning to account officers (BJ-48-7) is a reminder of the quarterly contact duty,
sent in the duty engine's daily digest."""
import datetime as dt

from django.utils import timezone
from django_tasks import task

from .services.lifecycle import agreements_expire
from .services.quarterly import key_enterprise_quarter_duties_ensure


def _now(now_iso: str | None) -> dt.datetime:
    return dt.datetime.fromisoformat(now_iso) if now_iso else timezone.now()


@task()
def ensure_quarterly_contact_duties(now_iso: str | None = None) -> int:
    """BJ-48-5: every key enterprise in service owes a contact in the current quarter."""
    return key_enterprise_quarter_duties_ensure(now=_now(now_iso))


@task()
def expire_daily_service_agreements(now_iso: str | None = None) -> int:
    """BJ-44-7: agreements past their term end as expired_not_renewed."""
    return agreements_expire(now=_now(now_iso))
