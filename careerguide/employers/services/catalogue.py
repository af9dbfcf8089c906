"""The prohibited and restricted industry catalogue: editions, entries, publication (BJ-44-2, BJ-45-7)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.audit.services import audit_record
from careerguide.common.errors import DomainError

from ..models import CatalogueMeasure, IndustryCatalogueEntry, IndustryCatalogueVersion
from ..permissions import can_manage_industry_catalogue
from .employers import INDUSTRY_CODE


def _require_admin(actor) -> None:
    if not can_manage_industry_catalogue(actor):
        raise DomainError(_("只有市级系统管理员可以维护产业禁止和限制目录。"), clause="BJ-44-2", code="forbidden")


@transaction.atomic
def catalogue_version_create(*, actor, title: str, edition: str, effective_from: dt.date, now=None):
    _require_admin(actor)
    if not (title or "").strip() or not (edition or "").strip():
        raise DomainError(_("请填写目录名称和版本。"))
    if IndustryCatalogueVersion.objects.filter(edition=edition.strip()).exists():
        raise DomainError(field_errors={"edition": [_("该版本已存在。")]})
    version = IndustryCatalogueVersion.objects.create(title=title.strip(), edition=edition.strip(),
                                                      effective_from=effective_from)
    audit_record(actor=actor, obj=version, action="create", clause="BJ-44-2", now=now,
                 after={"edition": version.edition, "effective_from": effective_from})
    return version


@transaction.atomic
def catalogue_entry_add(*, actor, version: IndustryCatalogueVersion, industry_code: str, measure: str,
                        industry_name: str = "", region=None, now=None) -> IndustryCatalogueEntry:
    """Entries may be added only before the edition is published (published editions are fixed)."""
    _require_admin(actor)
    if version.published_at is not None:
        raise DomainError(_("目录已发布，不能再修改；请发布新版本。"), clause="BJ-44-2")
    code = (industry_code or "").strip().upper()
    errors = {}
    if not INDUSTRY_CODE.match(code):
        errors["industry_code"] = [_("行业代码应为国民经济行业分类代码，如“C26”。")]
    if measure not in CatalogueMeasure.values:
        errors["measure"] = [_("管理措施无效。")]
    if errors:
        raise DomainError(field_errors=errors)
    entry = IndustryCatalogueEntry.objects.create(version=version, industry_code=code, measure=measure,
                                                  industry_name=industry_name, region=region)
    audit_record(actor=actor, obj=version, action="catalogue_entry_add", clause="BJ-44-2", now=now,
                 after={"industry_code": code, "measure": measure, "region": region.pk if region else None})
    return entry


@transaction.atomic
def catalogue_version_publish(*, actor, version: IndustryCatalogueVersion, now=None) -> IndustryCatalogueVersion:
    """Publish an edition; from its effective date it replaces the previous one.  The enterprises
    it now covers are listed by `catalogue_affected_agreements` (BJ-45-7)."""
    _require_admin(actor)
    if version.published_at is not None:
        raise DomainError(_("该版本已发布。"))
    version.published_at = now or timezone.now()
    version.published_by = actor
    version.save(update_fields=["published_at", "published_by", "updated_at"])
    audit_record(actor=actor, obj=version, action="publish", clause="BJ-45-7", now=now,
                 after={"edition": version.edition, "entries": version.entries.count()})
    return version
