"""The lookups city HRSS keeps (CZ-5-4 old certificate titles, CZ-5-6 relevant occupations, CZ-5-9 the enterprise
size standard, CZ-5-12 the "1028" sectors): one service adds or edits a row; rows are switched off, never deleted,
so earlier applications keep their meaning."""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, refuse, require_text
from careerguide.organisations.selectors import city_unit

from ..choices import LookupKind, Occupation
from ..lookup_defaults import OLD_TITLES, RELEVANT, SME
from ..models import ExpertLookup
from .access import require_city_hrss

CLAUSES = {LookupKind.OLD_TITLE: "CZ-5-4", LookupKind.RELEVANT_OCCUPATION: "CZ-5-6", LookupKind.SME_STANDARD: "CZ-5-9",
           LookupKind.SECTOR_1028: "CZ-5-12"}


def _checked(kind: str, occupation: str, level, data) -> None:
    if kind not in LookupKind.values:
        refuse(_("请选择查找表类别。"), code=CommonErrorCode.INVALID, field="kind")
    if kind == LookupKind.OLD_TITLE and (occupation not in Occupation.values or level not in (1, 2, 3, 4, 5)):
        refuse(_("原证书名称须对应职业和1至5级中的一级（1级最高）。"), code=CommonErrorCode.INVALID, clause="CZ-5-4",
               field="level")
    if kind == LookupKind.SME_STANDARD and not isinstance(data, dict) or kind == LookupKind.SME_STANDARD and not (
            data.get("large") and data.get("medium")):
        refuse(_("划分标准须列出大型和中型企业的指标下限。"), code=CommonErrorCode.INVALID, clause="CZ-5-9", field="data")


@transaction.atomic
def lookup_save(*, actor, kind: str, code: str, label: str = "", occupation: str = "", level=None, data=None,
                active: bool = True, now=None) -> ExpertLookup:
    """Add a row or change it (matched on kind and code); city HRSS only."""
    require_city_hrss(actor=actor, clause=CLAUSES.get(kind, "CZ-2-1"))
    code = require_text(code, field="code", label=_("代码或名称"), clause=CLAUSES.get(kind, ""))
    _checked(kind, occupation, level, data or {})
    row, created = ExpertLookup.objects.get_or_create(kind=kind, code=code, defaults={"label": label or code})
    before = {} if created else {"label": row.label, "level": row.level, "active": row.active, "data": row.data}
    row.label, row.occupation, row.level, row.data, row.active = (label or code).strip(), occupation, level, \
        data or {}, active
    row.save()
    audit(actor=actor, obj=row, unit=city_unit(), action="create" if created else "update", clause=CLAUSES[kind],
          now=now, before=before, after={"label": row.label, "level": level, "active": active, "data": row.data})
    return row


@transaction.atomic
def lookups_seed_defaults(*, actor, now=None) -> int:
    """Restore the starting rows that are missing (the data migration loaded them into an existing database); rows
    city HRSS has changed or switched off are left as they are; returns the rows added.  City HRSS only."""
    require_city_hrss(actor=actor, clause="CZ-5-4")
    rows = [(LookupKind.OLD_TITLE, title, {"label": title, "occupation": occupation, "level": level})
            for title, occupation, level in OLD_TITLES]
    rows += [(LookupKind.RELEVANT_OCCUPATION, code, {"label": label, "occupation": code}) for code, label in RELEVANT]
    rows += [(LookupKind.SME_STANDARD, code, {"label": label, "data": data}) for code, label, data in SME]
    added = 0
    for kind, code, defaults in rows:
        row, created = ExpertLookup.objects.get_or_create(kind=kind, code=code, defaults=defaults)
        if created:
            added += 1
            audit(actor=actor, obj=row, unit=city_unit(), action="create", clause=CLAUSES[kind], now=now,
                  after={"label": row.label, "restored_default": True})
    return added
