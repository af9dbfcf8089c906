"""Who may act on the resource library (SD-17-*)."""
from careerguide.accounts.permissions import is_staff
from careerguide.accounts.roles import Role


def can_use_resources(actor) -> bool:
    return is_staff(actor)


def can_review_resources(actor) -> bool:
    return is_staff(actor) and actor.has_role(Role.UNIT_HEAD, Role.CITY_ADMIN)
