"""Role predicates of the job-seeker chapter."""
from careerguide.accounts.permissions import can_manage_job_seekers, is_staff
from careerguide.accounts.roles import Role


def can_grade_job_seekers(actor) -> bool:
    return can_manage_job_seekers(actor)


def can_view_fairness_report(actor) -> bool:
    """Unit heads, analysts and the city administrator watch the instrument's fairness (BJ-12-3)."""
    return is_staff(actor) and actor.has_role(Role.UNIT_HEAD, Role.ANALYST, Role.CITY_ADMIN)
