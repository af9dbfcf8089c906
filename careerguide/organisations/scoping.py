"""Jurisdiction scoping: the one place that decides which rows an actor may see.

Deny by default: an actor without a unit (or an inactive one) sees nothing.
City users see everything (BJ-4-2); a district sees its subtree (BJ-4-3); a
street/township sees its own subtree, community stations included (BJ-4-4).
"""
from __future__ import annotations

from django.db.models import Q, QuerySet


def actor_unit(actor):
    if actor is None or not getattr(actor, "is_authenticated", False) or not actor.is_active:
        return None
    return getattr(actor, "unit", None)


def jurisdiction_q(actor, unit_field: str = "unit") -> Q:
    """A Q object that keeps rows whose `unit_field` lies in the actor's jurisdiction."""
    unit = actor_unit(actor)
    if unit is None or not getattr(actor, "is_staff_member", False):
        return Q(pk__in=[])
    lookup = f"{unit_field}__path__startswith" if unit_field else "path__startswith"
    return Q(**{lookup: unit.path})


def visible_to(actor, queryset: QuerySet, unit_field: str = "unit") -> QuerySet:
    """Scope any queryset by the unit a row belongs to (`unit_field=""` scopes units themselves)."""
    return queryset.filter(jurisdiction_q(actor, unit_field))


def unit_in_jurisdiction(actor, unit) -> bool:
    own = actor_unit(actor)
    return own is not None and getattr(actor, "is_staff_member", False) and unit is not None and unit.path.startswith(own.path)
