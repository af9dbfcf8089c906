"""Staff pages: the workbench shell, masking on screen, reveal, 404 outside the jurisdiction."""
import pytest
from django.urls import reverse

from careerguide.audit.models import AuditEvent
from careerguide.employers.models import Employer
from careerguide.job_seekers.models import JobSeeker
from careerguide.job_seekers.tests.factories import make_job_seeker

pytestmark = pytest.mark.django_db
ID = "11010519491231002X"


@pytest.fixture
def seeker(city, staff):
    return make_job_seeker(staff.s11_counsellor, city.s11, full_name="王小明", id_number=ID, phone="13812345678")


def test_public_pages_need_no_login(client):
    assert "公共就业服务与职业指导" in client.get(reverse("portal:home")).content.decode()
    assert client.get(reverse("accounts:login")).status_code == 200


def test_staff_pages_need_login(client):
    response = client.get(reverse("job_seekers:list"))
    assert response.status_code == 302 and response.url.startswith(reverse("accounts:login"))


def test_workbench_shows_unit_and_role(client, staff):
    client.force_login(staff.s11_counsellor)
    html = client.get(reverse("workbench:home")).content.decode()
    assert "甲区一街道" in html and "职业指导人员" in html and "我的工作" in html


def test_detail_page_masks_personal_data(client, staff, seeker):
    """BJ-51-2: ID and phone are masked on screen."""
    client.force_login(staff.s11_counsellor)
    html = client.get(reverse("job_seekers:detail", args=[seeker.pk])).content.decode()
    assert "110105********002X" in html and "138****5678" in html
    assert ID not in html and "13812345678" not in html


def test_reveal_from_the_page_is_logged(client, staff, seeker):
    """BJ-51-2: a counsellor reveals the full number; the reveal is audited."""
    client.force_login(staff.s11_counsellor)
    response = client.post(reverse("job_seekers:reveal", args=[seeker.pk, "id_number"]))
    assert ID in response.content.decode()
    assert AuditEvent.objects.filter(action="reveal", object_id=str(seeker.pk), actor=staff.s11_counsellor).count() == 1


def test_reveal_refused_for_analyst(client, staff, seeker):
    """CQ-4.4-6: a role that does not need personal data cannot reveal it, and sees no reveal button."""
    client.force_login(staff.city_analyst)
    html = client.get(reverse("job_seekers:detail", args=[seeker.pk])).content.decode()
    assert "110105********002X" in html and 'data-testid="reveal-id_number"' not in html
    assert client.post(reverse("job_seekers:reveal", args=[seeker.pk, "id_number"])).status_code == 403
    assert not AuditEvent.objects.filter(action="reveal").exists()


def test_out_of_jurisdiction_pages_are_404(client, staff, seeker):
    """BJ-4-3: another district's record is a 404, for the page, the reveal and the timeline."""
    client.force_login(staff.d2_counsellor)
    assert client.get(reverse("job_seekers:detail", args=[seeker.pk])).status_code == 404
    assert client.post(reverse("job_seekers:reveal", args=[seeker.pk, "id_number"])).status_code == 404
    assert client.get(reverse("audit:timeline", args=["job_seekers.jobseeker", seeker.pk])).status_code == 404
    assert client.get(reverse("job_seekers:detail", args=[999999])).status_code == 404


def test_timeline_shows_the_record_history(client, staff, seeker):
    """BJ-17-6: a per-record timeline page shows every audited change."""
    client.force_login(staff.d1_counsellor)
    client.post(reverse("job_seekers:reveal", args=[seeker.pk, "phone"]))
    html = client.get(reverse("audit:timeline", args=["job_seekers.jobseeker", seeker.pk])).content.decode()
    assert "新建" in html and "查看完整个人信息" in html and "BJ-11-1" in html and "甲区指导员" in html


def test_timeline_of_unknown_model_is_404(client, staff):
    client.force_login(staff.city_admin)
    assert client.get(reverse("audit:timeline", args=["audit.auditevent", 1])).status_code == 404
    assert client.get(reverse("audit:timeline", args=["nope.nothing", 1])).status_code == 404


def test_register_form_shows_chinese_errors_and_saves_nothing(client, staff):
    client.force_login(staff.s11_counsellor)
    response = client.post(reverse("job_seekers:create"), {"full_name": "李四", "id_number": "110105194912310021", "phone": "", "unit": staff.s11_counsellor.unit_id})
    html = response.content.decode()
    assert response.status_code == 200 and "身份证号码校验位不正确" in html and "未保存任何信息" in html
    assert JobSeeker.objects.count() == 0


def test_register_form_creates_and_redirects(client, staff):
    client.force_login(staff.s11_counsellor)
    response = client.post(reverse("job_seekers:create"), {"full_name": "李四", "id_number": ID, "phone": "13812345678", "unit": staff.s11_counsellor.unit_id})
    seeker = JobSeeker.objects.get()
    assert response.url == reverse("job_seekers:detail", args=[seeker.pk])


def test_register_form_offers_only_units_in_jurisdiction(client, city, staff):
    client.force_login(staff.s11_counsellor)
    response = client.post(reverse("job_seekers:create"), {"full_name": "李四", "id_number": ID, "unit": city.s12.pk})
    assert "选择一个有效的选项" in response.content.decode()
    assert JobSeeker.objects.count() == 0


def test_employer_register_rejects_bad_credit_code(client, staff):
    client.force_login(staff.s11_officer)
    response = client.post(reverse("employers:create"), {"name": "某公司", "credit_code": "91110105MA0000000I", "unit": staff.s11_officer.unit_id})
    assert "统一社会信用代码含有不允许的字符" in response.content.decode()
    assert Employer.objects.count() == 0


def test_search_finds_by_exact_id_number_within_jurisdiction(client, staff, seeker):
    client.force_login(staff.s11_counsellor)
    assert "王小明" in client.get(reverse("workbench:search"), {"q": ID.lower()}).content.decode()
    client.force_login(staff.d2_counsellor)
    assert "王小明" not in client.get(reverse("workbench:search"), {"q": ID}).content.decode()


def test_calendar_warning_for_city_admins_only(client, staff):
    """From 1 November the workbench warns administrators when next year's calendar is not loaded."""
    import time_machine

    from careerguide.workdays.models import CalendarYear

    CalendarYear.objects.filter(year=2027).delete()
    client.force_login(staff.city_admin)
    with time_machine.travel("2026-11-02 09:00 +0800", tick=False):
        assert "2027年的工作日历尚未载入" in client.get(reverse("workbench:home")).content.decode()
    with time_machine.travel("2026-10-31 09:00 +0800", tick=False):
        assert "尚未载入" not in client.get(reverse("workbench:home")).content.decode()
    client.force_login(staff.s11_counsellor)
    with time_machine.travel("2026-11-02 09:00 +0800", tick=False):
        assert "尚未载入" not in client.get(reverse("workbench:home")).content.decode()
