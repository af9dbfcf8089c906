"""Staff pages of matching and the employer's candidate view."""
import pytest
import time_machine
from django.urls import reverse

from careerguide.matching.models import Recommendation
from careerguide.matching.services.recommendations import recommendation_create
from careerguide.vacancies.tests.factories import make_agent

from .factories import at, published_vacancy, ready_job_seeker

pytestmark = pytest.mark.django_db
NOW = at(2026, 3, 3)



def test_staff_recommends_a_vacancy_to_a_person_and_records_the_outcome(client, staff, city):
    """BJ-15-2, BJ-16-1, BJ-30-8: suggestion with explanation, consent recorded, not_hired with a coded reason."""
    seeker, vacancy = ready_job_seeker(staff, city), published_vacancy(staff, city)
    client.force_login(staff.s11_counsellor)
    with time_machine.travel(NOW, tick=False):
        page = client.get(f"/matching/job-seekers/{seeker.pk}/")
        assert page.status_code == 200 and "仓库分拣员" in page.content.decode() and "职业相同" in page.content.decode()
        refused = client.post(f"/matching/job-seekers/{seeker.pk}/recommend/{vacancy.pk}/", {"consent_channel": ""})
        assert refused.status_code == 302 and not Recommendation.objects.exists()
        done = client.post(f"/matching/job-seekers/{seeker.pk}/recommend/{vacancy.pk}/", {"consent_channel": "phone"})
        rec = Recommendation.objects.get()
        assert done.url == f"/matching/recommendations/{rec.pk}/"
        assert "待跟进的匹配推荐" in client.get("/matching/").content.decode()
        bad = client.post(f"/matching/recommendations/{rec.pk}/outcome/", {"outcome": "not_hired"})
        assert bad.status_code == 400 and "未录用原因" in bad.content.decode()
        client.post(f"/matching/recommendations/{rec.pk}/outcome/", {"outcome": "not_hired",
                                                                      "not_hired_reason": "no_show_interview"})
    rec.refresh_from_db()
    assert (rec.status, rec.person_attributable) == ("not_hired", True)


def test_staff_records_a_vacancy_profile_and_recommends_a_consenting_person(client, staff, city):
    """BJ-40-1: the demand assessment feeds the instrument; recommendation to the employer needs consent."""
    seeker, vacancy = ready_job_seeker(staff, city), published_vacancy(staff, city)
    client.force_login(staff.s11_officer)
    with time_machine.travel(NOW, tick=False):
        client.post(f"/matching/vacancies/{vacancy.pk}/profile/", {"required_skill_level": "4", "working_pattern":
                                                                    "full_time", "start_within_days": "14"})
        page = client.get(f"/matching/vacancies/{vacancy.pk}/").content.decode()
        assert seeker.full_name in page and "匹配得分 100" in page
        client.post(f"/matching/vacancies/{vacancy.pk}/recommend/{seeker.pk}/", {"consent_channel": "written"})
    rec = Recommendation.objects.get()
    assert (rec.direction, rec.score, rec.consent_channel) == ("to_employer", 100, "written")


def test_pages_need_the_right_roles(client, staff, city):
    """BJ-15-2, BJ-6-2: portal users get no staff page; only the city publishes instrument versions."""
    client.force_login(staff.seeker_user)
    assert client.get("/matching/").status_code == 403
    client.force_login(staff.d1_counsellor)
    assert client.get("/matching/instruments/").status_code == 200
    assert client.post("/matching/instruments/publish/", {}).status_code == 403
    client.force_login(staff.city_admin)
    with time_machine.travel(NOW, tick=False):
        data = {"version": "bj-match-2", "effective_from": "2026-03-04", "min_score": "70",
                "unknown_credit_percent": "50", "pay_tolerance_percent": "10",
                **{f"weight_{k}": "10" for k in ("occupation", "skill_level", "experience", "pay", "working_pattern",
                                                 "location", "availability")}}
        assert client.post("/matching/instruments/publish/", data).status_code == 302
        assert "bj-match-2" in client.get("/matching/instruments/").content.decode()


def test_employer_agent_sees_only_job_relevant_data_of_its_own_candidates(client, staff, city):
    """BJ-40-2, BJ-51-2: skills, experience and availability only; never ID number, phone or another employer's
    candidates."""
    seeker = ready_job_seeker(staff, city, full_name="李明华", phone="13912345678")
    ours = published_vacancy(staff, city)
    theirs = published_vacancy(staff, city, name="另一家科技有限公司", agent_username="agent-2")
    with time_machine.travel(NOW, tick=False):
        mine = recommendation_create(actor=staff.s11_officer, job_seeker=seeker, vacancy=ours, direction="to_employer",
                                     consent_channel="in_person", now=NOW)
        other = recommendation_create(actor=staff.s11_officer, job_seeker=ready_job_seeker(staff, city),
                                      vacancy=theirs, direction="to_employer", consent_channel="in_person", now=NOW)
        client.force_login(ours.submitted_by)
        listing = client.get(reverse("vacancy_portal:candidates")).content.decode()
        detail = client.get(reverse("vacancy_portal:candidate_detail", args=[mine.pk])).content.decode()
        assert client.get(reverse("vacancy_portal:candidate_detail", args=[other.pk])).status_code == 404
        api = client.get("/api/matching/candidates").json()
    assert f"R{mine.pk:06d}" in listing and f"R{other.pk:06d}" not in listing
    assert "李*华" in detail and "四级（中级工）" in detail and "具备上岗条件" in detail
    for secret in (seeker.id_number, "13912345678", "李明华", seeker.id_number[-4:] + "<"):
        assert secret not in listing and secret not in detail and secret not in str(api)
    assert [c["id"] for c in api] == [mine.pk]
    assert set(api[0]) == {"id", "reference", "display_name", "vacancy_id", "vacancy_title", "employer_name",
                           "recommended_on", "status", "status_label", "score", "sought_occupation", "education",
                           "skill_level", "certificates", "experience", "job_ready", "available_from", "working_pattern"}
    stranger = make_agent(ours.employer, "agent-3", real_name_verified=True)
    stranger.employer_agencies.update(is_active=False)
    client.force_login(stranger)
    assert client.get("/api/matching/candidates").json() == []
