"""Periodic entry points of the studio module; each calls one service with `now`."""
import datetime as dt

from django.utils import timezone
from django_tasks import task

from .services.applications import id_copies_purge
from .services.supervision import studio_target_warnings_send


def _now(now_iso: str | None) -> dt.datetime:
    return dt.datetime.fromisoformat(now_iso) if now_iso else timezone.now()


@task()
def studios_daily(now_iso: str | None = None) -> dict:
    """Daily: the HN-10-8 target warnings to host units and the HN-7-5 purge of ID-card copies."""
    now = _now(now_iso)
    return {"warnings": studio_target_warnings_send(now=now), "purged": id_copies_purge(now=now)}
