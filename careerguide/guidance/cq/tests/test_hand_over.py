"""A case handed over by referral takes its open duties to the receiver (CQ-8.1.3-2); the referral API only
accepts a receiver inside the actor's jurisdiction (CQ-8.1.1-2)."""
import datetime as dt

import pytest

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.duties.models import Duty
from careerguide.guidance.cq.services.cases import (
    case_career_info_set,
    case_goals_confirm,
    case_needs_set,
    case_register,
    case_start_collection,
    case_to_needs_analysis,
    case_to_plan_drafting,
    plan_agree,
    plan_draft,
    process_record_add,
)
from careerguide.guidance.cq.services.risk import (
    FORM_FIELDS,
    referral_decide,
    referral_explain,
    referral_form_complete,
    referral_hand_over,
    referral_initiate,
)
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.job_seekers.tests.helpers import at

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 3)
INFO = {"basic_situation": "本科", "work_experience": "无", "job_search_intention": "文员", "job_search_difficulty": "无"}


def case_with_active_plan(staff, city):
    c = staff.d1_counsellor
    seeker = make_job_seeker(c, city.d1, full_name="顾远")
    case = case_register(actor=c, subject=seeker, unit=city.d1, topic="求职", preferred_channel="offline", now=at(DAY))
    case_start_collection(actor=c, case=case, now=at(DAY))
    case_career_info_set(actor=c, case=case, info=INFO, now=at(DAY))
    case_to_needs_analysis(actor=c, case=case, now=at(DAY))
    case_needs_set(actor=c, case=case, needs=[{"service_type": "job_search_guidance", "rationale": "缺方法"}],
                   now=at(DAY))
    case_goals_confirm(actor=c, case=case, goals=["完成简历"], method="signature", now=at(DAY))
    process_record_add(actor=c, case=case, held_on=DAY, channel="offline", service_type="job_search_guidance",
                       summary="修改简历", goal_indexes=[0], now=at(DAY))
    case_to_plan_drafting(actor=c, case=case, now=at(DAY))
    plan = plan_draft(actor=c, case=case, goals=["两个月内就业"], targets="文员", actions=["投递简历"], start_on=DAY,
                      now=at(DAY))
    plan_agree(actor=c, plan=plan, method="signature", now=at(DAY))
    return case


def test_an_internal_hand_over_moves_the_open_follow_up_to_the_receiver(city, staff):
    """CQ-8.1.3-2, CQ-6.1.5-1: the receiver becomes the counsellor and owes the follow-up already scheduled."""
    c = staff.d1_counsellor
    receiver = make_user("d1-counsellor-c", city.d1, [Role.COUNSELLOR], full_name="甲区指导员丙")
    case = case_with_active_plan(staff, city)
    follow_up = Duty.objects.get(kind="cq_plan_follow_up", status="open")
    assert follow_up.assignee == c
    ref = referral_initiate(actor=c, case=case, trigger="counsellor_unable", description="工作调整",
                            receiver=receiver, now=at(DAY))
    referral_explain(actor=c, referral=ref, on=DAY, channel="offline", reasons="工作调整", now=at(DAY))
    referral_decide(actor=c, referral=ref, consented=True, method="signature", now=at(DAY))
    referral_form_complete(actor=c, referral=ref, form={f: "已填写" for f in FORM_FIELDS}, now=at(DAY))
    referral_hand_over(actor=c, referral=ref, now=at(DAY))
    follow_up.refresh_from_db()
    assert (follow_up.status, follow_up.assignee) == ("open", receiver)


def test_the_referral_api_refuses_a_receiver_outside_the_jurisdiction(client, city, staff):
    """CQ-8.1.1-2: a posted receiver id is resolved inside the actor's jurisdiction; another district's
    counsellor is refused on the field, nothing is created."""
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name="邹平")
    case = case_register(actor=staff.d1_counsellor, subject=seeker, unit=city.d1, topic="求职",
                         preferred_channel="offline")
    client.force_login(staff.d1_counsellor)
    url = f"/api/guidance/cq/cases/{case.pk}/referrals"
    body = {"trigger": "beyond_guidance_scope", "description": "需心理咨询", "receiver_id": staff.d2_counsellor.pk}
    r = client.post(url, body, content_type="application/json")
    assert r.status_code == 400 and r.json()["code"] == "invalid" and "receiver" in r.json()["field_errors"]
    assert not case.referrals.exists()
    colleague = make_user("d1-counsellor-d", city.d1, [Role.COUNSELLOR], full_name="甲区指导员丁")
    r = client.post(url, {**body, "receiver_id": colleague.pk}, content_type="application/json")
    assert r.status_code == 201
