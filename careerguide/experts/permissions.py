"""Who may act on the expert team (role predicates; rows are scoped by the selectors).

city_hrss (市人社局) acts are done by city administrators and unit heads of the city unit (CZ-2-1).
"""
from careerguide.accounts.permissions import is_city_admin, is_signed_in, is_staff
from careerguide.accounts.roles import Role, UserKind
from careerguide.organisations.levels import UnitLevel


def is_city_hrss(actor) -> bool:
    """Appoint, renew, dismiss, review, publish notices, decide objections (CZ-2-1, CZ-7-15)."""
    return is_staff(actor) and actor.unit.level == UnitLevel.CITY and actor.has_role(Role.CITY_ADMIN, Role.UNIT_HEAD)


def is_agency_staff(actor) -> bool:
    """A public employment service agency that receives, screens and recommends (CZ-6-8..6-11)."""
    return (is_staff(actor) and actor.unit.level in (UnitLevel.CITY, UnitLevel.DISTRICT)
            and actor.has_role(Role.UNIT_HEAD, Role.COUNSELLOR))


def is_recommender(actor) -> bool:
    """A university career office or association account (CZ-6-12, CZ-6-13)."""
    return is_signed_in(actor) and actor.expert_recommenders.exists()


def is_expert_portal_user(actor) -> bool:
    """An applicant, nominee or serving expert signed in on the portal."""
    return is_signed_in(actor) and actor.kind == UserKind.EXPERT


def can_apply(actor) -> bool:
    return is_expert_portal_user(actor) or is_agency_staff(actor) or is_recommender(actor)


def can_view_applications(actor) -> bool:
    return is_agency_staff(actor) or is_city_hrss(actor) or is_recommender(actor) or is_expert_portal_user(actor)


def can_view_experts(actor) -> bool:
    return is_staff(actor)


def can_remove_bar(actor) -> bool:
    """CZ-9-9: only a system administrator correcting a data error."""
    return is_city_admin(actor)


def can_manage_library(actor) -> bool:
    """SD-9-1: the keeping unit's head (or the city administrator) enrols experts and ends their records."""
    return (is_staff(actor) and actor.unit.level in (UnitLevel.CITY, UnitLevel.DISTRICT)
            and actor.has_role(Role.CITY_ADMIN, Role.UNIT_HEAD))


def can_use_library(actor) -> bool:
    """SD-9-2, SD-9-3: staff of any unit may look up usable experts and log their use."""
    return is_staff(actor)
