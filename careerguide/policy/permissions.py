"""Who may set a jurisdiction's policy values.

City administrators set city-wide values; a district may set its own thresholds
(BJ-58-2), by its unit head or a city administrator.
"""
from careerguide.accounts.permissions import is_city_admin, is_staff
from careerguide.accounts.roles import Role
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.scoping import unit_in_jurisdiction

OVERRIDE_LEVELS = (UnitLevel.CITY, UnitLevel.DISTRICT)


def can_override_policy(actor) -> bool:
    """May open the override form at all: a city administrator, or the head of a city or district unit."""
    if is_city_admin(actor):
        return True
    return is_staff(actor) and actor.has_role(Role.UNIT_HEAD) and actor.unit.level in OVERRIDE_LEVELS


def can_override_policy_for_unit(actor, unit) -> bool:
    """City units: city administrators only. District units: a city administrator or unit head whose
    jurisdiction contains the district."""
    if unit is None or unit.level not in OVERRIDE_LEVELS or not unit_in_jurisdiction(actor, unit):
        return False
    if unit.level == UnitLevel.CITY:
        return is_city_admin(actor)
    return actor.has_role(Role.CITY_ADMIN, Role.UNIT_HEAD)
