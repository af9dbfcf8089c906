"""Scenario: a district registers a counsellor, records training, submits a star title; the city grants it (API)."""
import datetime as dt

import pytest

from careerguide.workforce.models import Counsellor
from careerguide.workforce.services.register import qualification_add, service_period_add

pytestmark = pytest.mark.django_db


def test_register_training_and_star_title_through_the_api(client, city, staff):
    """BJ-60-1, BJ-69-1, BJ-69-2, BJ-63-2, BJ-68-1: district registers and submits, only the city grants."""
    client.force_login(staff.d1_head)
    r = client.post("/api/workforce/counsellors", {"full_name": "宋佳", "employment_type": "full_time", "roles": ["guidance"],
                                                   "joined_on": "2016-01-04"}, content_type="application/json")
    assert r.status_code == 201
    cid = r.json()["id"]
    c = Counsellor.objects.get(pk=cid)
    service_period_add(actor=staff.d1_head, counsellor=c, organisation_name="甲区就业服务中心", started_on=dt.date(2016, 1, 4))
    qualification_add(actor=staff.d1_head, counsellor=c, occupation="career_guidance", kind="qualification_certificate",
                      level=1, number="G0001", issuer="人社部职业技能鉴定中心", issued_on=dt.date(2018, 5, 1))
    training = {"form": "lecture", "provider": "市就业训练中心", "started_on": "2025-04-01", "completed_on": "2025-04-03",
                "hours": "60", "assessment_method": "exam", "result": "passed"}
    assert client.post(f"/api/workforce/counsellors/{cid}/training-records", training,
                       content_type="application/json").status_code == 201
    hours = client.get("/api/workforce/training-hours?year=2025").json()
    assert hours == [{"counsellor_id": cid, "full_name": "宋佳", "hours": "60.0", "required": "60", "met": True}]
    title = client.post(f"/api/workforce/counsellors/{cid}/titles", {"title": "star_counsellor", "year": 2026,
                                                                     "outstanding_attested": True},
                        content_type="application/json").json()
    decision = {"grant": True, "cutoff": "2021-01-03"}  # five years from 2016-01-04 are complete on this day
    assert client.post(f"/api/workforce/titles/{title['id']}/decision", decision,
                       content_type="application/json").status_code == 403
    client.force_login(staff.d2_counsellor)
    assert client.get(f"/api/workforce/counsellors/{cid}").status_code == 404
    client.force_login(staff.city_admin)
    early = client.post(f"/api/workforce/titles/{title['id']}/decision", {"grant": True, "cutoff": "2021-01-02"},
                        content_type="application/json")
    assert early.status_code == 400
    granted = client.post(f"/api/workforce/titles/{title['id']}/decision", decision, content_type="application/json")
    assert granted.status_code == 200 and granted.json()["status"] == "granted"
