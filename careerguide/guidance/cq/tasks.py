"""Daily entry points of the CQ process; each calls services with the time (listed in config/periodic_jobs.py).

Everything else owed by a date is a duty of the engine, overdue by date and reminded by its daily job: hiring needs
filled in time (CQ-6.2.3-1), group-session materials (CQ-7.1.2-1), the joint plan review (CQ-6.1.6-2)."""
import datetime as dt

from django.utils import timezone
from django_tasks import task

from .services.cases import plan_reviews_start


@task()
def cq_daily(now_iso: str | None = None) -> dict:
    """CQ-6.1.6-1: plans ended without employment move to the joint review."""
    now = dt.datetime.fromisoformat(now_iso) if now_iso else timezone.now()
    return {"plan_reviews": plan_reviews_start(now=now)}
