"""Who may record community size and read the staffing report (BJ-60-2): the heads of the station's street,
district or city, and city administrators."""
from careerguide.accounts.permissions import is_staff
from careerguide.accounts.roles import Role


def can_manage_community_staffing(actor) -> bool:
    return is_staff(actor) and actor.has_role(Role.UNIT_HEAD, Role.CITY_ADMIN)
