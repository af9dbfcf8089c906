"""The JSON API: session auth, scoping as 404, Chinese validation errors, masked output."""
import json

import pytest

from careerguide.audit.models import AuditEvent
from careerguide.job_seekers.models import JobSeeker
from careerguide.job_seekers.tests.factories import make_job_seeker

pytestmark = pytest.mark.django_db
ID = "11010519491231002X"


def post(client, url, data):
    return client.post(url, json.dumps(data), content_type="application/json")


def test_openapi_is_served(client):
    spec = client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.") and "/api/job-seekers" in spec["paths"]
    assert client.get("/api/docs").status_code == 200


def test_api_requires_login(client):
    assert client.get("/api/job-seekers").status_code == 401


def test_me(client, staff):
    client.force_login(staff.s11_counsellor)
    assert client.get("/api/accounts/me").json()["roles"] == ["counsellor"]


def test_create_list_and_masking(client, city, staff):
    client.force_login(staff.s11_counsellor)
    response = post(client, "/api/job-seekers", {"full_name": "王小明", "id_number": ID, "phone": "13812345678", "unit_id": city.s11.pk})
    assert response.status_code == 201
    body = response.json()
    assert body["id_number_masked"] == "110105********002X" and body["phone_masked"] == "138****5678"
    assert ID not in response.content.decode()
    listing = client.get("/api/job-seekers").json()
    assert listing["count"] == 1


def test_validation_error_is_chinese_and_saves_nothing(client, city, staff):
    client.force_login(staff.s11_counsellor)
    response = post(client, "/api/job-seekers", {"full_name": "王小明", "id_number": "110105194912310021", "unit_id": city.s11.pk})
    assert response.status_code == 400
    assert response.json()["field_errors"] == {"id_number": ["身份证号码校验位不正确，请核对后重新输入。"]}
    assert JobSeeker.objects.count() == 0


def test_out_of_scope_is_404(client, city, staff):
    """BJ-4-3: another district's record, or another district's unit, is a 404 in the API too."""
    seeker = make_job_seeker(staff.s11_counsellor, city.s11)
    client.force_login(staff.d2_counsellor)
    assert client.get(f"/api/job-seekers/{seeker.pk}").status_code == 404
    assert post(client, f"/api/job-seekers/{seeker.pk}/reveal/id_number", {}).status_code == 404
    assert post(client, "/api/job-seekers", {"full_name": "x", "id_number": ID, "unit_id": city.s11.pk}).status_code == 404
    assert client.get(f"/api/audit/job_seekers.jobseeker/{seeker.pk}").status_code == 404


def test_reveal_through_api_is_logged(client, city, staff):
    """BJ-51-2: every reveal through the API is audited too."""
    seeker = make_job_seeker(staff.s11_counsellor, city.s11, id_number=ID)
    client.force_login(staff.d1_head)
    assert post(client, f"/api/job-seekers/{seeker.pk}/reveal/id_number", {}).json() == {"field": "id_number", "value": ID}
    assert AuditEvent.objects.filter(action="reveal", actor=staff.d1_head).count() == 1
    timeline = client.get(f"/api/audit/job_seekers.jobseeker/{seeker.pk}").json()
    assert [e["action"] for e in timeline] == ["create", "reveal"]


def test_analyst_cannot_create_or_reveal(client, city, staff):
    seeker = make_job_seeker(staff.s11_counsellor, city.s11)
    client.force_login(staff.city_analyst)
    assert post(client, "/api/job-seekers", {"full_name": "x", "id_number": ID, "unit_id": city.s11.pk}).status_code == 403
    assert post(client, f"/api/job-seekers/{seeker.pk}/reveal/id_number", {}).status_code == 403


def test_employer_api(client, city, staff):
    client.force_login(staff.s11_officer)
    response = post(client, "/api/employers", {"name": "测试公司", "credit_code": "91350100M000100Y43", "unit_id": city.s11.pk, "contact_phone": "13812345678"})
    assert response.status_code == 201 and response.json()["contact_phone_masked"] == "138****5678"
    response = post(client, "/api/employers", {"name": "测试公司二", "credit_code": "91350100M000100Y43", "unit_id": city.s11.pk})
    assert response.status_code == 400 and response.json()["field_errors"]["credit_code"] == ["该统一社会信用代码已登记。"]
