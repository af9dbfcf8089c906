"""Recommender channels, review panel, verification actions and the expert's own page
(CZ-6-12, CZ-6-15, CZ-7-1, CZ-7-3, CZ-7-4, CZ-4-8, CZ-8-4, CZ-11-20)."""
import datetime as dt
from decimal import Decimal

import pytest

from careerguide.accounts.roles import UserKind
from careerguide.accounts.tests.factories import make_user
from careerguide.common.errors import DomainError
from careerguide.experts.models import Recommender
from careerguide.experts.selectors import application_list, renewal_dossier
from careerguide.experts.services import activities, applications, review
from careerguide.experts.services import membership as ms
from careerguide.experts.tests.factories import (
    ALL_DECLARATIONS,
    appointed,
    at,
    make_applicant,
    make_round,
    resident_id,
    self_nomination,
    to_city,
)

pytestmark = pytest.mark.django_db
D = dt.date


def _university(staff):
    officer = make_user("uni-office", None, (), kind=UserKind.EXPERT, full_name="高校就业指导中心")
    uni = Recommender.objects.create(name="常州某大学就业指导中心", kind="university")
    uni.users.add(officer)
    return officer, uni


def test_university_nomination_needs_its_attachments_and_the_nominee_confirmation(city, staff):
    """CZ-6-12 (teaching/research output, industry connections, cases; straight to city_hrss), CZ-6-15
    (the nominee confirms before submission), CZ-6-16 (the recommender sees only its own)."""
    officer, uni = _university(staff)
    rnd = make_round(staff.city_admin)
    number = resident_id(D(1978, 2, 3), 11)
    app = applications.application_create(
        actor=officer, round=rnd, channel="university_recommendation", recommender=uni, id_number=number,
        person={"name": "钱书远", "gender": "male", "work_unit": "常州某大学", "unit_type": "university"},
        categories=["C2"], declarations=ALL_DECLARATIONS, now=at(2025, 9, 2),
        attachments=[{"kind": "teaching_research_output", "title": "论文"}, {"kind": "practice_cases", "title": "案例"}])
    applications.preliminary_opinion_record(actor=officer, application=app, recommend=True, reason="教学经验丰富")
    with pytest.raises(DomainError) as e:
        applications.application_submit(actor=officer, application=app, now=at(2025, 9, 3))
    text = str(e.value) + " ".join(str(m) for m in e.value.messages)
    assert "确认" in text and "行业联系资源" in text
    app.attachments.create(kind="industry_connections", title="合作企业清单")
    nominee = make_applicant("nominee", "钱书远")
    with pytest.raises(DomainError):
        applications.nominee_confirm(actor=nominee, application=app, id_number=resident_id(D(1978, 2, 4), 11))
    applications.nominee_confirm(actor=nominee, application=app, id_number=number)
    app = applications.application_submit(actor=officer, application=app, now=at(2025, 9, 3))
    assert app.status == "submitted_to_city" and app.receiving_unit == city.city
    other = make_user("assoc", None, (), kind=UserKind.EXPERT)
    Recommender.objects.create(name="某协会", kind="association").users.add(other)
    assert list(application_list(actor=other)) == [] and list(application_list(actor=officer)) == [app]


def test_panel_recusal_verification_and_comprehensive_outcome(city, staff):
    """CZ-7-1 (a member from the candidate's unit recuses), CZ-7-3 (verification actions recorded in
    review), CZ-7-4 (not_selected with reasons, optional score and rank, no cut-off)."""
    user = make_applicant()
    app = self_nomination(user=user, round=make_round(staff.city_admin), unit=city.d1)
    to_city(app, user=user, agency=staff.d1_head)
    with pytest.raises(DomainError):
        review.verification_record(actor=staff.city_admin, application=app, method="interview", on=D(2025, 9, 22),
                                   summary="面谈")
    review.qualification_start(actor=staff.city_admin, application=app)
    review.verification_record(actor=staff.city_admin, application=app, method="phone_inquiry", on=D(2025, 9, 22),
                               summary="电话核实任职情况", finding="属实")
    review.qualification_decide(actor=staff.city_admin, application=app, passed=True)
    colleague = make_user("panel-1", None, (), kind=UserKind.EXPERT)
    outsider = make_user("panel-2", None, (), kind=UserKind.EXPERT)
    review.panel_member_add(actor=staff.city_admin, round=app.round, user=colleague, unit_name="常州某职业技术学院")
    review.panel_member_add(actor=staff.city_admin, round=app.round, user=outsider, unit_name="某研究院")
    with pytest.raises(DomainError) as e:
        review.panel_opinion_record(actor=colleague, application=app, opinion="推荐")
    assert e.value.code == "recusal"
    review.panel_opinion_record(actor=outsider, application=app, opinion="推荐", score=Decimal("88"))
    review.comprehensive_decide(actor=staff.city_admin, application=app, proposed=False, reason="本批次名额内排名靠后",
                                score=Decimal("61.5"), rank=12)
    app.refresh_from_db()
    assert app.status == "not_selected" and app.verifications.count() == 1 and app.rank == 12


def test_turning_66_during_the_term_changes_nothing(city, staff):
    """CZ-4-8: no automatic exit, warning or status change during a term."""
    m = appointed(staff, city, born=D(1960, 3, 1), seed=21)  # 65 on the closing date 2025-09-15
    ms.memberships_term_end_sweep(now=at(2026, 3, 2))
    m.refresh_from_db()
    assert m.status == "active" and m.application.age_over_limit is False


def test_expert_self_service_page_and_term_dossier(client, city, staff):
    """CZ-11-20 (status, certificate, term, days left, assignments, feedback), CZ-8-4 (dossier counts
    confirmed service logs and declined assignments)."""
    m = appointed(staff, city)
    a = activities.assignment_create(actor=staff.city_admin, membership=m, title="高校毕业生专场指导", on=D(2026, 3, 20))
    activities.assignment_respond(actor=m.user, assignment=a, accept=False, reason="出差")
    entry = activities.service_log_create(actor=m.user, membership=m, now=at(2026, 3, 3), data={
        "on": D(2026, 3, 2), "hours": Decimal("3"), "location": "线上", "mode": "online", "origin": "voluntary",
        "form": "expert_lecture", "duty": "D4", "category": "personalised_guidance", "recipient_types": ["worker"],
        "job_seeking_intent": True, "key_groups": ["veteran"], "persons_served": 30, "topic": "退役军人求职",
        "summary": "线上讲座"})
    assert renewal_dossier(membership=m)["sessions"] == 0
    activities.service_log_review(actor=staff.city_admin, entry=entry, confirm=True)
    dossier = renewal_dossier(membership=m)
    assert (dossier["sessions"], dossier["persons"], dossier["declined_assignments"]) == (1, 30, 1)
    client.force_login(m.user)
    page = client.get("/public/experts/me/").content.decode()
    assert m.certificates.get().number in page and "高校毕业生专场指导" in page and "在聘" in page
    client.force_login(staff.seeker_user)
    assert client.get("/public/experts/me/").status_code == 403


def test_api_refuses_posted_ids_outside_the_actor_s_scope(client, city, staff):
    """CZ-6-12: a recommender names only an organisation it acts for; CZ-6-8: a self-nomination is
    received by a city or district agency; CZ-6-15: only a nomination waiting for its nominee can be
    confirmed — any other id is refused, never looked up unscoped."""
    officer, _uni = _university(staff)
    foreign = Recommender.objects.create(name="某协会", kind="university")
    rnd = make_round(staff.city_admin)
    person = {"name": "钱书远", "gender": "male", "work_unit": "常州某大学", "unit_type": "university"}
    client.force_login(officer)
    r = client.post("/api/experts/applications", {
        "round_id": rnd.pk, "channel": "university_recommendation", "recommender_id": foreign.pk, "person": person,
        "id_number": resident_id(D(1978, 2, 3), 11), "categories": ["C2"]}, content_type="application/json")
    assert r.status_code == 400 and r.json()["code"] == "invalid" and "recommender" in r.json()["field_errors"]
    applicant = make_applicant()
    client.force_login(applicant)
    r = client.post("/api/experts/applications", {
        "round_id": rnd.pk, "channel": "self_nomination", "receiving_unit_id": city.s11.pk, "person": person,
        "id_number": resident_id(D(1980, 1, 2), 3), "categories": ["C2"]}, content_type="application/json")
    assert r.status_code == 400 and "receiving_unit" in r.json()["field_errors"]
    own = self_nomination(user=applicant, round=rnd, unit=city.d1)
    r = client.post(f"/api/experts/nominations/{own.pk}/confirm", {"id_number": own.id_number},
                    content_type="application/json")
    assert r.status_code == 404
