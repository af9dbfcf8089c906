"""The prohibited and restricted industry catalogue: editions, entries, publication (BJ-44-2, BJ-45-7),
and the refusal an enterprise inside it gets (BJ-44-1, BJ-45-2)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, now_or, refuse, refuse_forbidden, require_text

from ..choices import CatalogueMeasure
from ..error_codes import EmployerErrorCode
from ..models import IndustryCatalogueEntry, IndustryCatalogueVersion
from ..permissions import can_manage_industry_catalogue
from .employers import INDUSTRY_CODE


def catalogue_refusal(*, check, clause: str) -> DomainError | None:
    """A refusal naming the catalogue rows that cover the enterprise, or None when it is clear."""
    if check.version is None:
        return DomainError(_("尚未发布施行中的新增产业禁止和限制目录，无法核实。"), clause=clause,
                           code=EmployerErrorCode.NO_CATALOGUE)
    if check.hits:
        codes = "、".join(f"{h.industry_code}（{CatalogueMeasure(h.measure).label}）" for h in check.hits)
        return DomainError(_("该企业所属行业在%(edition)s内：%(codes)s，不属于重点企业。")
                           % {"edition": check.version, "codes": codes}, clause=clause, code=EmployerErrorCode.IN_CATALOGUE)
    return None


def _require_admin(actor) -> None:
    if not can_manage_industry_catalogue(actor):
        refuse_forbidden(message=_("只有市级系统管理员可以维护产业禁止和限制目录。"), clause="BJ-44-2")


def _require_unpublished(version: IndustryCatalogueVersion, message) -> None:
    if version.published_at is not None:
        refuse(message, clause="BJ-44-2", code=EmployerErrorCode.CATALOGUE_PUBLISHED)


@transaction.atomic
def catalogue_version_create(*, actor, title: str, edition: str, effective_from: dt.date, now=None):
    _require_admin(actor)
    title = require_text(title, field="title", label=_("目录名称"), clause="BJ-44-2")
    edition = require_text(edition, field="edition", label=_("版本"), clause="BJ-44-2")
    if IndustryCatalogueVersion.objects.filter(edition=edition).exists():
        refuse(_("该版本已存在。"), field="edition", code=CommonErrorCode.DUPLICATE)
    version = IndustryCatalogueVersion.objects.create(title=title, edition=edition, effective_from=effective_from)
    audit(actor=actor, obj=version, action="create", unit=None, clause="BJ-44-2", now=now,
          after={"edition": version.edition, "effective_from": effective_from})
    return version


@transaction.atomic
def catalogue_entry_add(*, actor, version: IndustryCatalogueVersion, industry_code: str, measure: str,
                        industry_name: str = "", region=None, now=None) -> IndustryCatalogueEntry:
    """Entries may be added only before the edition is published (published editions are fixed)."""
    _require_admin(actor)
    _require_unpublished(version, _("目录已发布，不能再修改；请发布新版本。"))
    code = (industry_code or "").strip().upper()
    errors = {}
    if not INDUSTRY_CODE.match(code):
        errors["industry_code"] = [_("行业代码应为国民经济行业分类代码，如“C26”。")]
    if measure not in CatalogueMeasure.values:
        errors["measure"] = [_("管理措施无效。")]
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.INVALID)
    entry = IndustryCatalogueEntry.objects.create(version=version, industry_code=code, measure=measure,
                                                  industry_name=industry_name, region=region)
    audit(actor=actor, obj=version, action="catalogue_entry_add", unit=None, clause="BJ-44-2", now=now,
          after={"industry_code": code, "measure": measure, "region": region.pk if region else None})
    return entry


@transaction.atomic
def catalogue_version_publish(*, actor, version: IndustryCatalogueVersion, now=None) -> IndustryCatalogueVersion:
    """Publish an edition; from its effective date it replaces the previous one.  The enterprises
    it now covers are listed by `catalogue_affected_agreements` (BJ-45-7)."""
    _require_admin(actor)
    _require_unpublished(version, _("该版本已发布。"))
    version.published_at = now_or(now)
    version.published_by = actor
    version.save(update_fields=["published_at", "published_by", "updated_at"])
    audit(actor=actor, obj=version, action="publish", unit=None, clause="BJ-45-7", now=now,
          after={"edition": version.edition, "entries": version.entries.count()})
    return version
