"""Who may act in the master-studio process (HN-3-3, HN-11-1, HN-11-2).

city_hrss (the city bureau) acts through the city unit's administrators and unit heads; the
city public employment and talent service centre (the centre) through the city unit's
administrators, unit heads and counsellors; county and district bureaus through their district
unit's heads; universities and host units through the accounts registered on them.
"""
from careerguide.accounts.permissions import is_signed_in, is_staff
from careerguide.accounts.roles import Role
from careerguide.organisations.levels import UnitLevel


def _at_level(actor, level) -> bool:
    return is_staff(actor) and actor.unit.level == level


def is_city_hrss(actor) -> bool:
    """HN-3-3: only city_hrss records confirmation, deregistration and revocation."""
    return _at_level(actor, UnitLevel.CITY) and actor.has_role(Role.CITY_ADMIN, Role.UNIT_HEAD)


def is_studio_centre(actor) -> bool:
    """HN-11-1: the centre runs review, supervision, assessment and evaluation."""
    return _at_level(actor, UnitLevel.CITY) and actor.has_role(Role.CITY_ADMIN, Role.UNIT_HEAD, Role.COUNSELLOR)


def is_county_bureau(actor) -> bool:
    """HN-11-1: county and district bureaus recommend and grant county special subsidies."""
    return _at_level(actor, UnitLevel.DISTRICT) and actor.has_role(Role.UNIT_HEAD)


def can_view_studios(actor) -> bool:
    return is_staff(actor)


def can_grant_special_subsidy(actor) -> bool:
    return is_city_hrss(actor) or is_county_bureau(actor)


def can_use_studio_portal(actor) -> bool:
    """Host-unit, university and expert self-service; which rows is decided by the selectors."""
    return is_signed_in(actor)
