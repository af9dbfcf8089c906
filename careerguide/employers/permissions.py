"""Who may act on employer records (role predicates; rows are scoped by the selectors)."""
from careerguide.accounts.permissions import can_manage_employers, is_city_admin, is_signed_in, is_staff
from careerguide.accounts.roles import ROLES_SERVING_EMPLOYERS, ROLES_SERVING_JOB_SEEKERS, Role, UserKind


def can_serve_employers(actor) -> bool:
    """Verify, register demand, record services and run key-enterprise service (BJ-4-5)."""
    return can_manage_employers(actor)


def can_approve_key_enterprise_transfer(actor) -> bool:
    """Transfers are approved by the district (within it) or the city (between districts), BJ-44-6."""
    return is_staff(actor) and actor.has_role(Role.UNIT_HEAD, Role.CITY_ADMIN)


def can_manage_industry_catalogue(actor) -> bool:
    """The prohibited and restricted industry catalogue is city reference data (BJ-44-2)."""
    return is_city_admin(actor)


def can_view_industry_catalogue(actor) -> bool:
    return is_staff(actor)


def is_employer_agent(actor) -> bool:
    return is_signed_in(actor) and actor.kind == UserKind.EMPLOYER_AGENT


def can_receive_requests(actor) -> bool:
    """Any front desk takes a key enterprise's request (BJ-47-3, BJ-5-9)."""
    return is_staff(actor) and actor.has_role(*(ROLES_SERVING_EMPLOYERS | ROLES_SERVING_JOB_SEEKERS))
