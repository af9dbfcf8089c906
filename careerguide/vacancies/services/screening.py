"""City extensions of the discrimination screening rules (BJ-38-3, Open question 22)."""
from __future__ import annotations

import json

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.audit.services import audit_record
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError

from ..models import ScreeningRuleSetVersion
from ..permissions import can_manage_screening_rules
from ..screening.engine import RuleSetError, available_versions, load_ruleset

CLAUSE = "BJ-38-3"


@transaction.atomic
def ruleset_version_create(*, actor, extra, note: str, base_version: str | None = None, name: str = "city",
                           now=None) -> ScreeningRuleSetVersion:
    """Save a new version of the city's screening rules; it applies to every posting screened from now on.

    `extra` is a mapping or JSON text with any of definitions, constructions, grounds, vocabularies,
    neutral_tokens, rules, allow and parameters (see `screening.compiler`).  It extends the newest
    shipped rules unless `base_version` names another, and is checked by compiling it with the
    engine; nothing is saved if it fails."""
    if not can_manage_screening_rules(actor):
        raise DomainError(_("只有市级系统管理员可以修订筛查规则。"), code=CommonErrorCode.FORBIDDEN, clause=CLAUSE)
    if not (note or "").strip():
        raise DomainError(field_errors={"note": [_("请填写修订说明。")]}, code=CommonErrorCode.REQUIRED, clause=CLAUSE)
    if isinstance(extra, str):
        try:
            extra = json.loads(extra or "{}")
        except json.JSONDecodeError as exc:
            raise DomainError(field_errors={"extra": [_("扩展规则不是有效的JSON：%(e)s") % {"e": exc}]},
                              code=CommonErrorCode.INVALID, clause=CLAUSE) from None
    if not isinstance(extra, dict):
        raise DomainError(field_errors={"extra": [_("扩展规则必须是JSON对象。")]}, code=CommonErrorCode.INVALID, clause=CLAUSE)
    extra = {k: v for k, v in extra.items() if k not in ("name", "version")}
    base_version = base_version or available_versions()[-1]
    latest = ScreeningRuleSetVersion.objects.select_for_update().order_by("-number").first()  # no FOR UPDATE on aggregates
    number = (latest.number if latest else 0) + 1
    try:
        ruleset = load_ruleset(base_version, extra={**extra, "name": name, "version": number})
    except (RuleSetError, LookupError) as exc:
        raise DomainError(field_errors={"extra": [_("扩展规则有误：%(e)s") % {"e": exc}]}, code=CommonErrorCode.INVALID,
                          clause=CLAUSE) from None
    row = ScreeningRuleSetVersion.objects.create(name=name, number=number, base_version=base_version, extra=extra,
                                                 note=note.strip(), created_by=actor)
    audit_record(actor=actor, obj=row, unit=getattr(actor, "unit", None), action="create", clause=CLAUSE, now=now,
                 reason=note.strip(), after={"version": ruleset.version, "rules": len(ruleset.rules),
                                             "allow": len(ruleset.allow), "extra": extra})
    return row
