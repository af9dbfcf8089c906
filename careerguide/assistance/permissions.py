"""Who may act in chapter 3 (role predicates; rows are scoped by visible_to)."""
from careerguide.accounts.permissions import is_staff
from careerguide.accounts.roles import Role
from careerguide.organisations.levels import UnitLevel


def _level(actor):
    return getattr(getattr(actor, "unit", None), "level", None)


def can_view_assistance(actor) -> bool:
    return is_staff(actor)


def can_serve_assistance(actor) -> bool:
    """Street/township staff who serve persons under assistance (BJ-4-4, BJ-23-7)."""
    return (is_staff(actor) and _level(actor) == UnitLevel.STREET
            and actor.has_role(Role.CASE_WORKER, Role.COUNSELLOR, Role.UNIT_HEAD))


def can_approve_assistance(actor) -> bool:
    """The street/township agency approves terminations (BJ-29-1)."""
    return is_staff(actor) and _level(actor) == UnitLevel.STREET and actor.has_role(Role.UNIT_HEAD)


def can_decide_transfers(actor) -> bool:
    """District and city agencies forward, return, approve or reject transfers (BJ-24-3)."""
    return is_staff(actor) and _level(actor) in (UnitLevel.DISTRICT, UnitLevel.CITY) and actor.has_role(Role.UNIT_HEAD)


def may_be_case_worker(user, unit) -> bool:
    """BJ-23-2: a guidance officer of the signing street/township agency itself."""
    return (is_staff(user) and user.unit_id == unit.pk
            and user.has_role(Role.CASE_WORKER, Role.COUNSELLOR))
