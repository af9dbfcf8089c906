"""Periodic entry points of the expert team; each calls one service with `now=`."""
from .services.membership import memberships_term_end_sweep


def experts_term_end_daily(*, now=None) -> dict:
    """Daily: renewal reminders (CZ-8-2), renewal_pending (CZ-8-9) and term_expired (CZ-8-10)."""
    return memberships_term_end_sweep(now=now)
