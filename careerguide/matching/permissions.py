"""Who may act in matching (role predicates; rows are scoped by the selectors)."""
from careerguide.accounts.permissions import is_city_admin, is_signed_in, is_staff
from careerguide.accounts.roles import ROLES_SERVING_EMPLOYERS, ROLES_SERVING_JOB_SEEKERS, UserKind


def can_view_matching(actor) -> bool:
    return is_staff(actor)


def can_recommend_vacancies(actor) -> bool:
    """Recommend vacancies to a job seeker (BJ-15-2): staff serving job seekers."""
    return is_staff(actor) and actor.has_role(*ROLES_SERVING_JOB_SEEKERS)


def can_recommend_candidates(actor) -> bool:
    """Recommend job seekers to an employer and record its demand profile (BJ-40-1): staff serving employers."""
    return is_staff(actor) and actor.has_role(*ROLES_SERVING_EMPLOYERS)


def can_record_outcomes(actor) -> bool:
    """Follow up results in either direction (BJ-16-1, BJ-41-1)."""
    return is_staff(actor) and actor.has_role(*(ROLES_SERVING_JOB_SEEKERS | ROLES_SERVING_EMPLOYERS))


def can_manage_matching_instruments(actor) -> bool:
    """Versions of the city-wide matching instrument are published by the city (BJ-6-2)."""
    return is_city_admin(actor)


def is_employer_agent(actor) -> bool:
    return is_signed_in(actor) and actor.kind == UserKind.EMPLOYER_AGENT
