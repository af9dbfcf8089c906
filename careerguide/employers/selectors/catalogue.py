"""Reading the industry catalogue and checking enterprises against it (BJ-44-1, BJ-44-2, BJ-45-2, BJ-45-7)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import visible_to

from ..models import DailyServiceAgreement, IndustryCatalogueVersion
from ..rules import CatalogueRow, catalogue_hits
from ..states import RELATIONSHIP_SERVING


def catalogue_version_list():
    return IndustryCatalogueVersion.objects.prefetch_related("entries__region").order_by("-effective_from", "-pk")


def catalogue_version_get(*, pk) -> IndustryCatalogueVersion:
    version = IndustryCatalogueVersion.objects.filter(pk=pk).first()
    if version is None:
        raise NotFound()
    return version


def catalogue_in_force(*, on: dt.date) -> IndustryCatalogueVersion | None:
    """The published edition with the latest effective date on or before `on`."""
    return (IndustryCatalogueVersion.objects.filter(published_at__isnull=False, effective_from__lte=on)
            .order_by("-effective_from", "-pk").first())


def _rows(version) -> list[CatalogueRow]:
    return [CatalogueRow(e.industry_code, e.measure, e.region.path if e.region_id else None)
            for e in version.entries.select_related("region")]


@dataclass
class CatalogueCheck:
    version: IndustryCatalogueVersion | None
    hits: list

    @property
    def clear(self) -> bool:
        return self.version is not None and not self.hits


def catalogue_check(*, industry_code: str, target_unit, on: dt.date) -> CatalogueCheck:
    """Is the enterprise's industry outside the catalogue of the region of `target_unit` on `on`?"""
    version = catalogue_in_force(on=on)
    if version is None:
        return CatalogueCheck(None, [])
    return CatalogueCheck(version, catalogue_hits(industry_code=industry_code, rows=_rows(version),
                                                  target_path=target_unit.path))


def catalogue_affected_agreements(*, actor, version: IndustryCatalogueVersion) -> list:
    """BJ-45-7: enterprises with a daily service relationship in force that `version` now covers
    in their serving agency's region, for the BJ-45-5 decision."""
    rows = _rows(version)
    agreements = visible_to(actor, DailyServiceAgreement.objects.filter(status__in=RELATIONSHIP_SERVING)
                            .select_related("employer", "unit"))
    return [(a, hits) for a in agreements
            if (hits := catalogue_hits(industry_code=a.employer.industry_code, rows=rows, target_path=a.unit.path))]
