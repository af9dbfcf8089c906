"""Helpers shared by the workforce services."""
from __future__ import annotations

from django.utils import timezone

from careerguide.audit.services import audit_record
from careerguide.common.errors import DomainError, NotFound
from careerguide.organisations.scoping import unit_in_jurisdiction


def today(now=None):
    return timezone.localdate(now or timezone.now())


def require_unit(actor, unit) -> None:
    """Rows may only be written for units in the actor's jurisdiction (404 otherwise)."""
    if not unit_in_jurisdiction(actor, unit):
        raise NotFound()


def audit(actor, obj, *, unit, action: str, clause: str, after: dict | None = None, before: dict | None = None,
          reason: str = "", now=None):
    return audit_record(actor=actor, obj=obj, unit=unit, action=action, clause=clause, before=before, after=after,
                        reason=reason, now=now)


def refuse(message: str, *, clause: str, field: str | None = None):
    if field:
        raise DomainError(field_errors={field: [message]}, clause=clause)
    raise DomainError(message, clause=clause)
