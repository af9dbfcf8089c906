"""Reads of the reference library (CQ-4.3-2), its displays (CQ-7.1.1-1) and handbooks (CQ-7.1.1-2), and the
updates they are owed (CQ-7.1.1-3)."""
import datetime as dt

from django.db.models import Count, Q

from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import visible_to

from ...duty_kinds import KIND_DISPLAY_UPDATE, KIND_HANDBOOK_UPDATE
from ..choices import PolicyItemStatus
from ..models import DisplayPublication, Handbook, PolicyItem
from .process import open_duties_flagged


def policy_item_list(*, actor, q: str = "", category: str = "", status: str = "", in_use_only: bool = False):
    """CQ-4.3-2: the library, searchable by title, issuer, document number and text (without the repealed items
    when `in_use_only`)."""
    qs = visible_to(actor, PolicyItem.objects.select_related("unit"))
    if in_use_only:
        qs = qs.exclude(status=PolicyItemStatus.REPEALED)
    if q:
        qs = qs.filter(Q(title__icontains=q) | Q(issuer__icontains=q) | Q(doc_number__icontains=q)
                       | Q(summary__icontains=q))
    if category:
        qs = qs.filter(category=category)
    return qs.filter(status=status) if status else qs


def policy_item_get(*, actor, pk) -> PolicyItem:
    found = policy_item_list(actor=actor).filter(pk=pk).first()
    if found is None:
        raise NotFound()
    return found


def policy_items_pick(*, actor, pks) -> list[PolicyItem]:
    found = list(policy_item_list(actor=actor).filter(pk__in=pks))
    if len(found) != len(set(pks)):
        raise NotFound()
    return found


def displays_in_effect(*, item=None, unit=None, channel: str = ""):
    """CQ-7.1.1-1: publications not withdrawn (of one item, site and channel when given)."""
    qs = DisplayPublication.objects.filter(withdrawn_on__isnull=True).select_related("item", "unit")
    if item is not None:
        qs = qs.filter(item=item)
    if unit is not None:
        qs = qs.filter(unit=unit)
    return qs.filter(channel=channel) if channel else qs


def display_list(*, actor):
    return visible_to(actor, displays_in_effect())


def handbook_list(*, actor):
    return visible_to(actor, Handbook.objects.select_related("unit").annotate(item_count=Count("items")))


def handbook_items(*, handbook):
    return handbook.items.order_by("category", "title")


def item_displays(*, item):
    """Every publication of the item, withdrawn ones included, newest first."""
    return item.displays.select_related("unit").order_by("-published_on", "-pk")


def handbook_get(*, actor, pk) -> Handbook:
    found = handbook_list(actor=actor).filter(pk=pk).first()
    if found is None:
        raise NotFound()
    return found


def current_handbooks_using(*, item) -> list[Handbook]:
    """CQ-7.1.1-3: the newest version of each handbook that includes the item."""
    return [h for h in Handbook.objects.filter(items=item).select_related("unit", "compiled_by")
            if not Handbook.objects.filter(unit=h.unit, title=h.title, version__gt=h.version).exists()]


def update_duties(*, items_of, today: dt.date) -> list:
    """CQ-7.1.1-3: the open update duties of the displays and handbooks given, each with `overdue`."""
    rows = []
    for subject in items_of:
        kind = KIND_HANDBOOK_UPDATE if isinstance(subject, Handbook) else KIND_DISPLAY_UPDATE
        rows += open_duties_flagged(subject=subject, kind=kind, today=today)
    return rows


def public_display(*, unit) -> list[DisplayPublication]:
    """CQ-7.1.1-1: what the site's screens and boards show now, each with its publication date."""
    return list(displays_in_effect(unit=unit).order_by("channel", "-published_on"))
