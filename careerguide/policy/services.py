"""Writing policy overrides: one new row per change, audited, never edited."""
from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, refuse, today
from careerguide.organisations.levels import UnitLevel

from .definition import SettingDef, SettingValueError, format_value, loosens, parse_value, to_json
from .error_codes import PolicyErrorCode
from .models import PolicyOverride
from .permissions import OVERRIDE_LEVELS, can_override_policy_for_unit
from .registry import SETTINGS

#: The clause that forbids loosening the Beijing rules' fixed limits.
BJ_NO_LOOSENING_CLAUSE = "BJ-5-8"


def _setting(key: str) -> SettingDef:
    setting = SETTINGS.get(key)
    if setting is None:
        refuse(_("未知的政策参数。"), code=PolicyErrorCode.UNKNOWN_KEY, field="key")
    return setting


def _check_unit(actor, unit) -> None:
    """City units: city administrators only; district units (BJ-58-2): their head or a city administrator."""
    if unit is None:
        refuse(_("请选择适用机构。"), code=CommonErrorCode.REQUIRED, field="unit")
    if unit.level not in OVERRIDE_LEVELS:
        refuse(_("只能为市级或区级机构设定政策参数。"), code=PolicyErrorCode.UNIT_LEVEL, clause="BJ-58-2", field="unit")
    if not can_override_policy_for_unit(actor, unit):
        if unit.level == UnitLevel.CITY:
            message = _("只有市级系统管理员可以设定全市的政策参数。")
        else:
            message = _("只有本区机构负责人或市级系统管理员可以设定本区的政策参数。")
        refuse(message, code=CommonErrorCode.FORBIDDEN, field="unit")


def _loosening_message(setting: SettingDef) -> str:
    if setting.loosen_direction == "up":
        template = _("该数值由文件规定（%(clause)s），只能从严调整，不能放宽：应不大于 %(default)s。")
    else:
        template = _("该数值由文件规定（%(clause)s），只能从严调整，不能放宽：应不小于 %(default)s。")
    return template % {"clause": setting.clause, "default": _(format_value(setting, setting.default))}


def _parsed_value(setting: SettingDef, value, errors: dict) -> tuple[Any, bool]:
    """The typed value and whether it loosens a fixed limit; a bad value is noted in `errors`."""
    try:
        parsed = parse_value(setting, value)
    except SettingValueError as exc:
        errors["value"] = [_(exc.template) % exc.params if exc.params else _(exc.template)]
        return None, False
    if loosens(setting, parsed):
        errors["value"] = [_loosening_message(setting)]
        return parsed, True
    return parsed, False


def _dates_and_reason_errors(*, effective_from, reason: str, now, errors: dict) -> None:
    if effective_from is None:
        errors["effective_from"] = [_("请填写生效日期。")]
    elif effective_from < today(now):
        errors["effective_from"] = [_("生效日期不能早于今天。")]
    if not reason:
        errors["reason"] = [_("请填写调整理由。")]


@transaction.atomic
def policy_override_create(*, actor, key: str, unit, value, effective_from: dt.date | None, reason: str,
                           now: dt.datetime | None = None) -> PolicyOverride:
    """Set ``key`` for ``unit``'s jurisdiction from ``effective_from`` on.

    City units: city administrators only; district units (BJ-58-2): a unit head or
    city administrator whose jurisdiction holds the district. The value is checked
    against the setting's type and range, and a limit the document fixes cannot be
    loosened (BJ-5-8). Every problem of the value, the date and the reason is named at
    once; nothing is saved when anything is refused.
    """
    setting = _setting(key)
    _check_unit(actor, unit)
    errors: dict[str, list] = {}
    parsed, loosening = _parsed_value(setting, value, errors)
    reason = (reason or "").strip()
    _dates_and_reason_errors(effective_from=effective_from, reason=reason, now=now, errors=errors)
    if errors:
        clause = BJ_NO_LOOSENING_CLAUSE if loosening and setting.document == "bj" else setting.clause
        code = PolicyErrorCode.LOOSENS if loosening else CommonErrorCode.INVALID
        raise DomainError(field_errors=errors, clause=clause, code=code)
    stored = to_json(setting, parsed)
    override = PolicyOverride.objects.create(key=key, unit=unit, value=stored, effective_from=effective_from,
                                             reason=reason, created_by=actor)
    audit(actor=actor, obj=override, unit=unit, action="create", clause=setting.clause, now=now,
          after={"key": key, "value": stored, "effective_from": effective_from}, reason=reason)
    return override
