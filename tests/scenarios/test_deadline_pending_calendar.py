"""A request received on 30 December whose deadline reaches into a year with no calendar yet: the action
saves, the duty waits for the calendar, the administrators are warned, and importing the year computes it."""
import datetime as dt

import pytest

from careerguide.duties.models import Duty
from careerguide.duties.selectors import duty_worklist
from careerguide.employers.services.requests import key_enterprise_request_receive
from careerguide.employers.tests.factories import at, make_catalogue, make_key_enterprise
from careerguide.notifications.models import Notification
from careerguide.workdays.services import calendar_year_import
from careerguide.workdays.tests.samples import TEST_2027_CSV

pytestmark = pytest.mark.django_db


def test_a_request_over_new_year_waits_for_the_2027_calendar(client, city, staff):
    # Given a key enterprise and an officer, and no 2027 calendar loaded
    make_catalogue(staff.city_admin, now=at(2026, 1, 2))
    agreement = make_key_enterprise(staff, city)
    # When a request is received on Wednesday 30 December 2026 (2 working days: 31 December, then 2027)
    request = key_enterprise_request_receive(actor=staff.d2_counsellor, credit_code=agreement.employer.credit_code,
                                             category="recruitment", content="急需招聘焊工", now=at(2026, 12, 30))
    # Then the request is saved and its duty waits for the calendar, never guessed Monday to Friday
    duty = Duty.objects.get(kind="employers.key_enterprise_request", subject_id=str(request.pk))
    assert duty.due_date is None and (duty.pending_start, duty.pending_workdays) == (dt.date(2026, 12, 30), 2)
    assert Notification.objects.filter(recipient=staff.city_admin, subject__contains="2027年工作日历尚未导入").exists()
    assert duty in duty_worklist(actor=staff.s11_officer, today=dt.date(2026, 12, 30)).pending
    client.force_login(staff.s11_officer)
    page = client.get("/work/").content.decode()
    assert 'data-testid="due-pending"' in page and "2026-12-30后2个工作日（待导入日历）" in page
    # When the city administrator imports 2027 (1-3 January holidays in the sample schedule)
    calendar_year_import(actor=staff.city_admin, year=2027, text=TEST_2027_CSV, notice="测试", now=at(2027, 1, 2))
    # Then the deadline is the second working day after 30 December: 31 December, then 4 January
    duty.refresh_from_db()
    assert duty.due_date == dt.date(2027, 1, 4) and duty.pending_start is None
