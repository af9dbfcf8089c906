"""Who may supervise (BJ-56-1: upper-level agencies) and handle complaints (BJ-5-4)."""
from careerguide.accounts.permissions import is_staff
from careerguide.accounts.roles import Role


def can_supervise(actor) -> bool:
    return is_staff(actor) and actor.has_role(Role.UNIT_HEAD, Role.CITY_ADMIN)


def can_view_supervision(actor) -> bool:
    """Lower-level agencies see the issues addressed to them and report rectification."""
    return is_staff(actor)


def can_handle_complaints(actor) -> bool:
    return is_staff(actor) and actor.has_role(Role.UNIT_HEAD, Role.CITY_ADMIN)


def can_evaluate_performance(actor) -> bool:
    """The city and each district evaluate the agencies below them (BJ-55-1): their heads and city administrators."""
    return is_staff(actor) and actor.has_role(Role.UNIT_HEAD, Role.CITY_ADMIN)


def can_record_community_surveys(actor) -> bool:
    """BJ-60-2: community labour-security assistants and the staff of streets (townships) record the stations'
    labour-resource and monitoring surveys; upper levels read them."""
    return is_staff(actor)
