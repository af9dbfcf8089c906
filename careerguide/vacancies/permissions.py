"""Who may act on vacancies and job fairs (role predicates; rows are scoped by the selectors)."""
from careerguide.accounts.permissions import is_city_admin, is_signed_in, is_staff
from careerguide.accounts.roles import ROLES_SERVING_EMPLOYERS, UserKind
from careerguide.organisations.levels import UnitLevel


def is_employer_agent(actor) -> bool:
    """A portal account acting for an employer (用人单位经办人)."""
    return is_signed_in(actor) and actor.kind == UserKind.EMPLOYER_AGENT


def can_view_vacancies(actor) -> bool:
    return is_staff(actor)


def can_review_vacancies(actor) -> bool:
    """Staff serving employers; the service also requires the posting's reviewing district (BJ-39-4)."""
    return is_staff(actor) and actor.has_role(*ROLES_SERVING_EMPLOYERS)


def can_hold_review_queue(actor) -> bool:
    """Reviewers at a district agency, where postings are reviewed (BJ-39-4); others never have a queue."""
    return can_review_vacancies(actor) and getattr(actor.unit, "level", None) == UnitLevel.DISTRICT


def can_manage_job_fairs(actor) -> bool:
    return is_staff(actor) and actor.has_role(*ROLES_SERVING_EMPLOYERS)


def can_manage_screening_rules(actor) -> bool:
    """Only a city administrator extends the discrimination screening rules (BJ-38-3)."""
    return is_city_admin(actor)
