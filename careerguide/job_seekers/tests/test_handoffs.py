"""Hand-offs to vocational skills training, employment internships and entrepreneurship services (BJ-2-3)."""
import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from careerguide.common.errors import DomainError
from careerguide.job_seekers.models import ProgrammeHandOff
from careerguide.job_seekers.services.handoffs import handoff_create, handoff_record_outcome
from careerguide.ledgers.selectors import ledger_entries

from .factories import register_job_seeker

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 5, 20, 10, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.fixture
def seeker(city, staff):
    return register_job_seeker(staff.s11_counsellor, city.s11, full_name="衔接对象", collected_on=dt.date(2026, 5, 6),
                               now=dt.datetime(2026, 5, 6, 10, tzinfo=ZoneInfo("Asia/Shanghai")))


def test_handoff_and_outcome_are_linked_to_the_ledger(city, staff, seeker):
    """BJ-2-3: the receiving programme, dates and outcome are recorded and each step is a ledger entry."""
    handoff = handoff_create(actor=staff.s11_counsellor, job_seeker=seeker, kind="vocational_skills_training",
                             programme="育婴员职业技能培训班", provider="示范市家政培训学校", referred_on=dt.date(2026, 5, 8), now=NOW)
    handoff_record_outcome(actor=staff.s11_counsellor, handoff=handoff, outcome="completed", started_on=dt.date(2026, 5, 11),
                           ended_on=dt.date(2026, 5, 19), note="取得结业证书", now=NOW)
    handoff.refresh_from_db()
    assert (handoff.outcome, handoff.started_on, handoff.ended_on) == ("completed", dt.date(2026, 5, 11), dt.date(2026, 5, 19))
    entries = [e for e in ledger_entries(subject=seeker) if e.clause == "BJ-2-3"]
    assert [(e.section, e.service_type, e.occurred_on) for e in entries] == [
        ("other", "handoff", dt.date(2026, 5, 8)), ("follow_up", "handoff_outcome", dt.date(2026, 5, 19))]
    assert "育婴员职业技能培训班" in entries[0].summary and entries[1].outcome == "取得结业证书"


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"started_on": dt.date(2026, 5, 7)}, "started_on"),  # the day before the referral
        ({"started_on": dt.date(2026, 5, 12), "ended_on": dt.date(2026, 5, 11)}, "ended_on"),
        ({"started_on": None, "ended_on": dt.date(2026, 5, 12)}, "ended_on"),  # an end without a start
        ({"started_on": None}, "started_on"),  # "completed" needs a start
        ({"outcome": "pending", "started_on": dt.date(2026, 5, 8)}, "outcome"),
    ],
)
def test_bad_outcomes_are_refused_and_change_nothing(city, staff, seeker, kwargs, field):
    """BJ-2-3: dates must follow the referral and each other; nothing is saved on refusal."""
    handoff = handoff_create(actor=staff.s11_counsellor, job_seeker=seeker, kind="employment_internship",
                             programme="就业见习岗位", referred_on=dt.date(2026, 5, 8), now=NOW)
    data = {"outcome": "completed", "started_on": dt.date(2026, 5, 8), "ended_on": None, **kwargs}
    entries = ledger_entries(subject=seeker).count()
    with pytest.raises(DomainError) as exc:
        handoff_record_outcome(actor=staff.s11_counsellor, handoff=handoff, now=NOW, **data)
    assert field in exc.value.field_errors
    handoff.refresh_from_db()
    assert handoff.outcome == "pending" and ledger_entries(subject=seeker).count() == entries
    # the day of the referral is allowed
    handoff_record_outcome(actor=staff.s11_counsellor, handoff=handoff, outcome="employed", started_on=dt.date(2026, 5, 8),
                           now=NOW)


def test_pages_and_api(client, city, staff, seeker):
    """BJ-2-3: staff refer from the person's page; the API lists and records; other districts get 404."""
    client.force_login(staff.s11_counsellor)
    with time_machine.travel(NOW, tick=False):
        response = client.post(reverse("job_seekers:handoff_create", args=[seeker.pk]),
                               {"kind": "entrepreneurship_service", "programme": "创业孵化指导", "referred_on": "2026-05-19"})
        assert response.status_code == 302
        handoff = ProgrammeHandOff.objects.get()
        html = client.get(reverse("job_seekers:detail", args=[seeker.pk])).content.decode()
        assert "创业孵化指导" in html and "创业服务" in html
        response = client.post(f"/api/job-seekers/handoffs/{handoff.pk}/outcome",
                               json.dumps({"outcome": "not_admitted", "note": "名额已满"}), content_type="application/json")
        assert response.status_code == 200 and response.json()["outcome"] == "not_admitted"
        assert client.get(f"/api/job-seekers/{seeker.pk}/handoffs").json()[0]["programme"] == "创业孵化指导"
        bad = client.post(reverse("job_seekers:handoff_create", args=[seeker.pk]),
                          {"kind": "entrepreneurship_service", "programme": "x", "referred_on": "2026-05-21"})
        assert "转介日期不能晚于今天" in bad.content.decode() and ProgrammeHandOff.objects.count() == 1
    client.force_login(staff.d2_counsellor)
    assert client.get(reverse("job_seekers:handoff_outcome", args=[handoff.pk])).status_code == 404
    assert client.get(f"/api/job-seekers/{seeker.pk}/handoffs").status_code == 404
