"""Versions of the precise occupational matching tool (BJ-6-2, BJ-15-4)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.errors import DomainError
from careerguide.common.services import audit, today

from .. import rules
from ..error_codes import MatchingErrorCode
from ..models import MatchingInstrument
from ..selectors import instrument_in_force

DEFAULT_NAME = "精准职业匹配工具"
DEFAULT_PURPOSE = "人岗匹配：为求职者推荐岗位、为用人单位推荐求职者（第十五条、第四十条）"


@transaction.atomic
def instrument_publish(*, actor, version: str, weights: dict, min_score: int, effective_from: dt.date,
                       unknown_credit_percent: int = 50, pay_tolerance_percent: int = 10, name: str = DEFAULT_NAME,
                       purpose: str = DEFAULT_PURPOSE, note: str = "", now=None) -> MatchingInstrument:
    """Publish a new version.  Protected personal characteristics are refused as criteria (BJ-15-4)."""
    version = (version or "").strip()
    errors: dict = {}
    if not version:
        errors["version"] = [_("请填写版本号。")]
    elif MatchingInstrument.objects.filter(version=version).exists():
        errors["version"] = [_("该版本号已存在，版本发布后不可修改，请使用新的版本号。")]
    problems = rules.definition_problems(weights=weights, min_score=min_score, unknown_credit_percent=unknown_credit_percent,
                                         pay_tolerance_percent=pay_tolerance_percent)
    if problems:
        errors["weights"] = problems
    if effective_from < today(now):
        errors["effective_from"] = [_("生效日期不能早于今天。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-15-4", code=MatchingErrorCode.INSTRUMENT_INVALID)
    row = MatchingInstrument.objects.create(
        version=version, name=name, purpose=purpose, weights={k: int(v) for k, v in weights.items()}, min_score=min_score,
        unknown_credit_percent=unknown_credit_percent, pay_tolerance_percent=pay_tolerance_percent,
        effective_from=effective_from, published_by=actor, note=note)
    audit(actor=actor, obj=row, unit=actor.unit, action="create", clause="BJ-6-2", now=now,
                 after={"version": version, "weights": row.weights, "min_score": min_score,
                        "effective_from": effective_from})
    return row


def instrument_for(*, on: dt.date) -> MatchingInstrument:
    """The version in force on ``on``; before any publication the built-in default, stored on first use so
    that every result references a stored version (BJ-6-2)."""
    row = instrument_in_force(on=on)
    if row is not None:
        return row
    default = rules.DEFAULT_INSTRUMENT
    row, _created = MatchingInstrument.objects.get_or_create(version=default.version, defaults={
        "name": DEFAULT_NAME, "purpose": DEFAULT_PURPOSE, "weights": dict(default.weights),
        "min_score": default.min_score, "unknown_credit_percent": default.unknown_credit_percent,
        "pay_tolerance_percent": default.pay_tolerance_percent, "output_scale": default.output_scale,
        "effective_from": dt.date(2000, 1, 1), "note": "内置默认版本"})
    return row
