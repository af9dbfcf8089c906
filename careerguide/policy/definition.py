"""What a policy setting is: its definition, value types and checks (pure, no Django import).

The settings themselves are listed in ``registry.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any, Mapping

VALUE_TYPES = ("int", "decimal", "bool", "str", "int_list")
UNITS = ("working_days", "calendar_days", "months", "years", "hours", "count", "yuan", "percent", "none")
LOOSEN_DIRECTIONS = ("up", "down", None)


def gettext_noop(text: str) -> str:
    """Marks user-facing text for `makemessages`; pages translate it when shown."""
    return text


#: Chinese labels of units, shown beside values.
UNIT_LABELS: Mapping[str, str] = MappingProxyType({
    "working_days": gettext_noop("个工作日"),
    "calendar_days": gettext_noop("天（自然日）"),
    "months": gettext_noop("个月"),
    "years": gettext_noop("年"),
    "hours": gettext_noop("学时"),
    "count": gettext_noop("个（次）"),
    "yuan": gettext_noop("元"),
    "percent": "%",
    "none": "",
})

#: Document prefixes and their Chinese titles, in display order.
DOCUMENTS: Mapping[str, str] = MappingProxyType({
    "bj": gettext_noop("北京市精细化公共就业服务实施细则"),
    "cq": gettext_noop("重庆市职业指导服务规范（T/CQTSHRA 002-2024）"),
    "cz": gettext_noop("常州市职业指导专家团管理办法"),
    "hn": gettext_noop("淮南市职业指导大师工作室管理办法"),
    "sd": gettext_noop("山东省加强职业指导队伍建设的意见"),
})


class SettingValueError(ValueError):
    """A value that does not fit its setting.

    ``template`` is user-facing Chinese marked for translation, ``params`` fill it;
    ``message`` is the untranslated text."""

    def __init__(self, template: str, **params):
        self.template = template
        self.params = params
        self.message = template % params if params else template
        super().__init__(self.message)


@dataclass(frozen=True)
class SettingDef:
    """One named policy number with its default, unit and source clause."""

    key: str
    label: str
    value_type: str
    default: Any
    unit: str
    clause: str
    minimum: int | Decimal | None = None
    maximum: int | Decimal | None = None
    loosen_direction: str | None = None
    note: str = ""

    def __post_init__(self):
        if self.value_type not in VALUE_TYPES:
            raise ValueError(f"{self.key}: unknown value type {self.value_type!r}")
        if self.unit not in UNITS:
            raise ValueError(f"{self.key}: unknown unit {self.unit!r}")
        if self.loosen_direction not in LOOSEN_DIRECTIONS:
            raise ValueError(f"{self.key}: unknown loosen direction {self.loosen_direction!r}")
        if self.loosen_direction is not None and self.value_type not in ("int", "decimal"):
            raise ValueError(f"{self.key}: only numbers can carry a loosen direction")
        if self.default is not None:
            check_value(self, self.default)

    @property
    def document(self) -> str:
        return self.key.split(".", 1)[0]

    @property
    def unit_label(self) -> str:
        return UNIT_LABELS[self.unit]

    @property
    def fixed_by_document(self) -> bool:
        return self.loosen_direction is not None


# ---------------------------------------------------------------------------
# Values: parsing user input, checking, JSON round trip, loosening
# ---------------------------------------------------------------------------

_TRUE = {"true", "1", "yes", "y", "是", "启用", "on"}
_FALSE = {"false", "0", "no", "n", "否", "停用", "off"}


def _parse_int(text: str) -> int:
    try:
        return int(text.strip())
    except (TypeError, ValueError):
        raise SettingValueError(gettext_noop("请输入整数。")) from None


def parse_value(setting: SettingDef, raw: Any) -> Any:
    """Turn form text (or an already typed value) into the setting's type, then check it."""
    if isinstance(raw, str):
        text = raw.strip()
        if not text:
            raise SettingValueError(gettext_noop("请填写参数值。"))
        if setting.value_type == "int":
            value: Any = _parse_int(text)
        elif setting.value_type == "decimal":
            try:
                value = Decimal(text)
            except InvalidOperation:
                raise SettingValueError(gettext_noop("请输入数字。")) from None
            if not value.is_finite():
                raise SettingValueError(gettext_noop("请输入数字。"))
        elif setting.value_type == "bool":
            if text.lower() in _TRUE:
                value = True
            elif text.lower() in _FALSE:
                value = False
            else:
                raise SettingValueError(gettext_noop("请填写“是”或“否”。"))
        elif setting.value_type == "str":
            value = text
        else:  # int_list
            parts = [p for p in text.replace("，", ",").replace("、", ",").split(",")]
            if any(not p.strip() for p in parts):
                raise SettingValueError(gettext_noop("请输入以逗号分隔的整数，例如：1,3,6。"))
            try:
                value = [int(p.strip()) for p in parts]
            except ValueError:
                raise SettingValueError(gettext_noop("请输入以逗号分隔的整数，例如：1,3,6。")) from None
    else:
        value = raw
    check_value(setting, value)
    return value


def check_value(setting: SettingDef, value: Any) -> None:
    """Type and range checks; raises SettingValueError with a Chinese message."""
    vt = setting.value_type
    if vt == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise SettingValueError(gettext_noop("请输入整数。"))
        items = [value]
    elif vt == "decimal":
        if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
            raise SettingValueError(gettext_noop("请输入数字。"))
        items = [value]
    elif vt == "bool":
        if not isinstance(value, bool):
            raise SettingValueError(gettext_noop("请填写“是”或“否”。"))
        return
    elif vt == "str":
        if not isinstance(value, str) or not value.strip():
            raise SettingValueError(gettext_noop("请填写参数值。"))
        return
    else:
        if not isinstance(value, list) or not value or any(isinstance(v, bool) or not isinstance(v, int) for v in value):
            raise SettingValueError(gettext_noop("请输入以逗号分隔的整数，例如：1,3,6。"))
        items = value
    for item in items:
        if setting.minimum is not None and item < setting.minimum:
            raise SettingValueError(gettext_noop("数值不能小于 %(limit)s。"), limit=setting.minimum)
        if setting.maximum is not None and item > setting.maximum:
            raise SettingValueError(gettext_noop("数值不能大于 %(limit)s。"), limit=setting.maximum)


def loosens(setting: SettingDef, value: Any) -> bool:
    """True when ``value`` would loosen a limit the document fixes (BJ-5-8)."""
    if setting.loosen_direction is None or setting.default is None:
        return False
    if setting.loosen_direction == "up":
        return value > setting.default
    return value < setting.default


def to_json(setting: SettingDef, value: Any) -> Any:
    """The JSON form stored in an override (decimals as strings, exactly)."""
    if setting.value_type == "decimal" and value is not None:
        return str(value)
    if setting.value_type == "int_list" and value is not None:
        return list(value)
    return value


def from_json(setting: SettingDef, stored: Any) -> Any:
    if setting.value_type == "decimal" and stored is not None:
        return Decimal(str(stored))
    if setting.value_type == "int_list" and stored is not None:
        return list(stored)
    return stored


def format_value(setting: SettingDef, value: Any) -> str:
    """A value as shown on pages (Chinese)."""
    if value is None:
        return gettext_noop("未设定")
    if setting.value_type == "bool":
        return gettext_noop("是") if value else gettext_noop("否")
    if setting.value_type == "int_list":
        return "、".join(str(v) for v in value)
    return str(value)
