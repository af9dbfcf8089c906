"""Expert membership journeys: renewal, term expiry, exit and the permanent bar, assignments, contact,
service logs, consultations and feedback (CZ art. 8–12, Annex 2)."""
import datetime as dt
from decimal import Decimal

import pytest

from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.experts.models import AppointmentCertificate, BarRecord
from careerguide.experts.selectors import public_directory, renewal_dossier, service_report
from careerguide.experts.services import activities, applications
from careerguide.experts.services import membership as ms
from careerguide.experts.tests.factories import appointed, at, self_nomination

pytestmark = pytest.mark.django_db
D = dt.date


def _renewal(staff, m, *, renew=True):
    r = ms.renewal_apply(actor=m.user, membership=m, declarations=["conditions", "health"], now=at(2030, 9, 1))
    ms.memberships_term_end_sweep(now=at(2030, 10, 11))
    m.refresh_from_db()
    assert m.status == "renewal_pending"
    items = [{"item": i, "rating": "good", "comment": "良好"} for i in ms.REQUIRED_EVALUATION_ITEMS]
    return ms.renewal_decide(actor=staff.city_admin, renewal=r, renew=renew, evaluation=items, reasons="聘期表现良好",
                             now=at(2030, 11, 20))


def test_renewal_window_boundaries_and_declarations(city, staff):
    """CZ-8-1, CZ-8-2 (window opens term_end − 90 = 2030-07-12, closes on term_end), CZ-8-5 (declarations
    again, age checked on the new term's first day)."""
    m = appointed(staff, city)
    with pytest.raises(DomainError) as e:
        ms.renewal_apply(actor=m.user, membership=m, declarations=["conditions", "health"], now=at(2030, 7, 11))
    assert e.value.clause == "CZ-8-2"
    with pytest.raises(DomainError):
        ms.renewal_apply(actor=m.user, membership=m, declarations=["conditions"], now=at(2030, 7, 12))
    r = ms.renewal_apply(actor=m.user, membership=m, declarations=["conditions", "health"], now=at(2030, 7, 12))
    assert r.age_on_reference == 55 and not r.age_over_limit


def test_renewal_after_expiry_runs_on_without_gap_and_supersedes_the_certificate(city, staff):
    """CZ-8-6, CZ-8-9 (renewal_pending on term_end + 1, hidden from the directory), CZ-8-7 (new
    certificate kind renewal, old superseded), CZ-8-3 (three items rated), CZ-8-8 (renew again), CZ-8-11
    (no new notice), CZ-14-1 (rule version stored)."""
    m = appointed(staff, city)
    r = ms.renewal_apply(actor=m.user, membership=m, declarations=["conditions", "health"], now=at(2030, 9, 1))
    ms.memberships_term_end_sweep(now=at(2030, 10, 10))
    m.refresh_from_db()
    assert m.status == "active"
    ms.memberships_term_end_sweep(now=at(2030, 10, 11))
    m.refresh_from_db()
    assert m.status == "renewal_pending" and m not in public_directory()
    with pytest.raises(DomainError):
        activities.assignment_create(actor=staff.city_admin, membership=m, title="宣讲", on=D(2030, 11, 1))
    with pytest.raises(DomainError) as e:
        ms.renewal_decide(actor=staff.city_admin, renewal=r, renew=True, evaluation=[{"item": "service_quality",
                          "rating": "good"}], reasons="好")
    assert "evaluation" in e.value.field_errors
    items = [{"item": i, "rating": "good"} for i in ms.REQUIRED_EVALUATION_ITEMS] + [{"item": "其他", "rating": "good"}]
    ms.renewal_decide(actor=staff.city_admin, renewal=r, renew=True, evaluation=items, reasons="表现良好",
                      now=at(2030, 11, 20))
    m.refresh_from_db()
    assert (m.status, m.term_start, m.term_end) == ("active", D(2030, 10, 11), D(2035, 10, 10))
    certs = {c.kind: c for c in m.certificates.all()}
    assert certs["initial"].state == "superseded" and certs["renewal"].state == "valid"
    assert certs["renewal"].number != certs["initial"].number
    r.refresh_from_db()
    assert r.ruleset_version == "CZ-2025-trial"
    assert not m.application.notice.exits.exists()


def test_no_application_means_term_expired_without_bar(city, staff):
    """CZ-8-1, CZ-8-10, CZ-9-10: no application → term_expired effective on term_end; no bar; can apply again."""
    m = appointed(staff, city)
    ms.memberships_term_end_sweep(now=at(2030, 10, 11))
    m.refresh_from_db()
    assert (m.status, m.ended_on) == ("term_expired", D(2030, 10, 10))
    assert not BarRecord.objects.exists()
    assert m.certificates.get().state == AppointmentCertificate.EXPIRED


def test_not_renewed_leaves_as_term_expired(city, staff):
    """CZ-8-10: a not-renew decision ends the membership at term_end, without a bar."""
    m = appointed(staff, city)
    _renewal(staff, m, renew=False)
    m.refresh_from_db()
    assert m.status == "term_expired" and not BarRecord.objects.exists()


def test_voluntary_exit_is_granted_without_notice_and_does_not_bar(city, staff):
    """CZ-9-3 (no reject, no public notice), CZ-9-6 (G6 asked by the expert is voluntary), CZ-9-7 (G5/G6
    do not bar by default), CZ-9-12 (revoked, out of the directory)."""
    m = appointed(staff, city)
    with pytest.raises(DomainError):
        ms.exit_request(actor=m.user, membership=m, ground=4)
    case = ms.exit_request(actor=m.user, membership=m, ground=6, now=at(2026, 3, 2))
    assert case.voluntary and case.initiated_by == "expert"
    ms.exit_grant(actor=staff.city_admin, exit_case=case, effective_date=D(2026, 3, 10), now=at(2026, 3, 5))
    m.refresh_from_db()
    assert m.status == "dismissed" and m.certificates.get().state == "revoked"
    assert m not in public_directory() and not BarRecord.objects.exists() and case.notice is None


def test_involuntary_dismissal_needs_evidence_notice_and_sets_the_bar(client, city, staff):
    """CZ-9-1, CZ-9-2 (G2 without evidence refused), CZ-9-4 (complete only with notice to the person and
    the public notice), CZ-9-5 (no ground in the notice), CZ-9-7, CZ-9-8 (blocked at submission in a
    later round and at qualification review), CZ-9-9 (only the system administrator removes it),
    CZ-9-12, CZ-9-13."""
    m = appointed(staff, city)
    activities.assignment_create(actor=staff.city_admin, membership=m, title="进校园讲座", on=D(2026, 4, 1))
    with pytest.raises(DomainError) as e:
        ms.dismissal_decide(actor=staff.city_admin, membership=m, ground=2, reason="以专家名义开展商业培训",
                            effective_date=D(2026, 3, 20))
    assert e.value.clause == "CZ-9-2"
    m.refresh_from_db()
    assert m.status == "active"
    case = ms.dismissal_decide(actor=staff.city_admin, membership=m, ground=2, reason="以专家名义开展商业培训",
                               effective_date=D(2026, 3, 20), decision_number="常人社〔2026〕1号",
                               evidence=[{"description": "媒体报道截图及投诉记录"}], now=at(2026, 3, 16))
    m.refresh_from_db()
    assert m.status == "dismissal_decided" and not case.voluntary
    ms.dismissal_record_notification(actor=staff.city_admin, exit_case=case, notified_on=D(2026, 3, 17), method="EMS",
                                     proof="EMS1234567890", now=at(2026, 3, 17))
    m.refresh_from_db()
    assert m.status == "dismissal_decided"
    case = ms.dismissal_publish_notice(actor=staff.city_admin, exit_case=case, now=at(2026, 3, 18))
    m.refresh_from_db()
    assert m.status == "dismissed" and m.assignments.get().status == "cancelled"
    bar = BarRecord.objects.get()
    assert bar.id_index == m.id_index
    notice_page = client.get(f"/public/experts/notices/{case.notice.pk}/").content.decode()
    assert "林知远" in notice_page and "商业培训" not in notice_page and m.id_number not in notice_page
    # a later round: blocked at submission
    rnd = applications.round_create(actor=staff.city_admin, title="2026补充", open_date=D(2026, 9, 1),
                                    closing_date=D(2026, 9, 15), early_reason="补充", now=at(2026, 8, 1))
    again = self_nomination(user=m.user, round=rnd, unit=city.d1, id_number=m.id_number, now=at(2026, 9, 2))
    with pytest.raises(DomainError) as e:
        applications.application_submit(actor=m.user, application=again, now=at(2026, 9, 3))
    assert "不再被列为聘任对象" in str(e.value)
    with pytest.raises(DomainError):
        ms.bar_remove(actor=staff.d1_head, bar=bar, reason="x")
    ms.bar_remove(actor=staff.city_admin, bar=bar, reason="证件号码录入错误更正")
    assert applications.application_submit(actor=m.user, application=again, now=at(2026, 9, 3)).status == "submitted_to_agency"


def test_g6_decided_by_city_is_involuntary_but_not_barring(city, staff):
    """CZ-9-6, CZ-9-7: G6 decided by city_hrss needs notice and publication, and sets no bar by default."""
    m = appointed(staff, city)
    case = ms.dismissal_decide(actor=staff.city_admin, membership=m, ground=6, reason="经本人单位反映",
                               effective_date=D(2026, 3, 20), now=at(2026, 3, 16))
    assert not case.voluntary
    ms.dismissal_record_notification(actor=staff.city_admin, exit_case=case, notified_on=D(2026, 3, 17), method="当面",
                                     proof="签收单")
    case = ms.dismissal_publish_notice(actor=staff.city_admin, exit_case=case)
    m.refresh_from_db()
    assert m.status == "dismissed" and not BarRecord.objects.exists()
    assert "健康" not in case.notice.title


def test_declines_and_failed_contacts_flag_possibly_unreachable(city, staff):
    """CZ-10-8 (accept or decline with a reason), CZ-9-11 (flag after ≥ 3 failed attempts over ≥ 90 days,
    never a dismissal)."""
    m = appointed(staff, city)
    a = activities.assignment_create(actor=staff.city_admin, membership=m, title="招聘会咨询", on=D(2026, 1, 10))
    with pytest.raises(DomainError):
        activities.assignment_respond(actor=m.user, assignment=a, accept=False)
    activities.assignment_respond(actor=m.user, assignment=a, accept=False, reason="外出")
    for day in (D(2026, 1, 5), D(2026, 2, 5)):
        activities.contact_attempt_record(actor=staff.city_admin, membership=m, on=day, channel="电话", successful=False)
    activities.contact_attempt_record(actor=staff.city_admin, membership=m, on=D(2026, 4, 4), channel="电话",
                                      successful=False)
    m.refresh_from_db()
    assert not m.possibly_unreachable  # 89 days between the first and last attempt
    activities.contact_attempt_record(actor=staff.city_admin, membership=m, on=D(2026, 4, 5), channel="短信",
                                      successful=False)
    m.refresh_from_db()
    assert m.possibly_unreachable and m.status == "active"
    assert renewal_dossier(membership=m)["declined_assignments"] == 1


def _log(**extra):
    data = {"on": D(2026, 3, 2), "hours": Decimal("2.0"), "location": "甲区就业服务中心", "mode": "offline",
            "origin": "voluntary", "form": "expert_consultation", "duty": "D1", "category": "career_planning",
            "recipient_types": ["worker"], "job_seeking_intent": True, "key_groups": ["college_graduate"],
            "persons_served": 10, "topic": "求职规划", "summary": "一对一职业规划指导"}
    data.update(extra)
    return data


def test_service_log_rules_confirmation_and_statistics(city, staff):
    """CZ-A2-1 (due within 5 working days), CZ-3-1, CZ-3-2, CZ-10-6, CZ-11-13, CZ-11-14, CZ-2-2 and CZ-12-2
    (remuneration only on teaching-type work with a payer), CZ-A2-7 (confirmed entries locked), CZ-A2-8 and
    CZ-3-3 (only confirmed entries count; key-group share)."""
    m = appointed(staff, city)
    with pytest.raises(DomainError) as e:
        activities.service_log_create(actor=m.user, membership=m, data=_log(job_seeking_intent=None, remuneration_payer="某学院",
                                                                            remuneration_amount=Decimal("500")))
    assert {"job_seeking_intent", "remuneration_payer"} <= set(e.value.field_errors)
    entry = activities.service_log_create(actor=m.user, membership=m, data=_log(), now=at(2026, 3, 10))
    assert entry.due_date == D(2026, 3, 9) and entry.late
    other = activities.service_log_create(actor=m.user, membership=m, data=_log(
        recipient_types=["employer"], job_seeking_intent=None, key_groups=[], hiring_needs=True, category="recruitment_method",
        form="teaching", origin="unit_invitation", arranging_unit="某企业", inviting_contact="钱主任",
        remuneration_payer="某企业",
        remuneration_amount=Decimal("800"), persons_served=1), now=at(2026, 3, 3))
    assert not other.late
    activities.service_log_review(actor=staff.city_admin, entry=entry, confirm=True)
    with pytest.raises(DomainError) as e:
        activities.service_log_correct(actor=m.user, entry=entry, data={"topic": "改"})
    assert e.value.code == "locked"
    report = service_report(start=D(2026, 1, 1), end=D(2026, 12, 31))
    assert report["persons"] == {"worker": 10} and report["key_group_share_percent"] == 100.0 and report["unconfirmed"] == 1


def test_consultation_and_feedback_through_the_public_api(client, city, staff):
    """CZ-11-8 (consultation without the expert's contacts, accepted after the confidentiality undertaking
    CZ-11-18), CZ-11-9 (feedback with a reply duty), CZ-11-10 (the expert sees it without the submitter)."""
    from careerguide.experts.models import ConsultationRequest, Feedback
    from careerguide.experts.selectors import feedback_for_expert
    m = appointed(staff, city)
    r = client.post(f"/api/experts/public/directory/{m.pk}/consultations", {
        "requester_type": "worker", "requester_name": "小周", "contact": "13800002222", "topic": "转行咨询",
        "preferred_mode": "online", "job_seeking_intent": True, "key_groups": ["veteran"]}, content_type="application/json")
    assert r.status_code == 200
    c = ConsultationRequest.objects.get()
    with pytest.raises(DomainError) as e:
        activities.consultation_respond(actor=m.user, consultation=c, accept=True)
    assert e.value.clause == "CZ-11-18"
    ms.confidentiality_accept(actor=m.user, membership=m)
    activities.consultation_respond(actor=m.user, consultation=c, accept=True)
    r = client.post("/api/experts/public/feedback", {"kind": "praise", "content": "讲解很清楚", "expert_id": m.pk,
                                                     "submitter_name": "周某"}, content_type="application/json")
    assert r.status_code == 200
    f = Feedback.objects.get()
    assert Duty.objects.get(kind="experts.feedback_reply").due_date > f.received_on
    shown = feedback_for_expert(membership=m)
    assert shown[0]["content"] == "讲解很清楚" and "周某" not in str(shown)


def test_training_attendance_and_incentives_in_the_archive(client, city, staff):
    """CZ-11-1, CZ-11-11, CZ-11-12 (a year without training flagged), CZ-12-1, CZ-12-3, CZ-7-13 (archive)."""
    from careerguide.experts.selectors import training_year_report
    m = appointed(staff, city)
    assert training_year_report(year=2026)["no_training"]
    activities.training_event_record(actor=staff.city_admin, on=D(2026, 5, 8), title="政策法规更新培训", organiser="市人社局",
                                     hours=4, content="policy_updates", attendees=[m])
    activities.incentive_record(actor=staff.city_admin, membership=m, kind="douyin_interview", on=D(2026, 6, 1),
                                title="专访", channel="“常州人才招聘”抖音号", link="https://example.cn/v/1")
    report = training_year_report(year=2026)
    assert not report["no_training"] and report["attendance"] == {m.pk: 1}
    client.force_login(staff.city_admin)
    page = client.get(f"/experts/members/{m.pk}/").content.decode()
    assert "政策法规更新培训" in page and "专访" in page and m.certificates.get().number in page
    client.force_login(staff.d2_counsellor)
    assert client.get(f"/experts/members/{m.pk}/").status_code == 404
