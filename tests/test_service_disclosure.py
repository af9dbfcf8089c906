"""Service disclosure on the public portal (BJ-5-10) and staff identity on service records (BJ-5-11)."""

import pytest
from django.urls import reverse
from django.utils import timezone

from careerguide.accounts.models import User
from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError
from careerguide.duties.kinds import DutyKind, kind_declare
from careerguide.duties.services import DutySpec, duty_fulfil, duty_schedule
from careerguide.job_seekers.tests.factories import make_job_seeker, register_job_seeker
from careerguide.ledgers.services import ledger_entry_add
from careerguide.organisations.services import unit_disclosure_update
from careerguide.policy.registry import setting_get

pytestmark = pytest.mark.django_db
kind_declare(DutyKind("test.disclosed", "测试办理事项"))


def test_agency_page_publishes_procedures_limits_and_results_without_personal_data(client, city, staff):
    """BJ-5-10: procedures, legal basis, time limits and results are public; a result shows only the reference
    number, the service item, the outcome and the date, never the person served."""
    unit_disclosure_update(actor=staff.city_admin, unit=city.s11, service_procedures="一、取号\n二、窗口受理",
                           legal_basis="《就业服务与就业管理规定》", service_commitments="窗口服务一次告知")
    seeker = make_job_seeker(staff.s11_counsellor, city.s11, full_name="公开测试人")
    today = timezone.localdate()
    limit = setting_get("bj.follow_up_survey_workdays")  # one of the published limits, with its clause code
    duty = duty_schedule(actor=staff.s11_counsellor, subject=seeker, spec=DutySpec(
        kind="test.disclosed", title="给公开测试人回电", clause=limit.clause, due_date=today, unit=city.s11))
    duty_fulfil(actor=staff.s11_counsellor, duty=duty, on=today)
    response = client.get(reverse("portal:agency", args=[city.s11.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "二、窗口受理" in html and "《就业服务与就业管理规定》" in html and "窗口服务一次告知" in html
    assert f"D{duty.pk:07d}" in html and "测试办理事项" in html and "按时完成" in html
    assert "公开测试人" not in html and seeker.id_number not in html
    assert str(limit.label) in html  # limits are listed by name; clause codes are for staff
    assert limit.clause not in html
    client.force_login(staff.d1_head)
    assert limit.clause in client.get(reverse("portal:agency", args=[city.s11.pk])).content.decode()
    client.logout()
    assert client.get(reverse("portal:agency", args=[999999])).status_code == 404


def test_only_the_units_head_or_a_city_admin_edits_its_disclosure(client, city, staff):
    """BJ-5-10: the agency's own head (or the city) maintains what it publishes; each change is audited."""
    with pytest.raises(DomainError):
        unit_disclosure_update(actor=staff.d1_head, unit=city.d1, nonsense="x")
    client.force_login(staff.d1_head)
    response = client.post(reverse("organisations:disclosure", args=[city.d1.pk]), {"service_commitments": "限时办结"})
    assert response.status_code == 302
    city.d1.refresh_from_db()
    assert city.d1.service_commitments == "限时办结"
    assert AuditEvent.objects.filter(object_type="organisations.unit", object_id=str(city.d1.pk), action="update",
                                     clause="BJ-5-10").count() == 1
    assert client.post(reverse("organisations:disclosure", args=[city.s11.pk]), {"service_commitments": "x"}).status_code == 403
    client.force_login(staff.d2_counsellor)
    assert client.get(reverse("organisations:disclosure", args=[city.d1.pk])).status_code == 404


def test_own_ledger_shows_the_agency_and_staff_number(client, city, staff):
    """BJ-5-11: service records show the staff member's number (or name) and the agency."""
    User.objects.filter(pk=staff.s11_counsellor.pk).update(staff_number="G10086")
    staff.s11_counsellor.refresh_from_db()
    seeker = register_job_seeker(staff.s11_counsellor, city.s11, full_name="台账本人")
    seeker.portal_user = staff.seeker_user
    seeker.save(update_fields=["portal_user"])
    ledger_entry_add(actor=staff.s11_counsellor, ledger="personal", subject=seeker, unit=city.s11, section="guidance",
                     service_type="general_guidance", occurred_on=timezone.localdate(), summary="一般性职业指导")
    client.force_login(staff.seeker_user)
    html = client.get(reverse("job_seeker_portal:home")).content.decode()
    assert "一般性职业指导" in html and "甲区一街道" in html and "工号 G10086" in html
