"""Periodic entry points of market information; each calls one service with `now`."""
import datetime as dt

from django.utils import timezone
from django_tasks import task

from .services import training_needs_summarise


def _now(now_iso: str | None) -> dt.datetime:
    return dt.datetime.fromisoformat(now_iso) if now_iso else timezone.now()


@task()
def summarise_training_needs(now_iso: str | None = None) -> int:
    """BJ-54-1: once a month, the last month's training needs go to the training department (1 when sent)."""
    return 1 if training_needs_summarise(now=_now(now_iso)) is not None else 0
