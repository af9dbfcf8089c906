"""Employer guidance tiers on the shared mechanism (BJ-37-1, BJ-37-2, BJ-37-3)."""
import datetime as dt

import pytest

from careerguide.common.errors import DomainError, NotFound
from careerguide.employers.tests.factories import at, make_employer, make_verified_employer
from careerguide.guidance.models import GuidancePlan
from careerguide.guidance.selectors import plans_for_subject, subject_get
from careerguide.guidance.services import (
    general_guidance_record,
    group_create,
    group_member_add,
    group_plan_set,
    group_session_record,
    plan_version_add,
    specialized_guidance_record,
)
from careerguide.ledgers.selectors import ledger_entries

pytestmark = pytest.mark.django_db
NOW = at(2026, 3, 4)


def test_general_guidance_while_information_is_collected_routes_a_further_need(staff, city):
    """BJ-37-1: general guidance for an employer not yet verified; a further need becomes an appointment;
    'none' allowed; both in the employer ledger."""
    employer = make_employer(staff.s11_officer, city.s11)
    plain = general_guidance_record(actor=staff.s11_officer, subject=employer, need="", summary="介绍社保补贴政策",
                                    now=NOW)
    assert plain.next_step == "none" and plain.appointment is None
    rec = general_guidance_record(actor=staff.s11_officer, subject=employer, need="不会设计招聘方案",
                                  summary="建议预约专门指导", next_step="specialized", now=NOW)
    assert (rec.appointment.guidance_type, rec.appointment.subject_type) == ("specialized", "employers.employer")
    entries = ledger_entries(subject=employer)
    assert {e.service_type for e in entries} >= {"general_guidance", "guidance_appointment"}
    assert all(e.ledger == "employer" for e in entries if e.service_type == "general_guidance")


def test_specialized_guidance_stores_plans_with_versions_in_the_ledger(staff, city):
    """BJ-37-2: analysis and advice; a recruitment plan and an HR-rules plan; a revision is a new version with a
    reason, the earlier kept; each version is an employer-ledger entry."""
    employer = make_verified_employer(staff.s11_officer, city.s11)
    rec = specialized_guidance_record(actor=staff.s11_officer, subject=employer, assessment_instrument="企业用工诊断 v1",
                                      assessment_result="一线岗位流失率高", occupational_info="区内同类岗位薪酬中位数7000元",
                                      advice="调整薪酬结构并建立带教制度", now=NOW)
    v1 = plan_version_add(actor=staff.s11_officer, subject=employer, kind="recruitment_plan", title="2026年春季招聘方案",
                          content="招聘普工30名", record=rec, now=NOW)
    with pytest.raises(DomainError) as exc:
        plan_version_add(actor=staff.s11_officer, subject=employer, kind="recruitment_plan", title="2026年春季招聘方案",
                         content="招聘普工40名", now=NOW)
    assert "revision_reason" in exc.value.field_errors and GuidancePlan.objects.count() == 1
    v2 = plan_version_add(actor=staff.s11_officer, subject=employer, kind="recruitment_plan", title="2026年春季招聘方案",
                          content="招聘普工40名", revision_reason="新增订单", now=at(2026, 3, 10))
    hr = plan_version_add(actor=staff.s11_officer, subject=employer, kind="hr_rules", title="新员工带教制度",
                          content="一带一，三个月", now=NOW)
    assert (v2.version, v2.previous, hr.version) == (2, v1, 1)
    assert [p.version for p in plans_for_subject(subject=employer) if p.kind == "recruitment_plan"] == [2, 1]
    plan_entries = [e for e in ledger_entries(subject=employer) if e.service_type == "guidance_plan"]
    assert len(plan_entries) == 3 and {e.section for e in plan_entries} == {"guidance"}


def test_categorized_guidance_groups_employers_with_plan_and_sessions(staff, city):
    """BJ-37-3: a group of employers sharing a problem; members, plan (measures) and sessions stored; ledger entries."""
    a = make_verified_employer(staff.s11_officer, city.s11, name="甲餐饮有限公司")
    b = make_verified_employer(staff.s11_officer, city.s11, name="乙餐饮有限公司")
    group = group_create(actor=staff.s11_officer, subject_type="employers.employer", title="餐饮业稳岗小组",
                         common_problem="服务员流动率高")
    members = [group_member_add(actor=staff.s11_officer, group=group, subject=x, now=NOW) for x in (a, b)]
    group_plan_set(actor=staff.s11_officer, group=group, occupational_info="餐饮服务员供需分析",
                   plan="统一岗前培训、薪酬对标、用工互助")
    session = group_session_record(actor=staff.s11_officer, group=group, held_on=dt.date(2026, 3, 4), content="稳岗座谈会",
                                   attendees=members, subjects={members[0].pk: a, members[1].pk: b}, now=NOW)
    assert session.attendees.count() == 2
    assert ledger_entries(subject=a).filter(service_type="categorized_guidance").count() == 1
    with pytest.raises(DomainError):  # a job-seeker group does not take employers
        group_member_add(actor=staff.s11_officer, group=group_create(
            actor=staff.s11_officer, subject_type="job_seekers.jobseeker", title="青年组", common_problem="缺经验"),
            subject=a)


def test_employer_subjects_are_scoped_by_the_employer_selector(staff, city):
    """BJ-4-4: another street cannot load the employer for guidance."""
    employer = make_employer(staff.s11_officer, city.s11)
    assert subject_get(actor=staff.s11_officer, subject_type="employers.employer", subject_id=employer.pk) == employer
    with pytest.raises(NotFound):
        subject_get(actor=staff.s12_caseworker, subject_type="employers.employer", subject_id=employer.pk)


def test_guidance_api_records_plans_and_groups(client, staff, city):
    """BJ-37-1, BJ-37-2, BJ-37-3 through the API."""
    employer = make_verified_employer(staff.s11_officer, city.s11)
    client.force_login(staff.s11_officer)
    post = lambda url, body: client.post(url, body, content_type="application/json")  # noqa: E731
    subject = {"subject_type": "employers.employer", "subject_id": employer.pk}
    assert post("/api/guidance/records/general", {**subject, "summary": "政策咨询", "next_step": "categorized"}
                ).status_code == 201
    assert post("/api/guidance/plans", {**subject, "kind": "hr_rules", "title": "考勤制度", "content": "弹性工时"}
                ).json()["version"] == 1
    assert len(client.get("/api/guidance/records", subject).json()) == 1
    group = post("/api/guidance/groups", {"subject_type": "employers.employer", "title": "物流小组",
                                          "common_problem": "旺季缺工"}).json()
    member = post(f"/api/guidance/groups/{group['id']}/members", subject).json()
    assert post(f"/api/guidance/groups/{group['id']}/sessions", {"held_on": "2026-03-04", "content": "x",
                                                                "member_ids": [member["id"]]}).status_code == 400
    post(f"/api/guidance/groups/{group['id']}/plan", {"plan": "错峰用工互助"})
    assert post(f"/api/guidance/groups/{group['id']}/sessions", {"held_on": dt.date.today().isoformat(),
                                                                "content": "对接会", "member_ids": [member["id"]]}
                ).status_code == 201
    assert client.get(f"/api/guidance/groups/{group['id']}").json()["members"][0]["subject_id"] == str(employer.pk)
    client.force_login(staff.s12_caseworker)
    assert client.get("/api/guidance/records", subject).status_code == 404
