"""Who may set early-warning indicators: the head of the city or a district agency, or a city administrator
(BJ-58-1, BJ-58-2)."""
from careerguide.accounts.permissions import is_staff
from careerguide.accounts.roles import Role


def can_set_warning_indicators(actor) -> bool:
    return is_staff(actor) and actor.has_role(Role.UNIT_HEAD, Role.CITY_ADMIN)
