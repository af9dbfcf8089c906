"""Other groups for key employment assistance designated by the city or a district (BJ-33-1)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, refuse_forbidden

from ..models import KeyGroup
from ..permissions import can_designate_key_groups


@transaction.atomic
def key_group_create(*, actor, name: str, description: str, effective_from: dt.date,
                     effective_to: dt.date | None = None, now=None) -> KeyGroup:
    """The city (city-wide) or a district (its own area) designates a group, with its dates."""
    if not can_designate_key_groups(actor):
        refuse_forbidden(clause="BJ-33-1", message=_("只有市级或区级公共就业服务机构可以确定其他重点帮扶人员类别。"))
    errors = {}
    if not (name or "").strip():
        errors["name"] = [_("请填写人员类别。")]
    if not (description or "").strip():
        errors["description"] = [_("请填写认定范围。")]
    if effective_from is None or (effective_to is not None and effective_to < effective_from):
        errors["effective_to"] = [_("请填写生效日期，失效日期不能早于生效日期。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-33-1", code=CommonErrorCode.INVALID)
    group = KeyGroup.objects.create(name=name.strip(), description=description.strip(), unit=actor.unit,
                                    effective_from=effective_from, effective_to=effective_to, created_by=actor)
    audit(actor=actor, obj=group, unit=actor.unit, action="create", clause="BJ-33-1", now=now,
          after={"name": group.name, "from": effective_from, "to": effective_to})
    return group
