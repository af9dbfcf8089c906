"""CZ-8-2 on the Duty engine: the expert owes the renewal application from the start of the term; the
window opens 90 days before term end, with reminders on that day and 30 days before term end."""
import datetime as dt

import pytest

from careerguide.duties.models import Duty
from careerguide.duties.services import duties_send_reminders
from careerguide.experts.duty_kinds import RENEWAL_KIND
from careerguide.experts.services import membership as ms
from careerguide.experts.tests.factories import appointed, at
from careerguide.notifications.models import Notification
from careerguide.workdays.calendar import WorkCalendar

pytestmark = pytest.mark.django_db
D = dt.date
CALENDAR = WorkCalendar(loaded_years={2030})  # the days used below are ordinary weekdays


def _remind(day):
    return duties_send_reminders(now=at(day.year, day.month, day.day), calendar=CALENDAR, lead_workdays=2)


def test_renewal_duty_owed_by_the_expert_with_the_window_and_reminders(city, staff):
    """Appointed 2025-10-11: term ends 2030-10-10, the window opens 2030-07-12, second reminder 2030-09-10."""
    m = appointed(staff, city)
    duty = Duty.objects.get(kind=RENEWAL_KIND)
    assert (duty.assignee, duty.unit, duty.due_date, duty.earliest) == (m.user, city.city, D(2030, 10, 10), D(2030, 7, 12))
    assert duty.link == "/public/experts/me/"
    assert _remind(D(2030, 7, 11)) == 0
    assert not Notification.objects.filter(recipient=m.user, subject__startswith="待办提醒").exists()
    assert _remind(D(2030, 7, 12)) == 1
    assert Notification.objects.filter(recipient=m.user, subject__startswith="待办提醒").count() == 1
    assert _remind(D(2030, 9, 9)) == 0
    assert _remind(D(2030, 9, 10)) == 1


def test_applying_fulfils_the_duty_and_a_renewal_owes_the_next(city, staff):
    """CZ-8-1: the application fulfils it; CZ-8-7: the renewed term starts a new one."""
    m = appointed(staff, city)
    r = ms.renewal_apply(actor=m.user, membership=m, declarations=["conditions", "health"], now=at(2030, 9, 1))
    assert Duty.objects.get(kind=RENEWAL_KIND).status == "done"
    ms.memberships_term_end_sweep(now=at(2030, 10, 11))
    items = [{"item": i, "rating": "good", "comment": "良好"} for i in ms.REQUIRED_EVALUATION_ITEMS]
    ms.renewal_decide(actor=staff.city_admin, renewal=r, renew=True, evaluation=items, reasons="表现良好",
                      now=at(2030, 11, 20))
    new = Duty.objects.get(kind=RENEWAL_KIND, status="open")
    assert (new.due_date, new.earliest) == (D(2035, 10, 10), D(2035, 7, 12))


def test_expiry_without_application_cancels_the_duty(city, staff):
    """CZ-8-10: no application by term end → term_expired, and nothing is owed any more."""
    m = appointed(staff, city)
    ms.memberships_term_end_sweep(now=at(2030, 10, 10))
    assert Duty.objects.get(kind=RENEWAL_KIND).status == "open"
    ms.memberships_term_end_sweep(now=at(2030, 10, 11))
    m.refresh_from_db()
    assert m.status == "term_expired" and Duty.objects.get(kind=RENEWAL_KIND).status == "cancelled"

