"""Chapter-3 journeys with frozen time, through the pages and the API, on the statutory calendar of 2026
(Spring Festival holidays 2026-02-15…23, make-up working days 2026-02-14 and 2026-02-28)."""
import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.assistance import duty_kinds
from careerguide.assistance.models import AssistanceCase, SurveyTarget, Transfer
from careerguide.assistance.selectors import open_case_of
from careerguide.assistance.services.outreach import outreach_daily
from careerguide.assistance.tests.helpers import certified_target, failed_recommendations, in_service
from careerguide.duties.models import Duty
from careerguide.job_seekers.models import JobSeeker

pytestmark = pytest.mark.django_db
D = dt.date


def moment(day, hour=10):
    return timezone.make_aware(dt.datetime(day.year, day.month, day.day, hour))


def post(client, user, url, data, day, hour=10, *, api=True):
    """One request at a frozen moment, with a fresh session (idle sessions expire)."""
    with time_machine.travel(moment(day, hour), tick=False):
        client.force_login(user)
        if api:
            return client.post(url, data, content_type="application/json")
        return client.post(url, data)


def duty(kind, **kw):
    return Duty.objects.get(kind=kind, **kw)


def _survey_register_sign_plan(client, city, staff):
    cw = staff.s12_caseworker
    target = certified_target(staff, city, 1201, D(2026, 1, 5))
    r = post(client, cw, f"/assistance/outreach/{target.pk}/survey/", {
        "occurred_on": "2026-01-05", "method": "home_visit", "reached": "yes", "willing": "yes"}, D(2026, 1, 5),
        api=False)
    assert r.status_code == 302
    assert duty(duty_kinds.SURVEY_FOLLOW_UP).due_date == D(2026, 1, 19)
    seeker = target.job_seeker
    r = post(client, cw, "/api/job-seekers/registrations", {
        "full_name": seeker.full_name, "id_number": seeker.id_number, "unit_id": city.s12.pk, "append_to_existing": True,
        "profile": {"education": "junior_secondary", "unemployed_since": "2025-06-01",
                                                   "registration_type": "urban_unemployment"}}, D(2026, 1, 12))
    assert r.status_code == 201, r.content
    assert post(client, cw, f"/api/job-seekers/{seeker.pk}/gradings", {}, D(2026, 1, 12), 11).status_code == 201
    target.refresh_from_db()
    case = open_case_of(job_seeker=seeker)
    assert (target.status, case.status) == ("registered", "routed")
    r = post(client, cw, f"/api/assistance/cases/{case.pk}/agreement", {
        "case_worker_id": cw.pk, "location_basis": "habitual_residence", "address": "甲区二街道某路9号",
        "rights_obligations": "按协议", "termination_circumstances": "实现稳定就业"}, D(2026, 1, 13))
    assert r.status_code == 201
    assert post(client, cw, f"/api/assistance/cases/{case.pk}/evaluations", {
        "kind": "readiness", "evaluated_on": "2026-01-13", "result": "缺少叉车操作技能", "causes": ["skills"],
        "instrument_version": "就业准备状况评估 2025版"}, D(2026, 1, 13), 11).status_code == 201
    assert post(client, cw, f"/api/assistance/cases/{case.pk}/plans", {
        "barriers": "缺少叉车操作技能", "causes": ["skills"], "measures": "推荐参加叉车培训",
        "stages": [{"goal": "取得叉车证", "target_date": "2026-02-13"}], "person_agreed": True,
        "agreement_note": "本人共同制定并签字"}, D(2026, 1, 13), 14).status_code == 201
    case.refresh_from_db()
    assert case.status == "in_service"
    return case


def _training(client, staff, case):
    cw = staff.s12_caseworker
    r = post(client, cw, f"/api/assistance/cases/{case.pk}/programmes", {
        "kind": "vocational_skills_training", "name": "叉车司机培训", "provider": "甲区职业技能学校",
        "starts_on": "2026-01-19", "planned_end_on": "2026-02-11"}, D(2026, 1, 14))
    programme_id = r.json()["id"]
    windows = {c: (duty(duty_kinds.checkpoint_kind(c)).earliest, duty(duty_kinds.checkpoint_kind(c)).due_date)
               for c in ("initial", "middle", "final")}
    assert windows == {"initial": (D(2026, 1, 19), D(2026, 1, 21)), "middle": (D(2026, 1, 30), D(2026, 2, 3)),
                       "final": (D(2026, 2, 9), D(2026, 2, 11))}
    for day in (D(2026, 1, 20), D(2026, 2, 2), D(2026, 2, 10)):
        r = post(client, cw, f"/api/assistance/programmes/{programme_id}/progress", {
            "occurred_on": day.isoformat(), "source": "provider", "source_name": "甲区职业技能学校", "reached": True,
            "note": "出勤正常"}, day)
        assert r.status_code == 201 and r.json()["status"]
    assert post(client, cw, f"/api/assistance/programmes/{programme_id}/end", {"ended_on": "2026-02-11"},
                D(2026, 2, 11), 17).status_code == 201
    assert duty(duty_kinds.PROGRAMME_READINESS).due_date == D(2026, 2, 25)  # 02-14 counts, 02-15…23 do not
    assert post(client, cw, f"/api/assistance/cases/{case.pk}/evaluations", {
        "kind": "readiness", "evaluated_on": "2026-02-12", "result": "已取得叉车证", "instrument_version": "v2025",
        "start_lead_days": 2, "programme_id": programme_id}, D(2026, 2, 12)).status_code == 201
    assert duty(duty_kinds.PROGRAMME_READINESS).status == "done"
    assert set(Duty.objects.filter(kind__startswith=duty_kinds.PROGRAMME_CHECK).values_list("status", flat=True)) == {
        "done"}


def test_survey_to_stable_employment_across_spring_festival_2026(client, city, staff):
    """BJ-18-2, BJ-20-1, BJ-21-1, BJ-21-2, BJ-23-1, BJ-26-5, BJ-27-2, BJ-27-3, BJ-27-6, BJ-27-7, BJ-27-8, BJ-21-8:
    a job start on the make-up working day Sat 2026-02-14 has its 10-working-day check due 2026-03-06 (the
    holiday does not count, Sat 02-28 does), the 1-month window opens 03-07 and an earlier call does not count;
    the 6-month follow-up closes the case as employed (open question 32)."""
    case = _survey_register_sign_plan(client, city, staff)
    _training(client, staff, case)
    cw = staff.s12_caseworker
    assert post(client, cw, f"/api/assistance/cases/{case.pk}/job-start", {
        "employer_name": "某物流公司", "started_on": "2026-02-14"}, D(2026, 2, 14)).status_code == 201
    assert duty(duty_kinds.JOB_START_FOLLOW_UP).due_date == D(2026, 3, 6)
    one = duty(duty_kinds.stability_kind(1))
    assert (one.earliest, one.due_date) == (D(2026, 3, 7), D(2026, 3, 21))
    follow = f"/api/assistance/cases/{case.pk}/follow-ups"
    assert post(client, cw, follow, {"kind": "job_start", "occurred_on": "2026-03-03", "reached": False},
                D(2026, 3, 3)).json()["status"] == "attempt"
    assert duty(duty_kinds.JOB_START_FOLLOW_UP).status == "open"
    post(client, cw, follow, {"kind": "job_start", "occurred_on": "2026-03-05", "reached": True}, D(2026, 3, 5))
    assert duty(duty_kinds.JOB_START_FOLLOW_UP).status == "done"
    post(client, cw, follow, {"kind": "stability", "stability_months": 1, "occurred_on": "2026-03-06", "reached": True},
         D(2026, 3, 6))
    assert duty(duty_kinds.stability_kind(1)).status == "open"  # before the window: does not count
    for months, day in ((1, D(2026, 3, 16)), (3, D(2026, 5, 18)), (6, D(2026, 8, 14))):
        post(client, cw, follow, {"kind": "stability", "stability_months": months, "occurred_on": day.isoformat(),
                                  "reached": True, "measure_effect": "岗位适应良好"}, day)
        assert duty(duty_kinds.stability_kind(months)).status == "done"
    case.refresh_from_db()
    case.job_seeker.refresh_from_db()
    assert (case.status, case.agreements.get().termination_reason, case.job_seeker.status) == (
        "closed_employed", "employed", "archived")


def _silent_target(client, city, staff):
    target = certified_target(staff, city, 1202, D(2026, 1, 5))
    post(client, staff.s12_caseworker, f"/api/assistance/outreach/targets/{target.pk}/surveys", {
        "occurred_on": "2026-01-05", "method": "phone", "reached": True, "willing": True}, D(2026, 1, 5))
    while True:  # a follow-up attempt on every due date, none of them reaching the person (BJ-21-6: all count)
        due = Duty.objects.get(kind=duty_kinds.SURVEY_FOLLOW_UP, status="open").due_date
        if due > D(2026, 7, 6):
            return target
        r = post(client, staff.s12_caseworker, f"/api/assistance/outreach/targets/{target.pk}/surveys", {
            "occurred_on": due.isoformat(), "method": "phone", "reached": False}, due)
        assert r.status_code == 201, r.content


def test_a_silent_willing_person_is_stopped_on_the_exact_day_both_conditions_hold(client, city, staff):
    """BJ-21-4, BJ-21-6, BJ-21-10: reached 2026-01-05, then only unanswered follow-ups; more than six months without
    contact first holds on 2026-07-06: on 07-05 the daily job raises nothing and the stop is refused, on 07-06 the
    report duty is raised and the street's report stops services (BJ-21-11)."""
    target = _silent_target(client, city, staff)
    assert target.surveys.filter(kind="follow_up").count() >= 3
    assert outreach_daily(now=moment(D(2026, 7, 5), 2)) == (0, 0)
    r = post(client, staff.s12_caseworker, f"/api/assistance/outreach/targets/{target.pk}/stop-report",
             {"recipient": "甲区就失业登记管理部门", "reported_on": "2026-07-05"}, D(2026, 7, 5))
    assert r.status_code == 400 and r.json()["code"] == "stop_not_due"
    assert outreach_daily(now=moment(D(2026, 7, 6), 2)) == (0, 1)
    assert duty(duty_kinds.SURVEY_STOP_REPORT).due_date == D(2026, 7, 6)
    r = post(client, staff.s12_caseworker, f"/assistance/outreach/{target.pk}/stop/",
             {"recipient": "甲区就失业登记管理部门", "reported_on": "2026-07-06"}, D(2026, 7, 6), api=False)
    assert r.status_code == 302
    target = SurveyTarget.objects.get(pk=target.pk)
    assert (target.status, target.stop_rule, target.reported_on) == ("stopped_reported", "BJ-21-4", D(2026, 7, 6))
    assert duty(duty_kinds.SURVEY_STOP_REPORT).status == "done"
    assert JobSeeker.objects.get(pk=target.job_seeker_id).status == "services_stopped"


def test_a_cross_district_transfer_with_a_rejection_and_a_resubmission(client, city, staff):
    """BJ-23-6, BJ-24-2 (rejected by the case worker with a reason), BJ-24-3 (the district only forwards, the city
    returns, the street resubmits, the city approves), BJ-24-4, BJ-24-5 (the person and the case move through the
    one transfer service), BJ-24-6, BJ-24-7."""
    case = in_service(staff, city, 1203, D(2026, 3, 2))
    cw, city_head = staff.s12_caseworker, make_user("city-head", city.city, [Role.UNIT_HEAD])
    body = {"reason": "residence_changed", "to_unit_id": city.s21.pk, "new_address": "开发区一街道某路6号"}
    first = post(client, cw, f"/api/assistance/cases/{case.pk}/transfers", body, D(2026, 3, 3)).json()["id"]
    r = post(client, cw, f"/api/assistance/transfers/{first}/verify", {"accept": False, "note": "未提供居住证明"},
             D(2026, 3, 3), 11)
    assert r.json()["status"] == "rejected_by_case_worker"
    assert Transfer.objects.get(pk=first).verification_note == "未提供居住证明"
    second = post(client, cw, f"/api/assistance/cases/{case.pk}/transfers", body, D(2026, 3, 4)).json()["id"]
    assert post(client, cw, f"/api/assistance/transfers/{second}/verify", {"accept": True, "note": "已核实居住证"},
                D(2026, 3, 4), 11).json()["status"] == "submitted"
    decide = f"/api/assistance/transfers/{second}/decision"
    assert post(client, staff.d1_head, decide, {"decision": "approve"}, D(2026, 3, 5)).status_code == 403
    assert post(client, staff.d1_head, decide, {"decision": "forward"}, D(2026, 3, 5), 11).json()["status"] == "forwarded"
    r = post(client, city_head, decide, {"decision": "return", "note": "请补充新住址证明"}, D(2026, 3, 6))
    assert r.json()["status"] == "returned"
    assert post(client, cw, f"/api/assistance/transfers/{second}/resubmit", {}, D(2026, 3, 9)).json()["status"] == \
        "submitted"
    post(client, staff.d1_head, decide, {"decision": "forward"}, D(2026, 3, 9), 15)
    assert post(client, city_head, decide, {"decision": "approve"}, D(2026, 3, 10)).json()["status"] == "approved"
    case = AssistanceCase.objects.get(pk=case.pk)
    assert (case.status, case.unit, case.job_seeker.unit) == ("transfer_pending", city.s21, city.s21)
    assert duty(duty_kinds.AGREEMENT_SIGN, status="open").due_date == D(2026, 3, 24)
    new_worker = make_user("s21-caseworker", city.s21, [Role.CASE_WORKER])
    r = post(client, new_worker, f"/api/assistance/cases/{case.pk}/agreement", {
        "case_worker_id": new_worker.pk, "location_basis": "habitual_residence", "address": "开发区一街道某路6号",
        "rights_obligations": "按协议", "termination_circumstances": "实现稳定就业"}, D(2026, 3, 12))
    assert r.status_code == 201 and r.json()["episode_started_on"] == "2026-03-02"
    assert Transfer.objects.get(pk=second).status == "new_agreement_signed"


def test_a_consultation_after_three_failed_recommendations_with_the_revision_deadline(client, city, staff):
    """BJ-28-1 (refused after two failed events, open after the third), BJ-28-2, BJ-28-4, BJ-28-7: the panel's
    opinion on Fri 2026-02-13 makes the revised plan due 2026-02-27 (Sat 02-14 counts, the holiday does not)."""
    case = in_service(staff, city, 1204, D(2026, 2, 2))
    cw = staff.s12_caseworker
    failed_recommendations(staff, city, case, [D(2026, 2, 3), D(2026, 2, 4)])
    r = post(client, cw, f"/api/assistance/cases/{case.pk}/consultations", {"issues": "推荐未成功"}, D(2026, 2, 5))
    assert r.status_code == 400 and r.json()["code"] == "not_eligible"
    failed_recommendations(staff, city, case, [D(2026, 2, 5)], employer_name="第二物流有限公司")
    r = post(client, cw, f"/api/assistance/cases/{case.pk}/consultations", {"issues": "三次推荐未成功"}, D(2026, 2, 6))
    assert r.status_code == 201, r.content
    consultation = r.json()["id"]
    post(client, staff.d1_head, f"/api/assistance/consultations/{consultation}/panel",
         {"member_ids": [cw.pk, staff.d1_counsellor.pk]}, D(2026, 2, 9))
    r = post(client, staff.d1_counsellor, f"/api/assistance/consultations/{consultation}/opinions", {
        "issues": "求职定位偏高", "advice": "转向仓储辅助岗位", "held_on": "2026-02-13"}, D(2026, 2, 13))
    assert r.status_code == 201
    revision = duty(duty_kinds.PLAN_REVISION)
    assert revision.due_date == D(2026, 2, 27)
    r = post(client, cw, f"/api/assistance/cases/{case.pk}/plans", {
        "barriers": "求职定位偏高", "causes": ["attitude", "job_ready"], "measures": "心理调适，转向仓储辅助岗位",
        "stages": [{"goal": "完成三次面试", "target_date": "2026-03-31"}], "person_agreed": True,
        "agreement_note": "本人同意", "reason": "根据专家小组意见调整"}, D(2026, 2, 27))
    assert r.json()["consultation_id"] == consultation
    revision.refresh_from_db()
    assert (revision.status, revision.fulfilled_on) == ("done", D(2026, 2, 27))


def test_a_welfare_post_referral_on_its_first_eligible_day(client, city, staff):
    """BJ-30-1, BJ-30-2 (signed 2025-08-31: six months are reached on 2026-02-28, the month-end rule, a make-up
    working day), BJ-30-3: refused on 02-27, accepted on 02-28."""
    case = in_service(staff, city, 1205, D(2025, 8, 31))
    failed_recommendations(staff, city, case, [D(2026, 2, 2) + dt.timedelta(days=i) for i in range(5)])
    body = {"organisation": "甲区社会公益性就业组织", "obligations_attested": True, "obligations_evidence": "台账记录",
            "placement_criteria_met": True, "criteria_document": "甲人社公益〔2026〕1号"}
    r = post(client, staff.s12_caseworker, f"/api/assistance/cases/{case.pk}/welfare-referrals", body, D(2026, 2, 27))
    assert r.status_code == 400 and "专门服务未达到6个月" in r.json()["messages"][0]
    r = post(client, staff.s12_caseworker, f"/api/assistance/cases/{case.pk}/welfare-referrals", body, D(2026, 2, 28))
    assert r.status_code == 201 and case.welfare_referrals.get().referred_on == D(2026, 2, 28)
