"""Daily entry points of the CQ process; each calls services with the time (listed in config/periodic_jobs.py).

Hiring needs not filled in time (CQ-6.2.3-1) need no daily scan: each is a duty of the engine, overdue by date."""
import datetime as dt

from django.utils import timezone
from django_tasks import task

from .services.cases import plan_reviews_start
from .services.sessions import sessions_check_materials


@task()
def cq_daily(now_iso: str | None = None) -> dict:
    """CQ-6.1.6-1 plan reviews, CQ-7.1.2-1 material alerts and compliance."""
    now = dt.datetime.fromisoformat(now_iso) if now_iso else timezone.now()
    return {"plan_reviews": plan_reviews_start(now=now), "material_alerts": sessions_check_materials(now=now)}
