"""Reads of the open service catalogue (CQ-5.1-6, CQ-5.2-2, CQ-5.2-3, CQ-9.1.1-2), the public service items of
cases (CQ-7.1.10-1) and the training-institution register (CQ-7.1.5-*)."""
import datetime as dt
from dataclasses import dataclass

from django.db.models import Q

from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import visible_to

from .. import rules
from ..choices import CORE_CATALOGUE, InstitutionAttribute
from ..models import CatalogueEntry, InstitutionVerification, TrainingInstitution


@dataclass(frozen=True)
class CatalogueItem:
    code: str
    label: str
    recipient_types: tuple
    parent: str
    content: str
    core: bool
    since: dt.date  # when the entry took effect (the standard's publication for the core types)


def catalogue(*, on: dt.date, recipient_type: str | None = None) -> list[CatalogueItem]:
    """The live catalogue on `on`: the types the standard lists, then the added types in effect and not
    disabled (CQ-5.1-6, CQ-9.1.1-2)."""
    items = [CatalogueItem(str(code), str(code.label), types, str(parent), str(content), True, rules.STANDARD_PUBLISHED)
             for code, types, parent, content, _clause in CORE_CATALOGUE]
    added = CatalogueEntry.objects.filter(effective_from__lte=on).filter(Q(disabled_on__isnull=True) | Q(disabled_on__gt=on))
    items += [CatalogueItem(e.code, e.label, (e.recipient_type,), e.parent_code, e.description, False, e.effective_from)
              for e in added]
    return [i for i in items if recipient_type is None or recipient_type in i.recipient_types]


def catalogue_codes(*, on: dt.date, recipient_type: str | None = None) -> set[str]:
    return {i.code for i in catalogue(on=on, recipient_type=recipient_type)}


def catalogue_children(*, code: str, on: dt.date) -> set[str]:
    """CQ-5.2-2: the sub-types of a type (recruitment guidance's four, and any added)."""
    return {i.code for i in catalogue(on=on) if i.parent == code}


def catalogue_labels(*, on: dt.date) -> dict[str, str]:
    labels = {i.code: i.label for i in catalogue(on=on)}
    labels.update({e.code: e.label for e in CatalogueEntry.objects.all() if e.code not in labels})
    return labels


def catalogue_choices(*, on: dt.date, recipient_type: str | None = None, top_level: bool = False) -> list[tuple]:
    return [(i.code, i.label) for i in catalogue(on=on, recipient_type=recipient_type)
            if not (top_level and i.parent)]


def catalogue_entries():
    """Every added entry, disabled ones included, for the administrators' page."""
    return CatalogueEntry.objects.all()


def institution_list(*, actor):
    return visible_to(actor, TrainingInstitution.objects.prefetch_related("verifications"))


def institution_get(*, actor, pk) -> TrainingInstitution:
    found = institution_list(actor=actor).filter(pk=pk).first()
    if found is None:
        raise NotFound()
    return found


def institution_verified_attributes(*, institution) -> set[str]:
    return set(InstitutionVerification.objects.filter(institution=institution).values_list("attribute", flat=True))


def institution_verifications(*, institution):
    return institution.verifications.select_related("verified_by")


def recommendable_institutions(*, actor, on: dt.date) -> list[TrainingInstitution]:
    """CQ-7.1.5-2: the institutions of the jurisdiction that may be recommended on `on`."""
    return [i for i in institution_list(actor=actor)
            if not rules.recommendation_problems(verified={v.attribute for v in i.verifications.all()},
                                                 required=InstitutionAttribute.values, valid_from=i.valid_from,
                                                 valid_until=i.valid_until, on=on)]
