"""Scenario: matching through the API with frozen time, in both directions, to a hire and the archive."""
import json
from contextlib import contextmanager

import pytest
import time_machine

from careerguide.duties.models import Duty
from careerguide.job_seekers.models import JobSeeker
from careerguide.ledgers.models import LedgerEntry
from careerguide.matching.tests.factories import at, published_vacancy, ready_job_seeker

pytestmark = pytest.mark.django_db


def post(client, url, data):
    return client.post(url, json.dumps(data), content_type="application/json")


@contextmanager
def acting(client, user, when):
    """Frozen at `when` and freshly signed in (sessions expire after 30 idle minutes)."""
    with time_machine.travel(when, tick=False):
        client.force_login(user)
        yield


def test_person_is_recommended_with_consent_hired_and_archived(client, city, staff):
    """BJ-15-2, BJ-15-4, BJ-40-1, BJ-16-1, BJ-41-1, BJ-16-2: suggestions follow the person's wishes, each
    recommendation keeps its result and consent, one outcome list for both directions, and the hire archives
    the person and closes the other recommendation."""
    # 2026-03-02: a published warehouse vacancy in 甲区, a second one, and a job-ready person wishing that work.
    seeker = ready_job_seeker(staff, city)
    vacancy = published_vacancy(staff, city)
    second = published_vacancy(staff, city, name="第二物流有限公司", agent_username="agent-2", title="理货员")
    published_vacancy(staff, city, name="软件有限公司", agent_username="agent-3", title="程序员",
                      occupation_code="2-02-10-01", occupation_name="软件开发工程技术人员")

    # 2026-03-03: the counsellor asks for suggestions: only the sought major group, ranked, explained.
    with acting(client, staff.s11_counsellor, at(2026, 3, 3)):
        rows = client.get(f"/api/matching/job-seekers/{seeker.pk}/suggestions").json()
        assert {r["vacancy_id"] for r in rows} == {vacancy.pk, second.pk}
        assert rows[0]["explanation"][0]["reason"].startswith("求职意向与岗位职业")

        # Without the person's consent nothing is recorded.
        body = post(client, "/api/matching/recommendations",
                    {"job_seeker_id": seeker.pk, "vacancy_id": vacancy.pk, "direction": "to_job_seeker"}).json()
        assert body["field_errors"]["consent_channel"] and body["clause"] == "BJ-15-2"
        response = post(client, "/api/matching/recommendations", {
            "job_seeker_id": seeker.pk, "vacancy_id": vacancy.pk, "direction": "to_job_seeker",
            "consent_channel": "in_person"})
        assert response.status_code == 201
        rec = response.json()
        assert (rec["instrument_version"], rec["follow_up_due"], rec["status"]) == ("bj-match-1", "2026-03-10", "pending")

    # The account officer recommends the same person to the second employer, with the person's consent by phone.
    with acting(client, staff.s11_officer, at(2026, 3, 3, 14)):
        other = post(client, "/api/matching/recommendations", {
            "job_seeker_id": seeker.pk, "vacancy_id": second.pk, "direction": "to_employer",
            "consent_channel": "phone", "consent_note": "电话确认同意推荐"}).json()
        follow_ups = client.get("/api/matching/follow-ups").json()
    assert [f["id"] for f in follow_ups] == [rec["id"], other["id"]]
    assert Duty.objects.filter(kind="bj_employer_recommendation_outcome", clause="BJ-41-1").count() == 1

    # The second employer's agent sees the candidate without identifiers.
    with acting(client, second.submitted_by, at(2026, 3, 4)):
        cards = client.get("/api/matching/candidates").json()
    assert [c["id"] for c in cards] == [other["id"]] and seeker.full_name not in json.dumps(cards, ensure_ascii=False)

    # 2026-03-05 interviewed, 2026-03-06 hired by the first employer.
    with acting(client, staff.s11_counsellor, at(2026, 3, 5)):
        assert post(client, f"/api/matching/recommendations/{rec['id']}/outcome",
                    {"outcome": "interviewed"}).json()["status"] == "interviewed"
    with acting(client, staff.s11_counsellor, at(2026, 3, 6)):
        hired = post(client, f"/api/matching/recommendations/{rec['id']}/outcome",
                     {"outcome": "hired", "job_start": "2026-03-09", "note": "已签订劳动合同"}).json()
        closed = client.get(f"/api/matching/recommendations/{other['id']}").json()
        assert client.get("/api/matching/follow-ups").json() == []
    assert hired["status"] == "hired" and closed["status"] == "withdrawn"
    assert JobSeeker.objects.get(pk=seeker.pk).status == "archived"
    assert set(Duty.objects.values_list("status", flat=True)) == {"done"}

    # The withdrawn candidate disappears from the second employer's view.
    with acting(client, second.submitted_by, at(2026, 3, 6, 15)):
        assert client.get("/api/matching/candidates").json() == []

    # Both ledgers hold the whole trail.
    personal = LedgerEntry.objects.filter(ledger="personal", section="matching", subject_id=str(seeker.pk))
    assert list(personal.order_by("pk").values_list("service_type", flat=True)) == [
        "recommendation", "recommendation", "recommendation_outcome", "recommendation_outcome", "employed",
        "recommendation_outcome", "archived"]
    assert LedgerEntry.objects.filter(ledger="employer", section="fulfilment",
                                      service_type="recommendation_outcome").count() == 3


def test_not_hired_outcomes_are_coded_for_later_counting(client, city, staff):
    """BJ-30-8, BJ-41-1: a not_hired result needs a reason code; the attribution is stored and returned."""
    seeker, vacancy = ready_job_seeker(staff, city), published_vacancy(staff, city)
    with acting(client, staff.s11_officer, at(2026, 3, 3)):
        rec = post(client, "/api/matching/recommendations", {
            "job_seeker_id": seeker.pk, "vacancy_id": vacancy.pk, "direction": "to_employer",
            "consent_channel": "written"}).json()
        refused = post(client, f"/api/matching/recommendations/{rec['id']}/outcome", {"outcome": "not_hired"})
        assert refused.status_code == 400 and refused.json()["clause"] == "BJ-30-8"
        body = post(client, f"/api/matching/recommendations/{rec['id']}/outcome",
                    {"outcome": "not_hired", "not_hired_reason": "declined_offer"}).json()
    assert (body["status"], body["not_hired_reason"], body["person_attributable"]) == ("not_hired", "declined_offer", True)
    assert JobSeeker.objects.get(pk=seeker.pk).status == "in_service"
