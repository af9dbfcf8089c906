"""The helpers every domain's services share: the time, the policy number, the audit event, the refusal.

Services import these instead of keeping their own copies.  Each is a thin, named step so that a
service reads as its rule: take today, read the jurisdiction's number, refuse with a code and a
clause, record what changed.
"""
from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, NoReturn

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.audit.services import audit_record
from careerguide.organisations.scoping import unit_in_jurisdiction
from careerguide.policy.selectors import policy_value
from careerguide.workdays.calendar import CalendarYearNotLoaded
from careerguide.workdays.selectors import calendar_not_loaded_message

from .error_codes import CommonErrorCode
from .errors import DomainError, NotFound
from .validators import validate_resident_id


def now_or(now: dt.datetime | None = None) -> dt.datetime:
    """The moment of the action: the caller's `now` (jobs and tests pass one) or the clock."""
    return now or timezone.now()


def today(now: dt.datetime | None = None) -> dt.date:
    """The local (Beijing) date of the action (BJ-11-4 judges days by local time)."""
    return timezone.localdate(now_or(now))


def policy_number(key: str, *, unit=None, on: dt.date) -> Any:
    """The jurisdiction's value of a policy setting on a date (the unit's override, its ancestors', or the default)."""
    return policy_value(key=key, unit=unit, on=on)


def audit(*, actor, obj, action: str, unit, clause: str, before: dict | None = None, after: dict | None = None,
          reason: str = "", now: dt.datetime | None = None):
    """One audit event for a change to `obj`, in the service's transaction."""
    return audit_record(actor=actor, obj=obj, action=action, unit=unit, clause=clause, before=before, after=after,
                        reason=reason, now=now)


def refuse(message, *, code: StrEnum, clause: str = "", field: str | None = None) -> NoReturn:
    """Refuse the action with a Chinese message, on `field` when the message is about one value."""
    if field:
        raise DomainError(field_errors={field: [message]}, clause=clause, code=code)
    raise DomainError(message, clause=clause, code=code)


def refuse_forbidden(*, clause: str = "", message=None) -> NoReturn:
    """The actor may not do this (403 in the API)."""
    raise DomainError(message or _("您无权办理该事项。"), clause=clause, code=CommonErrorCode.FORBIDDEN)


def refuse_calendar(error: CalendarYearNotLoaded, *, clause: str = "") -> NoReturn:
    """A date falls in a year with no statutory calendar: refuse, never guess Monday to Friday."""
    raise DomainError(calendar_not_loaded_message(error=error), clause=clause,
                      code=CommonErrorCode.CALENDAR_NOT_LOADED) from None


def require_text(value, *, field: str, label, clause: str = "") -> str:
    """A required free-text value, stripped; refused on its field when empty."""
    value = (value or "").strip()
    if not value:
        refuse(_("请填写%(f)s。") % {"f": label}, code=CommonErrorCode.REQUIRED, clause=clause, field=field)
    return value


def require_resident_id(value, *, field: str = "id_number", clause: str = "") -> str:
    """A resident ID number, normalised; refused on its field with every defect named when it is not valid."""
    try:
        return validate_resident_id(value)
    except ValidationError as exc:
        raise DomainError.from_validation_error(exc, field=field, clause=clause) from None


def require_in_jurisdiction(*, actor, unit) -> None:
    """Rows may only be written for units inside the actor's jurisdiction; outside is a 404, never a hint."""
    if not unit_in_jurisdiction(actor, unit):
        raise NotFound()
