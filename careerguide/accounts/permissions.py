"""Who may act: role predicates over the signed-in user.

Each predicate takes the actor (and optionally an object) and returns a bool.
Which rows an actor sees is decided by `organisations.scoping.visible_to`.
"""
from .roles import ROLES_REVEALING_PERSONAL_DATA, ROLES_SERVING_EMPLOYERS, ROLES_SERVING_JOB_SEEKERS, Role, UserKind


def is_signed_in(actor) -> bool:
    return bool(actor and actor.is_authenticated and actor.is_active)


def is_staff(actor) -> bool:
    return is_signed_in(actor) and actor.is_staff_member


def is_city_admin(actor) -> bool:
    return is_staff(actor) and actor.has_role(Role.CITY_ADMIN)


def is_job_seeker(actor) -> bool:
    return is_signed_in(actor) and actor.kind == UserKind.JOB_SEEKER


def can_view_job_seekers(actor) -> bool:
    return is_staff(actor)


def can_manage_job_seekers(actor) -> bool:
    return is_staff(actor) and actor.has_role(*ROLES_SERVING_JOB_SEEKERS)


def can_view_employers(actor) -> bool:
    return is_staff(actor)


def can_manage_employers(actor) -> bool:
    return is_staff(actor) and actor.has_role(*ROLES_SERVING_EMPLOYERS)


def can_reveal_personal_data(actor) -> bool:
    """Full ID and phone numbers only for roles whose work needs them (BJ-51-2)."""
    return is_staff(actor) and actor.has_role(*ROLES_REVEALING_PERSONAL_DATA)


def can_view_audit_trail(actor) -> bool:
    return is_staff(actor)


def can_manage_units(actor) -> bool:
    return is_city_admin(actor)


def can_edit_unit_disclosure(actor, unit) -> bool:
    """The unit's own head, or a city administrator (BJ-5-10)."""
    return is_staff(actor) and (is_city_admin(actor) or (actor.has_role(Role.UNIT_HEAD) and actor.unit_id == unit.pk))
