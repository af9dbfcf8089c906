"""One information space: a person's services, registrations and training from every module on one timeline
(BJ-8-1)."""
import datetime as dt

import pytest
from django.urls import reverse

from careerguide.documents.models import ArchiveUse
from careerguide.documents.selectors import person_timeline
from careerguide.intake.services import request_receive
from careerguide.job_seekers.services.certification import difficulty_certification_record
from careerguide.job_seekers.services.handoffs import handoff_create
from careerguide.matching.services.recommendations import recommendation_create
from careerguide.matching.tests.factories import at, published_vacancy, ready_job_seeker

pytestmark = pytest.mark.django_db


@pytest.fixture
def person(city, staff):
    """Registered with an unemployment registration, certified, referred to training, recommended and asking at a
    front desk, each recorded by its own module."""
    seeker = ready_job_seeker(staff, city, full_name="林小青", profile={"registration_type": "urban_unemployment"},
                              now=at(2026, 3, 2))
    difficulty_certification_record(actor=staff.s11_counsellor, job_seeker=seeker, status="certified",
                                    decided_on=dt.date(2026, 3, 3), authority="甲区一街道社会保障所",
                                    document_ref="认定-7", now=at(2026, 3, 3))
    handoff_create(actor=staff.s11_counsellor, job_seeker=seeker, kind="vocational_skills_training",
                   programme="叉车司机培训班", referred_on=dt.date(2026, 3, 4), provider="市职业技能培训学校",
                   now=at(2026, 3, 4))
    recommendation_create(actor=staff.s11_officer, job_seeker=seeker, vacancy=published_vacancy(staff, city),
                          direction="to_employer", consent_channel="in_person", now=at(2026, 3, 5))
    request_receive(actor=staff.d1_counsellor, client_kind="person", identifier=seeker.id_number,
                    category="training", content="咨询电工培训", now=at(2026, 3, 6))
    seeker.refresh_from_db()
    return seeker


def test_the_timeline_reads_every_module_newest_first(city, staff, person):
    """BJ-8-1: unemployment registration and certification status come from the employment/unemployment records,
    training from the hand-off records; services, recommendations and front-desk requests from their modules."""
    timeline = person_timeline(actor=staff.d1_head, seeker=person)
    sources = {e["source"] for e in timeline["events"]}
    assert {"服务台账", "培训、见习、创业衔接", "匹配推荐", "前台受理"} <= sources
    assert any(s.startswith("P05") for s in sources) and any(s.startswith("P01") for s in sources)
    days = [e["on"] for e in timeline["events"]]
    assert days == sorted(days, reverse=True) and days[0] == dt.date(2026, 3, 6)
    training = next(e for e in timeline["events"] if e["source"] == "培训、见习、创业衔接")
    assert "叉车司机培训班" in training["title"] and training["on"] == dt.date(2026, 3, 4)
    status = timeline["status"]
    assert (status["registration_type"], status["certification"].get_status_display(), status["training_records"]) == (
        "失业登记", "认定为就业困难人员", 1)


def test_timeline_page_and_api_are_scoped_and_logged(client, city, staff, person):
    """BJ-8-1 through the page (linked from the person's page) and the API; reading it is a use of the archive (BJ-9-2); 404 elsewhere."""
    client.force_login(staff.s11_counsellor)
    detail = client.get(reverse("job_seekers:detail", args=[person.pk])).content.decode()
    assert f'href="/archives/job_seekers.jobseeker/{person.pk}/timeline/" data-testid="timeline-link"' in detail
    page = client.get(f"/archives/job_seekers.jobseeker/{person.pk}/timeline/").content.decode()
    assert "叉车司机培训班" in page and "失业登记" in page and "甲区一街道社会保障所" in page
    assert ArchiveUse.objects.filter(subject_id=str(person.pk), action="browse").count() == 1
    api = client.get(f"/api/archives/job-seekers/{person.pk}/timeline").json()
    assert api["status"]["certification"] == "认定为就业困难人员"
    assert api["events"][0]["on"] == "2026-03-05"  # the district desk's request is outside the street's reach
    client.force_login(staff.s12_caseworker)
    assert client.get(f"/archives/job_seekers.jobseeker/{person.pk}/timeline/").status_code == 404
