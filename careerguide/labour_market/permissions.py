"""Who may use the labour-market statistics (BJ-65-1: the information-analyst role)."""
from careerguide.accounts.permissions import is_staff
from careerguide.accounts.roles import Role

ANALYSING_ROLES = (Role.ANALYST, Role.UNIT_HEAD, Role.CITY_ADMIN)


def can_analyse_labour_market(actor) -> bool:
    return is_staff(actor) and actor.has_role(*ANALYSING_ROLES)


def can_publish_market_report(actor) -> bool:
    return is_staff(actor) and actor.has_role(*ANALYSING_ROLES)
