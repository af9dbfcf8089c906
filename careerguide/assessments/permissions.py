"""Who may work with assessments (CQ-4.6.1-4): administering an assessment and signing a report need a qualified
guidance-staff member; publishing an instrument version is for management staff and the city administrator."""
from careerguide.accounts.permissions import is_staff
from careerguide.accounts.roles import Role
from careerguide.guidance.cq.permissions import can_work_cq_cases, is_guidance_staff, is_management_staff


def can_use_assessments(actor) -> bool:
    return can_work_cq_cases(actor)


def can_administer_assessments(actor) -> bool:
    return is_guidance_staff(actor)


def can_publish_instruments(actor) -> bool:
    return is_management_staff(actor) or (is_staff(actor) and actor.has_role(Role.CITY_ADMIN))
