"""Writing policy overrides: one new row per change, audited, never edited."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.audit.services import audit_record
from careerguide.common.errors import DomainError
from careerguide.organisations.levels import UnitLevel

from .definition import SettingValueError, format_value, loosens, parse_value, to_json
from .models import PolicyOverride
from .permissions import OVERRIDE_LEVELS, can_override_policy_for_unit
from .registry import SETTINGS

#: The clause that forbids loosening the Beijing rules' fixed limits.
BJ_NO_LOOSENING_CLAUSE = "BJ-5-8"


def _today(now: dt.datetime | None) -> dt.date:
    return timezone.localtime(now).date() if now is not None else timezone.localdate()


@transaction.atomic
def policy_override_create(*, actor, key: str, unit, value, effective_from: dt.date | None, reason: str,
                           now: dt.datetime | None = None) -> PolicyOverride:
    """Set ``key`` for ``unit``'s jurisdiction from ``effective_from`` on.

    City units: city administrators only; district units (BJ-58-2): a unit head or
    city administrator whose jurisdiction holds the district. The value is checked
    against the setting's type and range, and a limit the document fixes cannot be
    loosened (BJ-5-8). Nothing is saved when anything is refused.
    """
    setting = SETTINGS.get(key)
    if setting is None:
        raise DomainError(field_errors={"key": [_("未知的政策参数。")]}, code="unknown_key")
    if unit is None:
        raise DomainError(field_errors={"unit": [_("请选择适用机构。")]})
    if unit.level not in OVERRIDE_LEVELS:
        raise DomainError(field_errors={"unit": [_("只能为市级或区级机构设定政策参数。")]}, clause="BJ-58-2")
    if not can_override_policy_for_unit(actor, unit):
        if unit.level == UnitLevel.CITY:
            message = _("只有市级系统管理员可以设定全市的政策参数。")
        else:
            message = _("只有本区机构负责人或市级系统管理员可以设定本区的政策参数。")
        raise DomainError(field_errors={"unit": [message]}, code="forbidden")

    errors: dict[str, list] = {}
    clause = setting.clause
    parsed = None
    try:
        parsed = parse_value(setting, value)
    except SettingValueError as exc:
        errors["value"] = [_(exc.template) % exc.params if exc.params else _(exc.template)]
    else:
        if loosens(setting, parsed):
            clause = BJ_NO_LOOSENING_CLAUSE if setting.document == "bj" else setting.clause
            if setting.loosen_direction == "up":
                template = _("该数值由文件规定（%(clause)s），只能从严调整，不能放宽：应不大于 %(default)s。")
            else:
                template = _("该数值由文件规定（%(clause)s），只能从严调整，不能放宽：应不小于 %(default)s。")
            errors["value"] = [template % {"clause": setting.clause, "default": _(format_value(setting, setting.default))}]
    if effective_from is None:
        errors["effective_from"] = [_("请填写生效日期。")]
    elif effective_from < _today(now):
        errors["effective_from"] = [_("生效日期不能早于今天。")]
    reason = (reason or "").strip()
    if not reason:
        errors["reason"] = [_("请填写调整理由。")]
    if errors:
        raise DomainError(field_errors=errors, clause=clause)

    stored = to_json(setting, parsed)
    override = PolicyOverride.objects.create(key=key, unit=unit, value=stored, effective_from=effective_from,
                                             reason=reason, created_by=actor)
    audit_record(actor=actor, obj=override, unit=unit, action="create", clause=setting.clause, now=now,
                 after={"key": key, "value": stored, "effective_from": effective_from}, reason=reason)
    return override
