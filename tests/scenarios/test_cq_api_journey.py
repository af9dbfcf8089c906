"""The CQ process through the API with frozen time: a worker case to an agreed plan, a group policy session,
safety escalation and an assessment with report feedback; out-of-scope rows answer 404."""
import datetime as dt

import pytest
import time_machine

from careerguide.guidance.cq.tests.helpers import cq_staff  # noqa: F401  (the shared staff, qualified for CQ)
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.job_seekers.tests.helpers import at

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 3)
J = "application/json"


def test_worker_case_through_the_api(client, city, staff):
    """CQ-6.1-1, CQ-6.1.7-1, CQ-6.1.4-2, CQ-4.4-6, CQ-8.2.1-1."""
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name="许诺")
    with time_machine.travel(at(DAY), tick=False):
        client.force_login(staff.d1_counsellor)
        r = client.post("/api/guidance/cq/cases", {"subject_type": "job_seekers.jobseeker", "subject_id": seeker.pk,
                                                   "topic": "转行咨询", "preferred_channel": "online"}, content_type=J)
        assert r.status_code == 201, r.content
        case_id = r.json()["id"]
        base = f"/api/guidance/cq/cases/{case_id}"
        r = client.post(f"{base}/steps", {"step": "to_needs_analysis"}, content_type=J)
        assert r.status_code == 400  # skipping info_collection is refused
        steps = [{"step": "start_collection"},
                 {"step": "career_info", "career_info": {"basic_situation": "本科", "work_experience": "3年销售",
                                                         "job_search_intention": "数据分析", "job_search_difficulty": "无"}},
                 {"step": "to_needs_analysis"},
                 {"step": "needs", "needs": [{"service_type": "job_search_guidance", "rationale": "转行"}]},
                 {"step": "confirm_goals", "goals": ["明确转行路径"], "method": "online"}]
        for step in steps:
            r = client.post(f"{base}/steps", step, content_type=J)
            assert r.status_code == 200, r.content
        assert r.json()["status"] == "guidance_delivery"
        r = client.post(f"{base}/records", {"held_on": str(DAY), "channel": "online", "service_type": "job_search_guidance",
                                             "summary": "线上讲解转行路径", "goal_indexes": [0]}, content_type=J)
        assert r.status_code == 201
        assert client.post(f"{base}/steps", {"step": "to_plan_drafting"}, content_type=J).status_code == 200
        r = client.post(f"{base}/plans", {"goals": ["3个月内转岗"], "targets": "数据分析助理", "actions": ["参加培训"],
                                           "start_on": str(DAY)}, content_type=J)
        plan_id = r.json()["id"]
        r = client.post(f"{base}/plans/{plan_id}/agree", {"method": "online"}, content_type=J)
        assert r.json()["status"] == "active"
        assert client.get(base).json()["status"] == "plan_follow_up"
        r = client.post(f"{base}/safety-concerns", {"kind": "harm_to_others", "description": "扬言报复"}, content_type=J)
        assert r.status_code == 201 and r.json()["notified"]
        client.force_login(staff.d2_counsellor)
        assert client.get(base).status_code == 404
        client.force_login(staff.seeker_user)
        assert client.get(base).status_code == 403


def test_group_session_through_the_api(client, city, staff):
    """CQ-7.1.2-1, CQ-7.1.2-3."""
    with time_machine.travel(at(DAY), tick=False):
        client.force_login(staff.d1_counsellor)
        r = client.post("/api/guidance/cq/sessions", {"title": "社保政策解读", "session_on": "2024-06-12",
                                                      "material_version": "2024-06"}, content_type=J)
        assert r.status_code == 201 and r.json()["material_deadline"] == "2024-06-07"
        sid = r.json()["id"]
        p = client.post(f"/api/guidance/cq/sessions/{sid}/participants", {"name": "邓一"}, content_type=J).json()
        r = client.post(f"/api/guidance/cq/sessions/{sid}/participants/{p['id']}/delivery", {"channel": "邮件"},
                        content_type=J)
        assert r.json()["delivery_status"] == "on_time"
        client.force_login(staff.d2_counsellor)
        assert client.get(f"/api/guidance/cq/sessions/{sid}").status_code == 404


def test_assessment_through_the_api(client, city, staff):
    """CQ-4.3-4, CQ-7.1.6-1, CQ-7.1.7-1, CQ-7.1.7-2."""
    with time_machine.travel(at(DAY), tick=False):
        client.force_login(staff.d1_head)
        r = client.post("/api/assessments/instruments", {
            "name": "职业能力倾向测验", "version": "2024.1", "kind": "psychometric", "licence": "L-1",
            "purpose": "能力倾向", "target_group": "求职者", "effective_from": str(DAY)}, content_type=J)
        assert r.status_code == 201
        inst = r.json()["id"]
        client.force_login(staff.d1_counsellor)
        r = client.post("/api/assessments/plans", {"subject_label": "许诺", "purpose": "选择方向", "instrument_ids": [inst],
                                                   "tool_reasons": {str(inst): "适用成人求职者"}, "schedule": "6月4日",
                                                   "mode": "线下", "result_use": "用于就业计划"}, content_type=J)
        plan = r.json()["id"]
        r = client.post(f"/api/assessments/plans/{plan}/administrations", {
            "method": "tool", "instrument_id": inst, "result": {"score": 71}, "administered_on": str(DAY)}, content_type=J)
        assert r.status_code == 400  # plan not agreed yet
        client.post(f"/api/assessments/plans/{plan}/agree", {"method": "signature"}, content_type=J)
        adm = client.post(f"/api/assessments/plans/{plan}/administrations", {
            "method": "tool", "instrument_id": inst, "result": {"score": 71}, "administered_on": str(DAY)},
            content_type=J).json()["id"]
        r = client.post(f"/api/assessments/plans/{plan}/reports", {"analysis": "适合分析类岗位",
                                                                   "administration_ids": [adm]}, content_type=J)
        assert r.json()["status"] == "pending_feedback"
        r = client.post(f"/api/assessments/reports/{r.json()['id']}/feedback", {"channel": "offline",
                                                                                 "acknowledgement": "签字"}, content_type=J)
        assert r.json()["status"] == "fed_back"
        client.force_login(staff.d2_counsellor)
        assert client.post(f"/api/assessments/plans/{plan}/agree", {"method": "online"},
                           content_type=J).status_code == 404
