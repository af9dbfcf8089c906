"""Who may use the labour-market statistics (BJ-65-1: the information-analyst role)."""
from careerguide.accounts.permissions import is_staff
from careerguide.accounts.roles import Role
from careerguide.organisations.levels import UnitLevel

ANALYSING_ROLES = (Role.ANALYST, Role.UNIT_HEAD, Role.CITY_ADMIN)


def can_analyse_labour_market(actor) -> bool:
    return is_staff(actor) and actor.has_role(*ANALYSING_ROLES)


def can_publish_market_report(actor) -> bool:
    return is_staff(actor) and actor.has_role(*ANALYSING_ROLES)


def can_submit_information(actor) -> bool:
    """Every agency sends in its employment and entrepreneurship information (BJ-7-4)."""
    return is_staff(actor)


def can_publish_centrally(actor) -> bool:
    """The city collects and publishes centrally (BJ-7-4) and receives the training department's classes (BJ-54-2)."""
    return (is_staff(actor) and actor.has_role(*ANALYSING_ROLES) and actor.unit is not None
            and actor.unit.level == UnitLevel.CITY)
