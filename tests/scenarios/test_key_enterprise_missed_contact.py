"""Scenario: a key enterprise gets no two-way contact in a quarter; the officer is warned and the overdue duty
shows in the district's early-warning view, then in the next quarter a contact on time restores the rate."""
import datetime as dt

import pytest
from django.urls import reverse

from careerguide.duties.selectors import early_warning_summary
from careerguide.duties.services import duties_send_reminders
from careerguide.employers.services.quarterly import contact_add, key_enterprise_quarter_duties_ensure
from careerguide.employers.tests.factories import at, make_catalogue, make_key_enterprise
from careerguide.notifications.models import Notification
from careerguide.workdays.selectors import work_calendar

pytestmark = pytest.mark.django_db
QUARTER_KIND = "employers.quarterly_contact"


def street_row(summary, unit):
    return next(r for r in summary.by_unit if r.key == unit.pk)


def test_missed_quarterly_contact_shows_in_early_warning(client, city, staff):
    """BJ-48-5, BJ-48-7, BJ-58-1: the quarter's contact duty becomes overdue after 30 June and is counted
    late for the street in the district's early-warning view; the drill-down lists it."""
    make_catalogue(staff.city_admin, codes=(("C26", None),), now=at(2026, 1, 2))
    agreement = make_key_enterprise(staff, city, signed_on=dt.date(2026, 3, 2))
    # Step 1: the daily job makes sure Q2 has its duty, due on the quarter's last day.
    key_enterprise_quarter_duties_ensure(now=at(2026, 4, 1, 2))
    # Step 2: from 15 June the account officer is warned, once, in the duty reminder digest.
    assert duties_send_reminders(now=at(2026, 6, 15, 8), calendar=work_calendar(), lead_workdays=2) == 1
    assert Notification.objects.filter(recipient=staff.s11_officer).exists()
    # Step 3: no two-way contact by 30 June; on 1 July the district's view shows the street as late.
    summary = early_warning_summary(actor=staff.d1_head, unit_id=None, today=dt.date(2026, 7, 1), kind=QUARTER_KIND)
    row = street_row(summary, city.s11)
    assert (row.open, row.overdue, row.on_time, row.late) == (1, 1, 0, 1)
    assert summary.below_threshold(row)
    client.force_login(staff.d1_head)
    page = client.get(reverse("duties:early_warning"), {"kind": QUARTER_KIND, "unit": city.d1.pk,
                                                        "to": "2026-06-30"})
    assert agreement.employer.name in page.content.decode()
    # Step 4: a two-way contact in Q3 fulfils Q3's duty on time; Q2 stays late.
    key_enterprise_quarter_duties_ensure(now=at(2026, 7, 1, 2))
    contact_add(actor=staff.s11_officer, agreement=agreement, contacted_on=dt.date(2026, 7, 8), channel="phone",
                two_way=True, summary="电话沟通三季度用工计划", now=at(2026, 7, 8))
    later = street_row(early_warning_summary(actor=staff.d1_head, unit_id=None, today=dt.date(2026, 7, 9),
                                             kind=QUARTER_KIND), city.s11)
    assert (later.on_time, later.late) == (1, 1) and later.on_time_rate == 0.5
