"""Who may act in the CQ guidance process (CQ-4.4-6, CQ-4.6.1-1, CQ-4.6.1-2, CQ-4.6.1-4, CQ-7.2.2-1, CQ-8.2-2).

The two practitioner roles of 4.6.1 are granted in the CQ staff register, only after their qualification rule
passes (`services.staff.practitioner_role_grant`): `guidance_staff` (职业指导人员) serves cases, runs group sessions,
administers assessments and signs records; `management_staff` (专业管理人员) owns programme-level work (projects,
self-evaluation, the archive).  The agency head (负责人) is the unit-head role of the staff accounts."""
from careerguide.accounts.permissions import is_staff
from careerguide.accounts.roles import Role
from careerguide.organisations.scoping import unit_in_jurisdiction

from .choices import PractitionerRoleKind
from .models import PractitionerRole


def holds_practitioner_role(actor, role: str) -> bool:
    """Whether the staff member holds the practitioner role now (granted and not revoked)."""
    return is_staff(actor) and PractitionerRole.objects.filter(
        practitioner__user_id=actor.pk, role=role, revoked_on__isnull=True).exists()


def is_guidance_staff(actor) -> bool:
    """CQ-4.6.1-4: a qualified guidance-staff member."""
    return holds_practitioner_role(actor, PractitionerRoleKind.GUIDANCE_STAFF)


def is_management_staff(actor) -> bool:
    """CQ-4.6.1-2: a qualified management-staff member."""
    return holds_practitioner_role(actor, PractitionerRoleKind.MANAGEMENT_STAFF)


def is_agency_head(actor) -> bool:
    return is_staff(actor) and actor.has_role(Role.UNIT_HEAD)


def can_work_cq_cases(actor) -> bool:
    return is_guidance_staff(actor) or is_management_staff(actor) or is_agency_head(actor)


def can_manage_cq(actor) -> bool:
    """Management staff, the agency head and the city administrator keep the agency's registers."""
    return is_management_staff(actor) or is_agency_head(actor) or (is_staff(actor) and actor.has_role(Role.CITY_ADMIN))


def can_read_case(actor, case) -> bool:
    """CQ-4.4-6: the assigned counsellor (including one who received it by referral), or management staff and
    the agency head within their jurisdiction."""
    if not is_staff(actor):
        return False
    if case.counsellor_id == actor.pk:
        return True
    return (is_management_staff(actor) or is_agency_head(actor)) and unit_in_jurisdiction(actor, case.unit)


def can_see_safety_concern(actor, concern) -> bool:
    """CQ-8.2-2: the recorder, the assigned counsellor, management staff and the agency head."""
    return concern.recorded_by_id == actor.pk or can_read_case(actor, concern.case)
