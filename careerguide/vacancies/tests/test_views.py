"""Pages and API of vacancies: who sees what, highlighting, the public list without personal data."""
import json

import pytest
import time_machine
from django.urls import reverse

from careerguide.vacancies.models import ScreeningRuleSetVersion, Vacancy
from careerguide.vacancies.services.review import vacancy_review
from careerguide.vacancies.services.vacancy import vacancy_submit

from .factories import PASS, at, content, make_agent, make_registered_employer

pytestmark = pytest.mark.django_db
NOW = at(2026, 3, 3)


@pytest.fixture
def setup(city, staff):
    employer = make_registered_employer(staff.s11_officer, city.s11)
    type(employer).objects.filter(pk=employer.pk).update(contact_phone="13812345678", address="某路1号")
    agent = make_agent(employer)
    return employer, agent


def form_data(**overrides):
    data = content(**overrides)
    data["valid_until"] = data["valid_until"].isoformat()
    data["work_district"] = data["work_district"] or ""
    data.pop("pay_max") if data.get("pay_max") is None else None
    return data


def test_agent_submits_through_the_portal_and_sees_the_flagged_phrase(client, city, setup):
    """BJ-38-3, BJ-39-2: the agent's page marks the flagged phrase (escaped) after submission."""
    employer, agent = setup
    client.force_login(agent)
    with time_machine.travel(NOW, tick=False):
        response = client.post(reverse("vacancy_portal:submit"), {
            "employer": employer.pk, **form_data(requirements="<b>限男</b>，高中以上学历", work_district=city.d1.pk)})
        assert response.status_code == 302
        vacancy = Vacancy.objects.get()
        html = client.get(reverse("vacancy_portal:detail", args=[vacancy.pk])).content.decode()
    assert "&lt;b&gt;<mark" in html and ">限男</mark>&lt;/b&gt;" in html


def test_portal_is_for_agents_only_and_scoped(client, staff, setup):
    """BJ-39-3: staff and other agents cannot open an agent's posting pages."""
    employer, agent = setup
    vacancy = vacancy_submit(actor=agent, employer=employer, content=content(), now=NOW)
    client.force_login(staff.d1_counsellor)
    assert client.get(reverse("vacancy_portal:detail", args=[vacancy.pk])).status_code == 403
    other = make_agent(make_registered_employer(staff.s11_officer, staff.s11_officer.unit, name="别家公司"), "agent-x")
    client.force_login(other)
    assert client.get(reverse("vacancy_portal:detail", args=[vacancy.pk])).status_code == 404


def test_reviewer_page_and_review_post(client, staff, setup):
    """BJ-38-1, BJ-39-4: the reviewing district's page shows findings and takes a result per criterion."""
    employer, agent = setup
    vacancy = vacancy_submit(actor=agent, employer=employer, content=content(requirements="限男"), now=NOW)
    client.force_login(staff.d2_counsellor)
    assert client.get(reverse("vacancies:detail", args=[vacancy.pk])).status_code == 404
    client.force_login(staff.d1_counsellor)
    html = client.get(reverse("vacancies:list")).content.decode()
    assert 'data-testid="queue"' in html and "仓库分拣员" in html
    html = client.get(reverse("vacancies:detail", args=[vacancy.pk])).content.decode()
    assert "<mark" in html and "性别" in html and 'data-testid="review-form"' in html
    with time_machine.travel(NOW, tick=False):
        response = client.post(reverse("vacancies:review", args=[vacancy.pk]), {
            "truthfulness": "pass", "legality": "pass", "validity": "pass"})
    assert response.status_code == 302
    vacancy.refresh_from_db()
    assert vacancy.status == "returned"


def test_public_list_search_and_no_personal_data(client, city, staff, setup):
    """BJ-39-1, BJ-51-3: published postings searchable by occupation, district, pay and keyword; no phone or address."""
    employer, agent = setup
    vacancy = vacancy_submit(actor=agent, employer=employer, content=content(work_district=city.d1), now=NOW)
    vacancy_review(actor=staff.d1_counsellor, vacancy=vacancy, judgments=PASS, now=NOW)
    url = reverse("vacancies:public_list")
    client.logout()
    assert "仓库分拣员" in client.get(url, {"q": "分拣 倒班"}).content.decode()
    assert "仓库分拣员" not in client.get(url, {"q": "分拣 厨师"}).content.decode()
    assert "仓库分拣员" in client.get(url, {"occupation": "4-02-06-01", "district": city.d1.pk, "pay": 8000}).content.decode()
    assert "仓库分拣员" not in client.get(url, {"pay": 8001}).content.decode()
    assert "仓库分拣员" not in client.get(url, {"district": city.d2.pk}).content.decode()
    detail = client.get(reverse("vacancies:public_detail", args=[vacancy.pk])).content.decode()
    api = client.get(f"/api/vacancies/public/{vacancy.pk}").content.decode()
    for text in (detail, api):
        assert "13812345678" not in text and "某路1号" not in text and employer.credit_code not in text


def test_city_admin_saves_a_ruleset_version_and_new_postings_use_it(client, staff, setup):
    """BJ-38-3: a city extends the rules through a page; versions are audited and recorded on each screening."""
    employer, agent = setup
    client.force_login(staff.d1_counsellor)
    assert 'name="extra"' not in client.get(reverse("vacancies:rulesets")).content.decode()
    client.force_login(staff.city_admin)
    extra = {"grounds": {"city_custom": {"label": "本市禁止事项", "articles": ["本市规定第1条"]}},
             "rules": [{"id": "city.local", "ground": "city_custom", "pattern": "限本区居民"}]}
    response = client.post(reverse("vacancies:rulesets"), {"extra": json.dumps(extra, ensure_ascii=False), "note": "新增"})
    assert response.status_code == 302
    bad = client.post(reverse("vacancies:rulesets"), {"extra": '{"rules": [{"id": "x"}]}', "note": "坏"})
    assert bad.status_code == 200 and ScreeningRuleSetVersion.objects.count() == 1
    vacancy = vacancy_submit(actor=agent, employer=employer, content=content(requirements="限本区居民"), now=NOW)
    version = vacancy.latest_version
    assert version.ruleset_version == "2+city.1" and [f["ground"] for f in version.findings] == ["city_custom"]


def test_api_submit_and_review(client, staff, setup):
    """BJ-39-3, BJ-38-1 through the API."""
    employer, agent = setup
    client.force_login(agent)
    payload = {**form_data(requirements="限男"), "employer_id": employer.pk, "work_district_id": None}
    payload.pop("work_district")
    with time_machine.travel(NOW, tick=False):
        response = client.post("/api/vacancies/submissions", json.dumps(payload), content_type="application/json")
        assert response.status_code == 201, response.content
        body = response.json()
        assert body["status"] == "under_review" and body["findings"][0]["phrase"] == "限男"
        client.force_login(staff.d1_counsellor)
        review = {c: {"passed": True} for c in ("truthfulness", "legality", "validity")}
        response = client.post(f"/api/vacancies/{body['id']}/review", json.dumps(review), content_type="application/json")
    assert response.status_code == 200 and response.json()["status"] == "returned"
    assert response.json()["defects"][0]["clause"] == "BJ-38-3"


def test_fair_pages(client, staff):
    """BJ-43-6: staff create a fair through the page and see its pre-publication schedule."""
    client.force_login(staff.d1_counsellor)
    with time_machine.travel(NOW, tick=False):
        response = client.post(reverse("vacancies:fair_create"), {
            "title": "春季招聘会", "fair_format": "onsite", "fair_type": "targeted", "fair_date": "2026-03-12",
            "venue": "人力资源市场", "unit": staff.d1_counsellor.unit_id})
        assert response.status_code == 302
        html = client.get(response["Location"]).content.decode()
        assert client.get(reverse("vacancies:fair_list")).status_code == 200
    assert "2026-03-09" in html and "春季招聘会" in html
    client.force_login(staff.seeker_user)
    assert client.get(reverse("vacancies:fair_list")).status_code == 403


def test_fair_api_refuses_a_unit_outside_the_jurisdiction(client, city, staff):
    """BJ-4-3, BJ-43-6: the organising unit is resolved in the actor's jurisdiction; another district's unit is a 404
    and no fair is recorded; the actor's own unit is accepted."""
    from careerguide.vacancies.models import JobFair

    client.force_login(staff.d1_counsellor)
    fair = {"title": "春季招聘会", "fair_format": "onsite", "fair_type": "targeted", "fair_date": "2026-03-12",
            "venue": "人力资源市场"}
    with time_machine.travel(NOW, tick=False):
        refused = client.post("/api/vacancies/fairs", json.dumps({**fair, "unit_id": city.d2.pk}),
                              content_type="application/json")
        assert refused.status_code == 404 and not JobFair.objects.exists()
        created = client.post("/api/vacancies/fairs", json.dumps({**fair, "unit_id": city.d1.pk}),
                              content_type="application/json")
    assert created.status_code == 201, created.content
    assert created.json()["prepublication_due"] == "2026-03-09"


def test_vacancy_api_refuses_a_work_district_that_is_not_a_district(client, setup, city):
    """BJ-38-2: the posted work district must be a district agency; a street is refused on its field."""
    employer, agent = setup
    client.force_login(agent)
    payload = {**form_data(), "employer_id": employer.pk, "work_district_id": city.s11.pk}
    payload.pop("work_district", None)
    with time_machine.travel(NOW, tick=False):
        refused = client.post("/api/vacancies/submissions", json.dumps(payload), content_type="application/json")
    assert refused.status_code == 400 and "work_district" in refused.json()["field_errors"]
    assert not Vacancy.objects.exists()
