"""Expert-team selection journeys: round, self-nomination, screening, review, public notice, objections,
appointment (CZ art. 4–7), through the services and the JSON API."""
import datetime as dt

import pytest
import time_machine

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError
from careerguide.experts.models import Application, Membership, Objection
from careerguide.experts.services import applications, review
from careerguide.experts.tests.factories import (
    ALL_DECLARATIONS,
    SELF_ATTACHMENTS,
    appointed,
    at,
    make_applicant,
    make_round,
    resident_id,
    self_nomination,
    to_city,
    to_notice,
)

pytestmark = pytest.mark.django_db


def test_round_less_than_two_years_after_the_previous_needs_a_reason(city, staff):
    """CZ-6-3, CZ-6-4: only city_hrss opens rounds; an early round needs a recorded reason; the batch
    deadline is closing date + 10 working days (CZ-6-10)."""
    with pytest.raises(DomainError) as e:
        applications.round_create(actor=staff.d1_head, title="x", open_date=dt.date(2025, 9, 1),
                                  closing_date=dt.date(2025, 9, 15), now=at(2025, 8, 1))
    assert e.value.code == "forbidden"
    first = make_round(staff.city_admin)
    # 09-16 … 09-26 (9 working days), then Sunday 09-28, a make-up working day
    assert first.batch_deadline == dt.date(2025, 9, 28)
    with pytest.raises(DomainError) as e:
        applications.round_create(actor=staff.city_admin, title="加开", open_date=dt.date(2026, 9, 1),
                                  closing_date=dt.date(2026, 9, 15), now=at(2026, 8, 1))
    assert e.value.clause == "CZ-6-4"
    extra = applications.round_create(actor=staff.city_admin, title="加开", open_date=dt.date(2026, 9, 1),
                                      closing_date=dt.date(2026, 9, 15), early_reason="重点群体服务需求增加", now=at(2026, 8, 1))
    assert extra.early_reason


def test_submission_needs_declarations_attachments_and_unit_consent(city, staff):
    """CZ-4-2 (volunteer tick), CZ-11-6 (minimum publication consent), CZ-6-6 (resume, achievements,
    cases), CZ-6-7 (unit opinion for self-nomination): refused with nothing changed."""
    user = make_applicant()
    rnd = make_round(staff.city_admin)
    app = self_nomination(user=user, round=rnd, unit=city.d1, declarations=["conditions", "health"],
                          attachments=[{"kind": "resume", "title": "简历"}])
    with pytest.raises(DomainError) as e:
        applications.application_submit(actor=user, application=app, now=at(2025, 9, 3))
    text = " ".join(str(m) for m in e.value.messages)
    assert "志愿从事职业指导服务工作" in text and "单独同意" in text
    assert "专业成就" in text and "职业指导相关实践案例" in text and "单位意见" in text
    app.refresh_from_db()
    assert app.status == "draft" and app.submitted_at is None


def test_birth_date_mismatch_blocks_submission(city, staff):
    """CZ-4-9: a form date of birth that differs from the ID number blocks submission."""
    user = make_applicant()
    rnd = make_round(staff.city_admin)
    app = self_nomination(user=user, round=rnd, unit=city.d1)
    Application.objects.filter(pk=app.pk).update(birth_date=dt.date(1975, 4, 4))
    app.refresh_from_db()
    with pytest.raises(DomainError) as e:
        applications.application_submit(actor=user, application=app, now=at(2025, 9, 3))
    assert "birth_date" in e.value.field_errors


def test_round_window_and_one_live_application_per_round(city, staff):
    """CZ-6-3: submission only while the round is open (closing day included, day after refused);
    CZ-6-5: a second live application of the same person in the round is blocked; CZ-6-2 one channel."""
    user = make_applicant()
    rnd = make_round(staff.city_admin)
    app = self_nomination(user=user, round=rnd, unit=city.d1)
    with pytest.raises(DomainError):
        applications.application_submit(actor=user, application=app, now=at(2025, 9, 16))
    app = applications.application_submit(actor=user, application=app, now=at(2025, 9, 15))
    assert app.status == "submitted_to_agency" and app.channel == "self_nomination"
    second = self_nomination(user=user, round=rnd, unit=city.d2)
    with pytest.raises(DomainError) as e:
        applications.application_submit(actor=user, application=second, now=at(2025, 9, 15))
    assert "重复申报" in str(e.value)


def test_agency_screening_rejects_with_reason_and_other_district_cannot_see(city, staff):
    """CZ-6-8 (routed to the home district agency), CZ-6-9 (not recommended ends with the reason),
    CZ-6-16 (another district cannot see it), CZ-6-17 terminal agency_rejected."""
    from careerguide.experts.selectors import application_list
    user = make_applicant()
    app = self_nomination(user=user, round=make_round(staff.city_admin), unit=city.d1)
    applications.application_submit(actor=user, application=app, now=at(2025, 9, 3))
    assert list(application_list(actor=staff.d2_counsellor)) == []
    assert list(application_list(actor=staff.d1_counsellor)) == [app]
    with pytest.raises(DomainError):
        applications.preliminary_opinion_record(actor=staff.d2_counsellor, application=app, recommend=False, reason="x")
    applications.preliminary_opinion_record(actor=staff.d1_counsellor, application=app, recommend=False,
                                            reason="实践案例不足", now=at(2025, 9, 4))
    app.refresh_from_db()
    assert app.status == "agency_rejected"
    assert list(application_list(actor=user))[0].preliminary_reason == "实践案例不足"


def test_batch_after_deadline_is_refused(city, staff):
    """CZ-6-10: the batch goes by the round's batch deadline (2025-09-28); the day after is refused."""
    user = make_applicant()
    app = self_nomination(user=user, round=make_round(staff.city_admin), unit=city.d1)
    applications.application_submit(actor=user, application=app, now=at(2025, 9, 3))
    applications.preliminary_opinion_record(actor=staff.d1_head, application=app, recommend=True, reason="推荐")
    with pytest.raises(DomainError):
        applications.agency_batch_submit(actor=staff.d1_head, round=app.round, now=at(2025, 9, 29))
    assert applications.agency_batch_submit(actor=staff.d1_head, round=app.round, now=at(2025, 9, 28)) == [app]


def test_over_age_candidate_passes_only_with_written_justification(city, staff):
    """CZ-4-6, CZ-4-7: 66 on the closing date is a warning; passing needs a justification, stored."""
    user = make_applicant()
    app = self_nomination(user=user, round=make_round(staff.city_admin), unit=city.d1,
                          id_number=resident_id(dt.date(1959, 9, 15)), born=dt.date(1959, 9, 15))
    to_city(app, user=user, agency=staff.d1_head)
    review.qualification_start(actor=staff.city_admin, application=app)
    with pytest.raises(DomainError) as e:
        review.qualification_decide(actor=staff.city_admin, application=app, passed=True)
    assert e.value.clause == "CZ-4-7"
    app.refresh_from_db()
    assert app.status == "qualification_review"
    review.qualification_decide(actor=staff.city_admin, application=app, passed=True, age_justification="行业稀缺专家")
    app.refresh_from_db()
    assert (app.age_on_reference, app.age_over_limit, app.status) == (66, True, "comprehensive_review")


def test_no_category_needs_a_recorded_reason_and_failure_needs_one_too(city, staff):
    """CZ-5-18, CZ-7-2: no category met → flagged; passing only with a reason; failing needs a reason."""
    user = make_applicant()
    app = self_nomination(user=user, round=make_round(staff.city_admin), unit=city.d1, categories=["C5"])
    to_city(app, user=user, agency=staff.d1_head)
    review.qualification_start(actor=staff.city_admin, application=app)
    with pytest.raises(DomainError) as e:
        review.qualification_decide(actor=staff.city_admin, application=app, passed=True)
    assert "no_category_reason" in e.value.field_errors
    with pytest.raises(DomainError):
        review.qualification_decide(actor=staff.city_admin, application=app, passed=False)
    review.qualification_decide(actor=staff.city_admin, application=app, passed=False, reason="不符合条件")
    app.refresh_from_db()
    assert app.status == "qualification_failed" and app.category_overall == "no_category"


def test_notice_period_objections_and_appointment(city, staff):
    """CZ-7-5, CZ-7-8 (published 2025-09-26 → ends 2025-10-10), CZ-7-10 (anonymous, late flagged),
    CZ-7-11, CZ-7-12 (not before the period ends, not with an open objection), CZ-7-13, CZ-7-14."""
    user = make_applicant()
    app = self_nomination(user=user, round=make_round(staff.city_admin), unit=city.d1)
    to_city(app, user=user, agency=staff.d1_head)
    notice = to_notice(app, city_admin=staff.city_admin)
    assert (notice.first_day, notice.last_day) == (dt.date(2025, 9, 28), dt.date(2025, 10, 10))
    assert app.status == "in_public_notice"
    obj = review.objection_lodge(actor=None, application=app, content="反映其实践案例不实", now=at(2025, 10, 10, 23))
    app.refresh_from_db()
    assert not obj.late and obj.objector_name == "" and app.status == "objection_under_review"
    with pytest.raises(DomainError):
        review.application_appoint(actor=staff.city_admin, application=app, now=at(2025, 10, 11))
    review.objection_decide(actor=staff.city_admin, objection=obj, substantiated=False, finding="经核实不属实")
    app.refresh_from_db()
    assert app.status == "in_public_notice"
    with pytest.raises(DomainError) as e:
        review.application_appoint(actor=staff.city_admin, application=app, now=at(2025, 10, 10, 20))
    assert e.value.clause == "CZ-7-12"
    late = review.objection_lodge(actor=None, application=app, content="补充意见", now=at(2025, 10, 11, 9))
    assert late.late
    m = review.application_appoint(actor=staff.city_admin, application=app, now=at(2025, 10, 11, 10))
    cert = m.certificates.get()
    assert (m.term_start, m.term_end) == (dt.date(2025, 10, 11), dt.date(2030, 10, 10))
    assert cert.kind == "initial" and cert.issuer == "测试市人力资源和社会保障局" and cert.number.startswith("CZZJ2025")
    assert m.ruleset_version == "CZ-2025-trial"
    assert AuditEvent.objects.filter(object_type="experts.membership", action="appoint", clause="CZ-7-13").exists()


def test_substantiated_objection_ends_the_candidacy_without_a_bar(city, staff):
    """CZ-7-11: substantiated → not_appointed; no bar, so the person can apply in a later round."""
    from careerguide.experts.selectors import person_is_barred
    user = make_applicant()
    app = self_nomination(user=user, round=make_round(staff.city_admin), unit=city.d1)
    to_city(app, user=user, agency=staff.d1_head)
    to_notice(app, city_admin=staff.city_admin)
    obj = review.objection_lodge(actor=None, application=app, content="学历造假", objector_name="王某",
                                 now=at(2025, 9, 29))
    review.objection_decide(actor=staff.city_admin, objection=Objection.objects.get(pk=obj.pk), substantiated=True,
                            finding="经核实属实")
    app.refresh_from_db()
    assert app.status == "not_appointed" and not person_is_barred(id_index=app.id_index)


def test_only_city_hrss_appoints(city, staff):
    """CZ-2-1, CZ-7-15: a district head cannot review or appoint."""
    user = make_applicant()
    app = self_nomination(user=user, round=make_round(staff.city_admin), unit=city.d1)
    to_city(app, user=user, agency=staff.d1_head)
    for call in (lambda: review.qualification_start(actor=staff.d1_head, application=app),
                 lambda: review.application_appoint(actor=staff.d1_head, application=app)):
        with pytest.raises(DomainError) as e:
            call()
        assert e.value.code == "forbidden"
    app.refresh_from_db()
    assert app.status == "submitted_to_city"


def test_serving_expert_cannot_apply_again(city, staff):
    """CZ-6-5, CZ-2-3: a person with a live membership cannot be a new applicant."""
    m = appointed(staff, city)
    rnd2 = applications.round_create(actor=staff.city_admin, title="2026", open_date=dt.date(2026, 9, 1),
                                     closing_date=dt.date(2026, 9, 15), early_reason="补充", now=at(2026, 8, 1))
    again = self_nomination(user=m.user, round=rnd2, unit=city.d1, id_number=m.id_number, now=at(2026, 9, 2))
    with pytest.raises(DomainError) as e:
        applications.application_submit(actor=m.user, application=again, now=at(2026, 9, 3))
    assert "续聘" in str(e.value)
    assert Membership.objects.filter(id_index=m.id_index).count() == 1


def test_public_directory_and_notice_show_no_sensitive_data(client, city, staff):
    """CZ-7-6, CZ-11-4, CZ-11-5, CZ-11-7: anyone searches the directory of active experts; no ID number,
    date of birth or phone on the public pages or API."""
    m = appointed(staff, city)
    r = client.get("/api/experts/public/directory", {"expertise": "生涯"})
    assert r.status_code == 200 and [row["name"] for row in r.json()] == ["林知远"]
    assert m.id_number not in r.content.decode() and "13900001111" not in r.content.decode()
    assert client.get("/api/experts/public/directory", {"name": "不存在"}).json() == []
    page = client.get("/public/experts/", {"district": city.d1.pk}).content.decode()
    assert "林知远" in page and m.id_number not in page and "1975" not in page
    notice = m.application.notice
    body = client.get(f"/public/experts/notices/{notice.pk}/").content.decode()
    assert "2025年9月28日至2025年10月10日 24:00" in body and m.id_number not in body and "13900001111" not in body


def test_api_selection_flow_with_refusal_in_chinese(client, city, staff):
    """CZ-6-18 through the API: a portal applicant submits; a refusal comes back as 400 with Chinese
    messages and the clause; the other district gets 404 (CZ-6-16)."""
    user = make_applicant()
    rnd = make_round(staff.city_admin)
    client.force_login(user)
    payload = {"round_id": rnd.pk, "channel": "self_nomination", "receiving_unit_id": city.d1.pk,
               "person": {"name": "赵清和", "gender": "female", "work_unit": "某企业", "unit_type": "enterprise"},
               "id_number": resident_id(dt.date(1980, 1, 2), 3), "categories": ["C2"], "declarations": ALL_DECLARATIONS,
               "attachments": SELF_ATTACHMENTS[:2]}
    with time_machine.travel(at(2025, 9, 3), tick=False):
        pk = client.post("/api/experts/applications", payload, content_type="application/json").json()["id"]
        r = client.post(f"/api/experts/applications/{pk}/submit")
        assert r.status_code == 400 and "缺少材料" in " ".join(r.json()["messages"])
        client.force_login(staff.d2_counsellor)
        assert client.post(f"/api/experts/applications/{pk}/withdraw", {}, content_type="application/json").status_code == 404
