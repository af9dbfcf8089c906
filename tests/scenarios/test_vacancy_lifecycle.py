"""Scenario: a verified employer's posting is returned for a discriminatory clause, corrected, published,
listed publicly and expired; a fair's pre-publication deadline across National Day 2018."""
import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
import time_machine

from careerguide.duties.models import Duty
from careerguide.vacancies.services.vacancy import vacancies_expire
from careerguide.vacancies.tests.factories import content, make_agent, make_registered_employer

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Asia/Shanghai")


def at(y, m, d, h=10):
    return dt.datetime(y, m, d, h, tzinfo=TZ)


def post(client, url, data):
    return client.post(url, json.dumps(data), content_type="application/json")


def test_posting_returned_corrected_published_listed_and_expired(client, city, staff):
    """BJ-35-3, BJ-38-3, BJ-39-2, BJ-39-1, BJ-41-2: the whole journey through the API with frozen time."""
    # Step 1: 2026-03-02 the employer is verified at a street front desk; its demand is registered in district d1.
    employer = make_registered_employer(staff.s11_officer, city.s11, now=at(2026, 3, 2))
    assert employer.is_verified
    agent = make_agent(employer)
    payload = {**content(requirements="限男，35岁以下，能适应倒班。", valid_until=None), "valid_until": "2026-04-30",
               "employer_id": employer.pk, "work_district_id": city.d1.pk}
    payload.pop("work_district")

    # Step 2: 2026-03-03 the agent submits online; screening flags two phrases before review.
    client.force_login(agent)
    with time_machine.travel(at(2026, 3, 3), tick=False):
        body = post(client, "/api/vacancies/submissions", payload).json()
    vacancy_id = body["id"]
    assert [f["phrase"] for f in body["findings"]] == ["限男", "35岁以下"]

    # Step 3: the d1 reviewer returns it; the one-time notice names both phrases with their law articles.
    client.force_login(staff.d1_counsellor)
    review = {c: {"passed": True} for c in ("truthfulness", "legality", "validity")}
    with time_machine.travel(at(2026, 3, 3, 15), tick=False):
        body = post(client, f"/api/vacancies/{vacancy_id}/review", review).json()
    assert body["status"] == "returned" and body["decision"] == "returned"
    assert [d["phrase"] for d in body["defects"]] == ["限男", "35岁以下"]
    assert client.get("/api/vacancies/public").json() == []

    # Step 4: 2026-03-04 the agent corrects; version 2 is clean and the reviewer approves: published at once.
    client.force_login(agent)
    corrected = {k: v for k, v in payload.items() if k != "employer_id"} | {"requirements": "高中以上学历，能适应倒班。"}
    with time_machine.travel(at(2026, 3, 4), tick=False):
        body = post(client, f"/api/vacancies/mine/{vacancy_id}/corrections", corrected).json()
    assert (body["version"], body["findings"], body["status"]) == (2, [], "under_review")
    client.force_login(staff.d1_counsellor)
    with time_machine.travel(at(2026, 3, 4, 11), tick=False):
        body = post(client, f"/api/vacancies/{vacancy_id}/review", review).json()
    assert body["status"] == "published"

    # Step 5: anyone finds it on the public list by occupation, district, pay and Chinese keyword.
    client.logout()
    listed = client.get("/api/vacancies/public", {"occupation": "仓储", "district": city.d1.pk, "pay_at_least": 7000,
                                                  "q": "分拣"}).json()
    assert [v["id"] for v in listed] == [vacancy_id] and listed[0]["requirements"] == "高中以上学历，能适应倒班。"

    # Step 6: the daily job keeps it through 2026-04-30 and archives it on 2026-05-01.
    assert vacancies_expire(now=at(2026, 4, 30, 1)) == 0
    assert vacancies_expire(now=at(2026, 5, 1, 1)) == 1
    assert client.get("/api/vacancies/public").json() == []
    client.force_login(agent)
    body = client.get(f"/api/vacancies/mine/{vacancy_id}").json()
    assert (body["status"], body["expiry_reason"]) == ("archived", "validity_ended")


def test_fair_prepublication_deadline_across_national_day_2018(client, city, staff):
    """BJ-43-2, BJ-43-3: fair on Monday 2018-10-08: due 2018-09-28 (not 2018-10-03); holding needs a pre-publication;
    a first pre-publication on the make-up Saturday 2018-09-29 is a warning, not a breach."""
    client.force_login(staff.d1_counsellor)
    with time_machine.travel(at(2018, 9, 20), tick=False):
        fair = post(client, "/api/vacancies/fairs", {
            "unit_id": city.d1.pk, "title": "国庆节后专场招聘会", "fair_format": "onsite", "fair_type": "special",
            "fair_date": "2018-10-08", "venue": "区人力资源市场"}).json()
        assert (fair["prepublication_due"], fair["prepublication_last"]) == ("2018-09-28", "2018-09-30")
        assert Duty.objects.get(subject_id=str(fair["id"])).due_date == dt.date(2018, 9, 28)
        assert post(client, f"/api/vacancies/fairs/{fair['id']}/open_intake", {}).status_code == 200
    with time_machine.travel(at(2018, 10, 8), tick=False):
        client.force_login(staff.d1_counsellor)  # sessions expire after 30 idle minutes
        refused = post(client, f"/api/vacancies/fairs/{fair['id']}/hold", {})
        assert refused.status_code == 400 and refused.json()["clause"] == "BJ-43-2"
    with time_machine.travel(at(2018, 9, 29), tick=False):
        client.force_login(staff.d1_counsellor)
        body = post(client, f"/api/vacancies/fairs/{fair['id']}/prepublish", {}).json()
    assert (body["prepublished_on"], body["prepublication_compliance"]) == ("2018-09-29", "warning")
    assert Duty.objects.get(subject_id=str(fair["id"])).status == "late_done"
    with time_machine.travel(at(2018, 10, 8), tick=False):
        client.force_login(staff.d1_counsellor)
        assert post(client, f"/api/vacancies/fairs/{fair['id']}/hold", {}).json()["status"] == "held"
