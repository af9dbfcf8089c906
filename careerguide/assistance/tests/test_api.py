"""The chapter-3 API resolves posted staff ids inside the actor's jurisdiction."""
import datetime as dt

import pytest
import time_machine

from careerguide.assistance.models import AssistanceAgreement
from careerguide.assistance.tests.helpers import routed

pytestmark = pytest.mark.django_db
NOON = dt.datetime(2024, 6, 3, 12, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def test_a_case_worker_outside_the_actors_jurisdiction_is_refused_on_its_field(city, staff, client):
    """BJ-23-2, BJ-4-4: an id posted for the case worker must name staff the street may choose."""
    with time_machine.travel(NOON, tick=False):
        routed(staff, city, 330)
        client.force_login(staff.s12_caseworker)
        case_id = client.get("/api/assistance/cases").json()[0]["id"]
        r = client.post(f"/api/assistance/cases/{case_id}/agreement", {
            "case_worker_id": staff.d2_counsellor.pk, "location_basis": "hukou", "address": "甲区二街道某路1号",
            "rights_obligations": "按协议", "termination_circumstances": "实现稳定就业"}, content_type="application/json")
    assert r.status_code == 400 and "case_worker_id" in r.json()["field_errors"]
    assert r.json()["code"] == "invalid" and not AssistanceAgreement.objects.exists()
