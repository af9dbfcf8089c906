"""Reads of the key groups (BJ-33-1)."""
from __future__ import annotations

import datetime as dt

from django.db.models import Q

from careerguide.common.errors import NotFound

from ..models import KeyGroup


def _ancestor_ids(unit) -> list[int]:
    return [int(pk) for pk in unit.path.strip("/").split("/") if pk] if unit is not None else []


def key_group_list(*, actor):
    """The groups that apply to the actor's agency: designated by the city, by its district or by itself, and the
    groups designated below it."""
    unit = getattr(actor, "unit", None)
    if unit is None or not getattr(actor, "is_staff_member", False):
        return KeyGroup.objects.none()
    return (KeyGroup.objects.filter(Q(unit_id__in=_ancestor_ids(unit)) | Q(unit__path__startswith=unit.path))
            .select_related("unit").order_by("-effective_from", "name"))


def key_groups_in_force(*, unit, on: dt.date):
    return KeyGroup.objects.filter(unit_id__in=_ancestor_ids(unit), effective_from__lte=on).filter(
        Q(effective_to__isnull=True) | Q(effective_to__gte=on))


def key_group_get(*, actor, pk) -> KeyGroup:
    group = key_group_list(actor=actor).filter(pk=pk).first()
    if group is None:
        raise NotFound()
    return group
