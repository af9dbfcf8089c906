"""Chapter-3 journey through the API: routed person → case → agreement; scoping."""
import datetime as dt

import pytest
import time_machine

from careerguide.assistance.tests.helpers import routed

pytestmark = pytest.mark.django_db


def test_case_opening_and_signing_through_the_api_and_another_street_sees_nothing(city, staff, client):
    """BJ-13-1, BJ-23-1, BJ-23-2, BJ-4-4 (a street sees only its own cases)."""
    with time_machine.travel(dt.datetime(2024, 6, 3, 12, tzinfo=dt.timezone(dt.timedelta(hours=8))), tick=False):
        person = routed(staff, city, 320)
        client.force_login(staff.s12_caseworker)
        r = client.post("/api/assistance/cases", {"job_seeker_id": person.pk}, content_type="application/json")
        assert r.status_code == 400 and r.json()["code"] == "duplicate"  # the routing opened it (BJ-13-1)
        case_id = client.get("/api/assistance/cases").json()[0]["id"]
        r = client.post(f"/api/assistance/cases/{case_id}/agreement", {
            "case_worker_id": staff.s12_caseworker.pk, "location_basis": "hukou", "address": "甲区二街道某路1号",
            "rights_obligations": "按协议", "termination_circumstances": "实现稳定就业"}, content_type="application/json")
        assert r.status_code == 201 and r.json()["status"] == "agreement_signed"
        assert r.json()["episode_started_on"] == "2024-06-03"
        client.force_login(staff.s11_counsellor)
        assert client.get("/api/assistance/cases").json() == []
        r = client.post(f"/api/assistance/cases/{case_id}/agreement", {
            "case_worker_id": staff.s11_counsellor.pk, "location_basis": "hukou", "address": "x",
            "rights_obligations": "x", "termination_circumstances": "x"}, content_type="application/json")
        assert r.status_code == 404
