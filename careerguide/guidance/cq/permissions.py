"""Who may act in the CQ guidance process (CQ-4.4-6, CQ-4.6.1-4, CQ-7.2.2-1, CQ-8.2-2).

Role mapping until the workforce register carries the CQ roles: `guidance_staff` = the counsellor role,
`management_staff` and the agency head = the unit-head role."""
from careerguide.accounts.permissions import is_staff
from careerguide.accounts.roles import Role
from careerguide.organisations.scoping import unit_in_jurisdiction


def is_guidance_staff(actor) -> bool:
    return is_staff(actor) and actor.has_role(Role.COUNSELLOR)


def is_management_staff(actor) -> bool:
    return is_staff(actor) and actor.has_role(Role.UNIT_HEAD)


def can_work_cq_cases(actor) -> bool:
    return is_guidance_staff(actor) or is_management_staff(actor)


def can_manage_cq(actor) -> bool:
    return is_management_staff(actor) or (is_staff(actor) and actor.has_role(Role.CITY_ADMIN))


def can_read_case(actor, case) -> bool:
    """CQ-4.4-6: the assigned counsellor (including one who received it by referral), or management staff and
    the agency head within their jurisdiction."""
    if not is_staff(actor):
        return False
    if case.counsellor_id == actor.pk:
        return True
    return is_management_staff(actor) and unit_in_jurisdiction(actor, case.unit)


def can_see_safety_concern(actor, concern) -> bool:
    """CQ-8.2-2: the recorder, the assigned counsellor, management staff and the agency head."""
    return concern.recorded_by_id == actor.pk or can_read_case(actor, concern.case)
