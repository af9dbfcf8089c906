"""Reads of staff accounts: who can be chosen as an officer, a counsellor, a case worker or a receiver.

Pages and the API never query users themselves: a choice list comes from `staff_list` (the
actor's jurisdiction) or `staff_of_unit_tree` (the staff of a unit the business rule names, such
as a key enterprise's district, which may lie above the actor); an id posted by a client is
resolved with `staff_pick`, which refuses an unknown or out-of-scope id on the field it came from.
"""
from __future__ import annotations

from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.organisations.scoping import visible_to

from .models import User
from .roles import UserKind


def _staff():
    return User.objects.filter(kind=UserKind.STAFF, is_active=True)


def _with_roles(qs, roles):
    return qs.filter(role_assignments__role__in=roles).distinct() if roles else qs


def staff_list(*, actor, roles=(), unit=None):
    """Active staff inside the actor's jurisdiction (of `unit` only, when given), by unit then name."""
    qs = visible_to(actor, _staff())
    if unit is not None:
        qs = qs.filter(unit=unit)
    return _with_roles(qs, roles).select_related("unit").order_by("unit__path", "full_name")


def staff_of_unit_tree(*, unit, roles=()):
    """Active staff of `unit` and the units below it (for rules that name the unit, not the actor)."""
    qs = _staff().filter(unit__path__startswith=unit.path)
    return _with_roles(qs, roles).select_related("unit").order_by("unit__path", "full_name")


def staff_pick(*, actor, pk, field: str, roles=(), unit=None, required: bool = True) -> User | None:
    """The staff member `pk` posted on `field`, if inside the actor's jurisdiction; refused on the field otherwise."""
    if pk in (None, ""):
        if required:
            raise DomainError(field_errors={field: [_("请选择工作人员。")]}, code=CommonErrorCode.REQUIRED)
        return None
    qs = staff_list(actor=actor, roles=roles) if unit is None else staff_of_unit_tree(unit=unit, roles=roles)
    user = qs.filter(pk=pk).first()
    if user is None:
        raise DomainError(field_errors={field: [_("未找到该工作人员，或其不在可选范围内。")]}, code=CommonErrorCode.INVALID)
    return user
