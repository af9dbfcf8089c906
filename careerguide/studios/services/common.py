"""Helpers shared by the studio services: time, policy numbers, the city unit, audit, refusals."""
from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.audit.services import audit_record
from careerguide.common.errors import DomainError
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.models import Unit
from careerguide.policy.selectors import policy_value

from ..rules.base import RULESET

# Numbers the catalogue fixes but the policy registry has no key for (named by clause).
DEFAULTS = {
    "HN-7-5.id_copy_retention_years": 1,   # ID-card copies of rejected applications kept 1 year
    "HN-9-2.min_sample_size": 1,           # at least one studio per draw
}


def now_or(now=None) -> dt.datetime:
    return now or timezone.now()


def today(now=None) -> dt.date:
    return timezone.localdate(now_or(now))


def city_unit() -> Unit:
    return Unit.objects.get(level=UnitLevel.CITY)


def policy(key: str, *, unit=None, on: dt.date):
    return policy_value(key=key, unit=unit, on=on)


def audit(actor, obj, action: str, *, unit, clause: str, before=None, after=None, reason: str = "", now=None):
    return audit_record(actor=actor, obj=obj, unit=unit, action=action, clause=clause, before=before, after=after,
                        reason=reason, now=now)


def refuse(message, *, clause: str, code: str = "refused", field: str | None = None):
    if field:
        raise DomainError(field_errors={field: [message]}, clause=clause, code=code)
    raise DomainError(message, clause=clause, code=code)


def forbidden(clause: str):
    raise DomainError(_("您无权办理该事项。"), clause=clause, code="forbidden")


def require_text(value, field: str, label: str, clause: str) -> str:
    value = (value or "").strip()
    if not value:
        refuse(_("请填写%(f)s。") % {"f": label}, clause=clause, field=field)
    return value


__all__ = ["DEFAULTS", "RULESET", "audit", "city_unit", "forbidden", "now_or", "policy", "refuse", "require_text", "today"]
