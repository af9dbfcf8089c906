"""Who may act in chapter 3 (role predicates; rows are scoped by visible_to)."""
from careerguide.accounts.permissions import is_staff
from careerguide.accounts.roles import Role
from careerguide.organisations.levels import UnitLevel


def _level(actor):
    return getattr(getattr(actor, "unit", None), "level", None)


def can_view_assistance(actor) -> bool:
    return is_staff(actor)


def can_serve_assistance(actor) -> bool:
    """Street/township staff who serve persons under assistance (BJ-4-4, BJ-23-7)."""
    return (is_staff(actor) and _level(actor) == UnitLevel.STREET
            and actor.has_role(Role.CASE_WORKER, Role.COUNSELLOR, Role.UNIT_HEAD))


def can_survey(actor) -> bool:
    """BJ-18-2, BJ-21-11: street/township staff and their community labour-security assistants survey."""
    if not is_staff(actor):
        return False
    if _level(actor) == UnitLevel.COMMUNITY:
        return actor.has_role(Role.COMMUNITY_ASSISTANT)
    return _level(actor) == UnitLevel.STREET and actor.has_role(
        Role.CASE_WORKER, Role.COUNSELLOR, Role.UNIT_HEAD, Role.COMMUNITY_ASSISTANT)


def can_manage_outreach(actor) -> bool:
    """BJ-18-2, BJ-21-11: only the street/township agency assigns the worklist, confirms a stop and reports it."""
    return can_serve_assistance(actor)


def can_approve_assistance(actor) -> bool:
    """The street/township agency approves terminations (BJ-29-1)."""
    return is_staff(actor) and _level(actor) == UnitLevel.STREET and actor.has_role(Role.UNIT_HEAD)


def can_decide_transfers(actor) -> bool:
    """District and city agencies forward, return, approve or reject transfers (BJ-24-3)."""
    return is_staff(actor) and _level(actor) in (UnitLevel.DISTRICT, UnitLevel.CITY) and actor.has_role(Role.UNIT_HEAD)


def can_use_approvals(actor) -> bool:
    """The approval inbox: street heads (terminations), district and city heads (transfers)."""
    return can_approve_assistance(actor) or can_decide_transfers(actor)


def can_form_panels(actor) -> bool:
    """BJ-28-2, BJ-28-4: the next-higher-level (district) agency receives consultations and forms the panel."""
    return (is_staff(actor) and _level(actor) == UnitLevel.DISTRICT
            and actor.has_role(Role.UNIT_HEAD, Role.COUNSELLOR))


def can_designate_key_groups(actor) -> bool:
    """BJ-33-1: the city and each district designate other key groups."""
    return (is_staff(actor) and _level(actor) in (UnitLevel.CITY, UnitLevel.DISTRICT)
            and actor.has_role(Role.UNIT_HEAD, Role.CITY_ADMIN))


def can_configure_lists(actor) -> bool:
    """The configurable lists (BJ-19-1, BJ-19-2, BJ-21-3, BJ-27-2): a unit head or the city administrator."""
    return is_staff(actor) and actor.has_role(Role.UNIT_HEAD, Role.CITY_ADMIN)


def may_be_case_worker(user, unit) -> bool:
    """BJ-23-2: a guidance officer of the signing street/township agency itself."""
    return (is_staff(user) and user.unit_id == unit.pk
            and user.has_role(Role.CASE_WORKER, Role.COUNSELLOR))


def may_sit_on_panel(user) -> bool:
    """BJ-28-4: guidance officers (counsellors or case workers) of a street/township or district agency."""
    return (is_staff(user) and _level(user) in (UnitLevel.STREET, UnitLevel.DISTRICT)
            and user.has_role(Role.COUNSELLOR, Role.CASE_WORKER))
