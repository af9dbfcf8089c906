"""Who may use the integrated front desk: every staff member receives at any desk (BJ-5-9)."""
from careerguide.accounts.permissions import is_staff


def can_use_front_desk(actor) -> bool:
    return is_staff(actor)
