"""API operations for policy advice, readiness, contacts, the no-contact report and certification."""
import datetime as dt

import pytest

from careerguide.job_seekers.models import NoContactReport, PolicyAdvice, ReadinessAssessment
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.job_seekers.tests.helpers import person_id

pytestmark = pytest.mark.django_db


def person(staff, city, seed, **profile):
    return register_job_seeker(staff.s11_counsellor, city.s11, id_number=person_id(seed), profile=profile)


def test_policy_advice_and_readiness_through_the_api(client, city, staff):
    """BJ-13-2 advice recorded; BJ-15-1 dated assessment; BJ-15-3 advice required when not ready."""
    p = person(staff, city, 90)
    client.force_login(staff.s11_counsellor)
    r = client.post(f"/api/job-seekers/{p.pk}/policy-advice", {"missing_procedures": ["difficulty_certification"],
                                                               "note": "建议到街道办理认定"}, content_type="application/json")
    assert r.status_code == 201 and PolicyAdvice.objects.get().missing_procedures == ["difficulty_certification"]
    refused = client.post(f"/api/job-seekers/{p.pk}/readiness", {"start_lead_days": 30},
                          content_type="application/json")
    assert refused.status_code == 400 and not ReadinessAssessment.objects.exists()
    ok = client.post(f"/api/job-seekers/{p.pk}/readiness", {"start_lead_days": 30, "advice": "先完成技能培训"},
                     content_type="application/json")
    assert ok.status_code == 201 and ok.json()["job_ready"] is False
    assert [a["id"] for a in client.get(f"/api/job-seekers/{p.pk}/readiness").json()] == [ok.json()["id"]]


def test_contacts_carry_initiator_and_reached_flag(client, city, staff):
    """BJ-13-7: an unsuccessful attempt is listed as not reached; a client contact cannot be 'not reached'."""
    p = person(staff, city, 91)
    client.force_login(staff.s11_counsellor)
    today = dt.date.today().isoformat()
    assert client.post(f"/api/job-seekers/{p.pk}/contacts", {"occurred_on": today, "initiated_by": "agency",
                                                             "reached": False, "summary": "电话无人接听"},
                       content_type="application/json").status_code == 201
    assert client.post(f"/api/job-seekers/{p.pk}/contacts", {"occurred_on": today, "initiated_by": "client",
                                                             "reached": False, "summary": "x"},
                       content_type="application/json").status_code == 400
    rows = client.get(f"/api/job-seekers/{p.pk}/contacts").json()
    assert [(c["initiated_by"], c["reached"]) for c in rows] == [("agency", False)]


def test_no_contact_report_is_refused_before_it_is_due(client, city, staff):
    """BJ-13-5: the report (and the stop) only after more than 6 months without contact."""
    p = person(staff, city, 92, registration_type="urban_unemployment")
    client.force_login(staff.s11_counsellor)
    r = client.post(f"/api/job-seekers/{p.pk}/no-contact-report", {"recipient": "区就业失业登记部门"},
                    content_type="application/json")
    assert r.status_code == 400 and not NoContactReport.objects.exists()


def test_certification_through_the_api_and_scope(client, city, staff):
    """BJ-13-1 via the API; another street's staff get 404 (BJ-4-4)."""
    p = person(staff, city, 93)
    client.force_login(staff.s12_caseworker)
    body = {"status": "certified", "decided_on": dt.date.today().isoformat(), "authority": "社会保障所",
            "document_ref": "R-9"}
    assert client.post(f"/api/job-seekers/{p.pk}/certifications", body,
                       content_type="application/json").status_code == 404
    client.force_login(staff.s11_counsellor)
    assert client.post(f"/api/job-seekers/{p.pk}/certifications", body,
                       content_type="application/json").status_code == 201
    assert client.get(f"/api/job-seekers/{p.pk}").json()["difficulty_certified"] is True
