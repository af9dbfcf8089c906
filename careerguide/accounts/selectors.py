"""Reads of staff accounts: who can be chosen as an officer, a counsellor, a case worker or a receiver.

Pages and the API never query users themselves: a choice list comes from `staff_list` (the
actor's jurisdiction) or `staff_of_unit_tree` (the staff of a unit the business rule names, such
as a key enterprise's district, which may lie above the actor); an id posted by a client is
resolved with `staff_pick`, which refuses an unknown or out-of-scope id on the field it came from.
"""
from __future__ import annotations

from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.organisations.models import Unit
from careerguide.organisations.scoping import visible_to

from .models import SecondFactorRequirement, User
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


def second_factor_device(*, user, confirmed: bool | None = True):
    """The user's TOTP device (confirmed, unconfirmed, or either with None), or None."""
    if not getattr(user, "pk", None):
        return None
    qs = TOTPDevice.objects.filter(user=user)
    if confirmed is not None:
        qs = qs.filter(confirmed=confirmed)
    return qs.order_by("-pk").first()


def second_factor_required(*, user) -> bool:
    """Whether a city administrator requires a second factor for the user's unit or a unit above it."""
    if not getattr(user, "is_staff_member", False):
        return False
    ancestors = [int(pk) for pk in user.unit.path.strip("/").split("/") if pk]
    return SecondFactorRequirement.objects.filter(unit_id__in=ancestors, required=True).exists()


def second_factor_unit_list(*, actor):
    """Units in the actor's jurisdiction with whether each requires the second factor itself."""
    required = SecondFactorRequirement.objects.filter(unit=OuterRef("pk"), required=True)
    return visible_to(actor, Unit.objects.all(), "").annotate(second_factor=Exists(required)).order_by("path")


def second_factor_pending_user(*, pk) -> User | None:
    """The active user who passed the password step of a login and still owes the code."""
    return User.objects.filter(pk=pk, is_active=True).first() if pk else None
