"""Who may give guidance and who may designate the officer for a booking."""
from careerguide.accounts.permissions import is_staff
from careerguide.accounts.roles import Role
from careerguide.organisations.levels import UnitLevel

GUIDANCE_ROLES = (Role.COUNSELLOR, Role.CASE_WORKER, Role.COMMUNITY_ASSISTANT, Role.UNIT_HEAD, Role.ACCOUNT_OFFICER)


def can_give_guidance(actor) -> bool:
    return is_staff(actor) and actor.has_role(*GUIDANCE_ROLES)


def can_designate_officer(actor, appointment) -> bool:
    """BJ-14-7: an online booking's officer is designated only by users of the district it was routed to;
    a counter booking by any guidance staff of the unit holding it or above."""
    if not can_give_guidance(actor):
        return False
    if appointment.channel == "online":
        return actor.unit_id == appointment.unit_id
    return appointment.unit.path.startswith(actor.unit.path)


def can_be_officer_for(user, appointment) -> bool:
    """The designated officer belongs to the district agency or one of its streets/townships (BJ-14-7)."""
    unit = getattr(user, "unit", None)
    return (is_staff(user) and user.has_role(*GUIDANCE_ROLES) and unit is not None
            and unit.path.startswith(appointment.unit.path) and unit.level in (UnitLevel.DISTRICT, UnitLevel.STREET))
