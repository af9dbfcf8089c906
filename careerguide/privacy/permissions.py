"""Who may see the read log: the heads of the serving agencies and city administrators (BJ-51-2)."""
from careerguide.accounts.permissions import is_staff
from careerguide.accounts.roles import Role


def can_view_read_log(actor) -> bool:
    return is_staff(actor) and actor.has_role(Role.UNIT_HEAD, Role.CITY_ADMIN)


def can_export_personal_data(actor) -> bool:
    """BJ-51-3 (proposed): bulk export of personal data is a permission of its own: unit heads and city
    administrators, never the whole front line."""
    return is_staff(actor) and actor.has_role(Role.UNIT_HEAD, Role.CITY_ADMIN)
