"""Who may act on the workforce register (BJ ch.7, SD)."""
from careerguide.accounts.permissions import is_staff
from careerguide.accounts.roles import Role
from careerguide.organisations.levels import UnitLevel


def can_view_workforce(actor) -> bool:
    return is_staff(actor)


def can_manage_workforce(actor) -> bool:
    """Unit heads and city administrators keep the register, training and records of their jurisdiction."""
    return is_staff(actor) and actor.has_role(Role.UNIT_HEAD, Role.CITY_ADMIN)


def is_city_level(actor) -> bool:
    return is_staff(actor) and actor.unit.level == UnitLevel.CITY


def can_decide_titles(actor) -> bool:
    """BJ-68-1: only the city agency reviews and records the four titles."""
    return can_manage_workforce(actor) and is_city_level(actor)


def can_record_provincial_awards(actor) -> bool:
    """SD-20-2: the titles are conferred province-wide; the city administrator records the provincial decision."""
    return is_staff(actor) and actor.has_role(Role.CITY_ADMIN)


def can_evaluate(actor) -> bool:
    """SD-21-2: any staff member may record an evaluation (never of themselves, SD-21-4)."""
    return is_staff(actor)


def can_record_services(actor) -> bool:
    """SD-11-*, SD-7-2: counsellors, case workers and heads record services and review platform suggestions."""
    return is_staff(actor) and actor.has_role(Role.COUNSELLOR, Role.CASE_WORKER, Role.UNIT_HEAD, Role.CITY_ADMIN)
