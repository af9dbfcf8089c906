"""Cleaning the registration form's profile fields (BJ-11-2, BJ-11-3): one error list per field."""
from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from careerguide.common.training_needs import training_need_clean
from careerguide.occupations.selectors import occupation_by_code
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.models import Unit

from ..choices import Education, Health, RegistrationType, WorkingPattern

TEXT_FIELDS = ("hukou_location", "sought_industry", "sought_area", "family_notes")
BOOL_FIELDS = ("zero_employment_household", "subsistence_allowance", "care_responsibilities", "bj_rural_labour",
               "difficulty_certified", "platform_permission", "listing_consent")
CHOICE_FIELDS = {"education": Education, "working_pattern": WorkingPattern, "registration_type": RegistrationType,
                 "health": Health}
DATE_FIELDS = ("unemployed_since", "certified_on")
PROFILE_FIELDS = (TEXT_FIELDS + BOOL_FIELDS + tuple(CHOICE_FIELDS) + DATE_FIELDS +
                  ("habitual_district", "habitual_street", "sought_occupation_code", "salary_min", "salary_max",
                   "skill_level", "training_need"))
INTENTION_FIELDS = ("sought_occupation_code", "sought_industry", "sought_area", "salary_min", "salary_max",
                    "working_pattern")


def _date(value, field, errors):
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        errors.setdefault(field, []).append(_("日期格式应为“年-月-日”，如2024-05-01。"))
        return None


def _int(value, field, errors, low=None, high=None, message=None):
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        errors.setdefault(field, []).append(_("请输入整数。"))
        return None
    if (low is not None and number < low) or (high is not None and number > high):
        errors.setdefault(field, []).append(message or _("数值超出范围。"))
        return None
    return number


def _unit(value, field, errors, level):
    if value in (None, ""):
        return None
    unit = value if isinstance(value, Unit) else Unit.objects.filter(pk=_int(value, field, errors) or 0).first()
    if unit is None or unit.level != level:
        errors.setdefault(field, []).append(_("请选择有效的区（街道）。"))
        return None
    return unit


def _occupation(code, field, errors):
    if code in (None, ""):
        return None
    occupation = occupation_by_code(code=str(code))
    if occupation is None:
        errors.setdefault(field, []).append(_("职业代码“%(code)s”不存在，请从职业分类中选择。") % {"code": code})
    return occupation


def clean_profile(*, data: dict, today: dt.date, errors: dict, partial: bool = False) -> dict:
    """Validated model values for the profile fields present in ``data`` (all of them unless ``partial``)."""
    keys = [k for k in PROFILE_FIELDS if k in data] if partial else PROFILE_FIELDS
    out: dict = {}
    for key in keys:
        value = data.get(key)
        if key in TEXT_FIELDS:
            out[key] = (value or "").strip()
        elif key in BOOL_FIELDS:
            out[key] = bool(value)
        elif key in CHOICE_FIELDS:
            choices = CHOICE_FIELDS[key]
            default = Health.NO_LIMITATION if key == "health" else ""
            if value in (None, ""):
                out[key] = default
            elif value not in choices.values:
                errors.setdefault(key, []).append(_("请选择有效的选项。"))
            else:
                out[key] = value
        elif key in DATE_FIELDS:
            out[key] = _date(value, key, errors)
            if out[key] and out[key] > today:
                errors.setdefault(key, []).append(_("日期不能晚于今天。"))
        elif key == "habitual_district":
            out[key] = _unit(value, key, errors, UnitLevel.DISTRICT)
        elif key == "habitual_street":
            out[key] = _unit(value, key, errors, UnitLevel.STREET)
        elif key == "sought_occupation_code":
            out["sought_occupation"] = _occupation(value, key, errors)
        elif key in ("salary_min", "salary_max"):
            out[key] = _int(value, key, errors, low=0)
        elif key == "skill_level":
            out[key] = _int(value, key, errors, 1, 5, _("职业技能等级为1至5级（1级最高）。"))
        elif key == "training_need":  # BJ-54-3
            out[key], problems = training_need_clean(value)
            if problems:
                errors[key] = problems
    street, district = out.get("habitual_street"), out.get("habitual_district")
    if street and district and street.parent_id != district.pk:
        errors.setdefault("habitual_street", []).append(_("常住地街道不属于所选的区。"))
    if street and not district and "habitual_district" in keys:
        out["habitual_district"] = street.parent
    lo, hi = out.get("salary_min"), out.get("salary_max")
    if lo is not None and hi is not None and lo > hi:
        errors.setdefault("salary_max", []).append(_("期望月薪上限不能低于下限。"))
    if out.get("certified_on") and not out.get("difficulty_certified", True):
        errors.setdefault("certified_on", []).append(_("未认定为就业困难人员时不应填写认定日期。"))
    return out


def clean_work_history(*, items, today, errors) -> list[dict]:
    cleaned = []
    for item in items or []:
        if not any(item.get(k) for k in ("employer_name", "occupation_code", "started_on")):
            continue
        row = {"employer_name": (item.get("employer_name") or "").strip(),
               "occupation": _occupation(item.get("occupation_code"), "work_history", errors),
               "started_on": _date(item.get("started_on"), "work_history", errors),
               "ended_on": _date(item.get("ended_on"), "work_history", errors)}
        if row["started_on"] and row["ended_on"] and row["ended_on"] < row["started_on"]:
            errors.setdefault("work_history", []).append(_("工作经历的结束日期不能早于开始日期。"))
        cleaned.append(row)
    return cleaned


def clean_certificates(*, items, today, errors) -> list[dict]:
    cleaned = []
    for item in items or []:
        if not (item.get("name") or "").strip():
            continue
        cleaned.append({"name": item["name"].strip(),
                        "occupation": _occupation(item.get("occupation_code"), "certificates", errors),
                        "skill_level": _int(item.get("skill_level"), "certificates", errors, 1, 5,
                                            _("职业技能等级为1至5级（1级最高）。")),
                        "issued_on": _date(item.get("issued_on"), "certificates", errors)})
    return cleaned


def snapshot(*, values: dict) -> dict:
    """JSON-ready copy of cleaned values for the registration record (BJ-11-2)."""
    out = {}
    for key, value in values.items():
        if isinstance(value, dt.date):
            out[key] = value.isoformat()
        elif isinstance(value, Unit):
            out[key] = {"id": value.pk, "name": value.name}
        elif hasattr(value, "code") and hasattr(value, "name"):
            out[key] = {"code": value.code, "name": value.name}
        elif isinstance(value, list):
            out[key] = [snapshot(values=v) for v in value]
        else:
            out[key] = value
    return out
