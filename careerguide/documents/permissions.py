"""Who may use e-archives and integrity records (staff only; never employers or the public, BJ-9-3)."""
from careerguide.accounts.permissions import is_staff
from careerguide.accounts.roles import Role

ARCHIVE_ROLES = (Role.COUNSELLOR, Role.CASE_WORKER, Role.COMMUNITY_ASSISTANT, Role.UNIT_HEAD, Role.ACCOUNT_OFFICER)


def can_use_archives(actor) -> bool:
    """Browse, view and download a subject's e-archive (each use is logged)."""
    return is_staff(actor)


def can_file_archive_items(actor) -> bool:
    """Upload, archive and set custody; enter integrity records."""
    return is_staff(actor) and actor.has_role(*ARCHIVE_ROLES)


def can_review_credit_records(actor) -> bool:
    """The second person of the two-person rule (BJ-9-3)."""
    return is_staff(actor) and actor.has_role(Role.UNIT_HEAD)


def can_dispose_archive_items(actor) -> bool:
    """Carrying out a proposed disposal: a unit head, never the person who appraised the item (BJ-9-2)."""
    return is_staff(actor) and actor.has_role(Role.UNIT_HEAD)
