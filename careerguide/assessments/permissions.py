"""Who may work with assessments (CQ-4.6.1-4): administering and signing need the guidance-staff role;
publishing an instrument version is for management staff."""
from careerguide.accounts.permissions import is_staff
from careerguide.accounts.roles import Role


def can_use_assessments(actor) -> bool:
    return is_staff(actor) and actor.has_role(Role.COUNSELLOR, Role.UNIT_HEAD)


def can_administer_assessments(actor) -> bool:
    return is_staff(actor) and actor.has_role(Role.COUNSELLOR)


def can_publish_instruments(actor) -> bool:
    return is_staff(actor) and actor.has_role(Role.UNIT_HEAD, Role.CITY_ADMIN)
