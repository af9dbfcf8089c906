"""Periodic entry points of job-seeker service; each calls one service with `now`."""
import datetime as dt

from django.utils import timezone
from django_tasks import task

from .services.no_contact import no_contact_scan


@task()
def scan_no_contact(now_iso: str | None = None) -> int:
    """BJ-13-8: raise the report duty for registered unemployed persons silent for over six months."""
    return no_contact_scan(now=dt.datetime.fromisoformat(now_iso) if now_iso else timezone.now())
