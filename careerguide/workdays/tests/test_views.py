"""Calendar pages: every staff member may look, only a city administrator may load a year."""
from datetime import date

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from careerguide.audit.models import AuditEvent
from careerguide.workdays.models import CalendarDay, CalendarYear
from careerguide.workdays.selectors import calendar_warning, work_calendar
from careerguide.workdays.tests.samples import TEST_2027_CSV

pytestmark = pytest.mark.django_db


def test_any_staff_member_sees_the_calendar(client, staff):
    client.force_login(staff.s11_counsellor)
    html = client.get(reverse("workdays:list"), {"year": 2026}).content.decode()
    assert "2026年节假日安排" in html and "调休上班日" in html and "春节" in html and "2026-02-14" in html
    assert reverse("workdays:import") not in html


def test_pages_need_login(client):
    response = client.get(reverse("workdays:list"))
    assert response.status_code == 302 and response.url.startswith(reverse("accounts:login"))


def test_portal_user_is_refused(client, staff):
    client.force_login(staff.seeker_user)
    assert client.get(reverse("workdays:list")).status_code == 403


@pytest.mark.parametrize("method", ["get", "post"])
def test_only_a_city_administrator_may_import(client, staff, method):
    """BJ-21-8: the calendar is maintained by the city administrator; a street counsellor gets 403."""
    client.force_login(staff.s11_counsellor)
    response = getattr(client, method)(reverse("workdays:import"), {"year": 2027, "text": TEST_2027_CSV})
    assert response.status_code == 403
    assert not CalendarYear.objects.filter(year=2027).exists()


def test_city_administrator_uploads_next_year(client, staff):
    """BJ-21-8, CZ-7-9: a city administrator loads 2027 from a file; periods then cross the year end."""
    client.force_login(staff.city_admin)
    assert client.get(reverse("workdays:import")).status_code == 200
    upload = SimpleUploadedFile("2027.csv", TEST_2027_CSV.encode("utf-8-sig"), content_type="text/csv")
    response = client.post(reverse("workdays:import"), {"year": 2027, "notice": "测试通知", "file": upload})
    assert response.status_code == 302 and response.url == reverse("workdays:list") + "?year=2027"
    loaded = CalendarYear.objects.get(year=2027)
    assert (loaded.source, loaded.loaded_by, loaded.days.count()) == ("import", staff.city_admin, 33)
    assert AuditEvent.objects.latest("seq").actor == staff.city_admin
    assert work_calendar().add_workdays(date(2026, 12, 28), 5) == date(2027, 1, 5)
    html = client.get(response.url).content.decode()
    assert "2027年的工作日历已载入。" in html and "测试通知" in html


def test_pasted_text_is_a_manual_entry(client, staff):
    client.force_login(staff.city_admin)
    response = client.post(reverse("workdays:import"), {"year": 2027, "text": TEST_2027_CSV})
    assert response.status_code == 302
    assert CalendarYear.objects.get(year=2027).source == "manual"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"year": 2027, "text": "date,kind,name\n2027-01-01,holiday,元旦\n2027-01-05,makeup_workday,元旦"},
         "2027-01-05（星期二）是工作日，不能登记为调休上班日；调休上班日只能是周六或周日。"),
        ({"year": 2027, "text": "date,kind,name\n2027-01-01,holiday,元旦\n2027-1-32,holiday,元旦"},
         "第3行：日期“2027-1-32”无效，应为YYYY-MM-DD格式，如2027-01-01。"),
        ({"year": 2028, "text": TEST_2027_CSV}, "2027-01-01（星期五）不属于2028年。"),
        ({"year": 2026, "text": "date,kind,name\n2026-01-01,holiday,元旦"}, "2026年的工作日历已载入；如需按新的通知替换，请确认替换。"),
        ({"year": 2027}, "请上传CSV文件或粘贴节假日安排。"),
    ],
)
def test_import_errors_are_shown_in_chinese_and_nothing_is_saved(client, staff, data, message):
    client.force_login(staff.city_admin)
    before = (CalendarYear.objects.count(), CalendarDay.objects.count(), AuditEvent.objects.count())
    response = client.post(reverse("workdays:import"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "提交的内容有误，未保存任何信息" in html and message in html
    assert (CalendarYear.objects.count(), CalendarDay.objects.count(), AuditEvent.objects.count()) == before


def test_warning_from_1_november(client, staff):
    """CZ-7-9: from 1 November the list page and the workbench selector warn that next year is missing."""
    assert calendar_warning(today=date(2026, 10, 31)) is None
    warning = calendar_warning(today=date(2026, 11, 1))
    assert warning.year == 2027 and "2027年的工作日历尚未载入" in warning.message
    client.force_login(staff.s11_counsellor)
    with time_machine.travel("2026-11-02 09:00 +0800", tick=False):
        assert "2027年的工作日历尚未载入" in client.get(reverse("workdays:list")).content.decode()
    with time_machine.travel("2026-10-30 09:00 +0800", tick=False):
        assert 'data-testid="calendar-warning"' not in client.get(reverse("workdays:list")).content.decode()
    client.force_login(staff.city_admin)
    client.post(reverse("workdays:import"), {"year": 2027, "text": TEST_2027_CSV})
    assert calendar_warning(today=date(2026, 11, 1)) is None
