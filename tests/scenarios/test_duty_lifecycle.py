"""Scenario: a duty is created, reminded once, fulfilled late, and shows late in the early-warning view."""
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from careerguide.duties.selectors import early_warning_summary
from careerguide.duties.services import (
    DutySpec,
    duties_daily_snapshot,
    duties_fulfil_for_subject,
    duties_send_reminders,
    duty_schedule,
)
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.notifications.models import Notification
from careerguide.workdays.calendar import from_chinese_calendar

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Asia/Shanghai")
CALENDAR = from_chinese_calendar([2026])


def at(y, m, d, h=9):
    return dt.datetime(y, m, d, h, tzinfo=TZ)


def test_duty_reminded_once_fulfilled_late_and_reported(client, city, staff):
    """BJ-58-1, BJ-21-9: due date over Spring Festival, one reminder per working day, late completion reported."""
    seeker = make_job_seeker(staff.s11_counsellor, city.s11, full_name="春节前来访者")
    # Step 1: Thursday 2026-02-12, a service that owes a result within 5 working days (due 2026-02-26 across the holiday).
    due = CALENDAR.add_workdays(dt.date(2026, 2, 12), 5)
    assert due == dt.date(2026, 2, 26)
    duty_schedule(actor=staff.s11_counsellor, subject=seeker, now=at(2026, 2, 12),
                  spec=DutySpec(kind="scenario.result", title="反馈办理结果", clause="BJ-21-9", due_date=due, unit=city.s11,
                                assignee=staff.s11_counsellor, link=reverse("job_seekers:detail", args=[seeker.pk])))
    # Step 2: reminders on 2026-02-24 (two working days ahead): once, even if the job runs twice.
    assert duties_send_reminders(now=at(2026, 2, 24), calendar=CALENDAR, lead_workdays=2) == 1
    assert duties_send_reminders(now=at(2026, 2, 24, 17), calendar=CALENDAR, lead_workdays=2) == 0
    assert Notification.objects.filter(recipient=staff.s11_counsellor).count() == 1
    # Step 3: nothing done by the due date; the next day's monitoring counts it overdue and it shows on "my work".
    assert duties_daily_snapshot(now=at(2026, 2, 27)) == 1
    client.force_login(staff.s11_counsellor)
    with time_machine.travel(at(2026, 2, 27), tick=False):
        html = client.get(reverse("workbench:home")).content.decode()
    assert 'data-testid="overdue"' in html and "反馈办理结果" in html and "BJ-21-9" in html
    # Step 4: the result is recorded on 2026-03-02: done, but late.
    [duty] = duties_fulfil_for_subject(actor=staff.s11_counsellor, subject=seeker, kind="scenario.result", on=dt.date(2026, 3, 2))
    assert duty.status == "late_done"
    # Step 5: the district's early-warning view counts it as late for the street.
    summary = early_warning_summary(actor=staff.d1_head, unit_id=None, today=dt.date(2026, 3, 2))
    street = next(r for r in summary.by_unit if r.key == city.s11.pk)
    assert (street.open, street.overdue, street.on_time, street.late, street.on_time_rate) == (0, 0, 0, 1, 0.0)
