"""The expert's renewal duty (CZ-8-2): owed from the start of each term, window opening 90 days before
term end, reminded when the window opens and 30 days before term end, fulfilled by the application."""
from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from careerguide.common.services import policy_number
from careerguide.duties.services import DutySpec, duties_cancel_for_subject, duties_fulfil_for_subject, duty_schedule
from careerguide.organisations.selectors import city_unit

from ..deadlines import RenewalWindow, renewal_window
from ..duty_kinds import RENEWAL_KIND
from ..models import Membership
from ..programmes import programme_spec


def renewal_window_of(*, membership: Membership, on: dt.date) -> RenewalWindow:
    """The renewal window of the current term, with the city's CZ numbers in force on `on`."""
    unit = city_unit()
    return renewal_window(membership.term_end, window_days=policy_number("cz.renewal_window_days", unit=unit, on=on),
                          reminder_days=policy_number("cz.renewal_reminder_days", unit=unit, on=on))


def renewal_duty_schedule(*, actor, membership: Membership, on: dt.date, event=None, now=None) -> None:
    """When a term starts (appointment or renewal): the expert owes the renewal application (CZ-8-1, CZ-8-2)."""
    m = membership
    if not programme_spec(m.programme).renewal_window:
        return
    window = renewal_window_of(membership=m, on=on)
    duty_schedule(actor=actor, subject=m, created_by_event=event, now=now, spec=DutySpec(
        kind=RENEWAL_KIND, title=_("申请续聘（聘期%(d)s届满）") % {"d": m.term_end}, clause="CZ-8-2",
        due_date=m.term_end, earliest=window.opens, unit=m.unit, assignee=m.user,
        remind_on=(window.opens, window.second_reminder)))


def renewal_duty_fulfil(*, actor, membership: Membership, on: dt.date, event=None, now=None) -> None:
    duties_fulfil_for_subject(actor=actor, subject=membership, kind=RENEWAL_KIND, on=on, event=event, now=now)


def renewal_duty_cancel(*, actor, membership: Membership, now=None) -> None:
    """The term ended without renewal, or the expert left: nothing more is owed."""
    duties_cancel_for_subject(actor=actor, subject=membership, kind=RENEWAL_KIND, now=now,
                              reason=_("聘期已结束或专家已退出，无需再申请续聘。"))
