"""The CQ worker guidance process end to end, with plan expiry, review and re-guidance (CQ-6.1-*)."""
import datetime as dt

import pytest

from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.duties.services import duties_send_reminders
from careerguide.guidance.cq.choices import ServiceType
from careerguide.guidance.cq.services.cases import (
    case_career_info_set,
    case_close_employed,
    case_contact_attempt,
    case_goals_confirm,
    case_needs_set,
    case_register,
    case_start_collection,
    case_to_needs_analysis,
    case_to_plan_drafting,
    case_withdraw,
    follow_up_record,
    plan_agree,
    plan_draft,
    plan_review_record,
    plan_reviews_start,
    process_record_add,
)
from careerguide.guidance.cq.services.database import archive_item_file, case_archive, case_read, satisfaction_submit
from careerguide.guidance.cq.tests.helpers import cq_staff  # noqa: F401  (the shared staff, qualified for CQ)
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.job_seekers.tests.helpers import at
from careerguide.notifications.models import Notification
from careerguide.workdays.selectors import work_calendar

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 3)
INFO = {"basic_situation": "大专在读", "work_experience": "无", "job_search_intention": "行政文员",
        "job_search_difficulty": "不知如何写简历"}


def new_case(staff, city, **kw):
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name="林晓雨")
    return case_register(actor=staff.d1_counsellor, subject=seeker, unit=city.d1, topic="求职方向", preferred_channel="offline",
                         now=at(DAY), **kw)


def to_delivery(staff, case, day=DAY):
    c = staff.d1_counsellor
    case_start_collection(actor=c, case=case, now=at(day))
    case_career_info_set(actor=c, case=case, info=INFO, now=at(day))
    case_to_needs_analysis(actor=c, case=case, now=at(day))
    case_needs_set(actor=c, case=case, needs=[{"service_type": "job_search_guidance", "rationale": "缺乏求职方法"}],
                   now=at(day))
    case_goals_confirm(actor=c, case=case, goals=["完成简历"], method="signature", now=at(day))


def test_steps_cannot_be_skipped_and_guards_hold(city, staff):
    """CQ-6.1-1, CQ-6.1-2, CQ-6.1.1-1, CQ-6.1.1-2, CQ-6.1.2-2, CQ-6.1.3-1, CQ-6.1-3."""
    case = new_case(staff, city)
    assert case.status == "appointment_registered"
    with pytest.raises(DomainError):
        case_to_needs_analysis(actor=staff.d1_counsellor, case=case, now=at(DAY))  # skipping info_collection
    with pytest.raises(DomainError):
        case_start_collection(actor=staff.d1_head, case=case, now=at(DAY))  # not the assigned counsellor
    case_start_collection(actor=staff.d1_counsellor, case=case, now=at(DAY))
    case_career_info_set(actor=staff.d1_counsellor, case=case, info={**INFO, "job_search_difficulty": ""}, now=at(DAY))
    with pytest.raises(DomainError) as exc:
        case_to_needs_analysis(actor=staff.d1_counsellor, case=case, now=at(DAY))
    assert "job_search_difficulty" in exc.value.field_errors
    case.refresh_from_db()
    assert case.status == "info_collection"
    case_career_info_set(actor=staff.d1_counsellor, case=case, info={"job_search_difficulty": "无"}, now=at(DAY))
    case_to_needs_analysis(actor=staff.d1_counsellor, case=case, now=at(DAY))
    with pytest.raises(DomainError):
        case_goals_confirm(actor=staff.d1_counsellor, case=case, goals=[], method="signature", now=at(DAY))
    case_goals_confirm(actor=staff.d1_counsellor, case=case, goals=["明确职业方向"], method="online", now=at(DAY))
    with pytest.raises(DomainError):
        case_to_plan_drafting(actor=staff.d1_counsellor, case=case, now=at(DAY))
    process_record_add(actor=staff.d1_counsellor, case=case, held_on=DAY, channel="online",
                       service_type=ServiceType.JOB_SEARCH_GUIDANCE, summary="讲解求职方法", now=at(DAY))
    with pytest.raises(DomainError):  # not linked to a goal
        case_to_plan_drafting(actor=staff.d1_counsellor, case=case, now=at(DAY))
    process_record_add(actor=staff.d1_counsellor, case=case, held_on=DAY, channel="offline",
                       service_type=ServiceType.JOB_SEARCH_GUIDANCE, summary="简历修改", goal_indexes=[0], now=at(DAY))
    case_to_plan_drafting(actor=staff.d1_counsellor, case=case, now=at(DAY))
    assert case.status == "plan_drafting"


def test_plan_agreement_follow_ups_expiry_review_and_re_guidance(city, staff):
    """CQ-6.1.4-1, CQ-6.1.4-2, CQ-6.1.5-1, CQ-6.1.5-2, CQ-6.1.6-1, CQ-6.1.6-2, CQ-6.1.6-3, CQ-6.1.6-4."""
    c = staff.d1_counsellor
    case = new_case(staff, city)
    to_delivery(staff, case)
    process_record_add(actor=c, case=case, held_on=DAY, channel="offline", service_type="job_search_guidance",
                       summary="简历修改", goal_indexes=[0], now=at(DAY))
    case_to_plan_drafting(actor=c, case=case, now=at(DAY))
    plan = plan_draft(actor=c, case=case, goals=["一个月内投递20份简历"], targets="行政文员", actions=["参加招聘会"],
                      start_on=DAY, now=at(DAY))
    assert plan.end_on == DAY + dt.timedelta(days=90) and plan.status == "draft"
    case.refresh_from_db()
    assert case.status == "plan_drafting"  # an unagreed plan moves nothing
    plan_agree(actor=c, plan=plan, method="signature", now=at(DAY))
    assert case.status == "plan_follow_up"
    duty = Duty.objects.get(kind="cq_plan_follow_up", status="open")
    assert duty.due_date == dt.date(2024, 6, 11)  # 5 working days, Dragon Boat Festival (10 June) skipped
    follow_up_record(actor=c, case=case, held_on=dt.date(2024, 6, 12), channel="offline",
                     execution={"参加招聘会": "已参加1场"}, now=at(dt.date(2024, 6, 12)))
    duty.refresh_from_db()
    assert duty.status == "late_done"
    assert Duty.objects.get(kind="cq_plan_follow_up", status="open").due_date == dt.date(2024, 7, 12)
    # plan ends 1 September: not reviewed on the end date, reviewed the day after; the review is a duty of the
    # counsellor, reminded by the duty engine that day
    assert plan_reviews_start(now=at(plan.end_on)) == 0
    assert not Duty.objects.filter(kind="cq_plan_review").exists()
    day_after = plan.end_on + dt.timedelta(days=1)
    assert plan_reviews_start(now=at(day_after)) == 1
    case.refresh_from_db()
    assert case.status == "plan_review"
    review = Duty.objects.get(kind="cq_plan_review")
    assert (review.assignee, review.remind_on, review.due_date) == (c, day_after, day_after + dt.timedelta(days=30))
    assert duties_send_reminders(now=at(day_after, 8), calendar=work_calendar(), lead_workdays=0) == 1
    assert Notification.objects.filter(recipient=c, subject__contains="待办提醒").exists()
    review_day = plan.end_on + dt.timedelta(days=2)
    plan_review_record(actor=c, case=case, held_on=review_day, channel="offline", participant="林晓雨",
                       problems="目标岗位竞争激烈", outcome="revise", now=at(review_day))
    review.refresh_from_db()
    assert review.status == "done"
    v2 = plan_draft(actor=c, case=case, goals=["扩大求职范围"], targets="行政、客服", actions=["参加招聘会"],
                    start_on=review_day, now=at(review_day))
    with pytest.raises(DomainError) as exc:
        plan_agree(actor=c, plan=v2, method="signature", now=at(review_day))
    assert exc.value.clause == "CQ-6.1.6-3"
    rec = process_record_add(actor=c, case=case, held_on=review_day, channel="offline",
                             service_type="job_search_guidance", summary="再指导：拓宽职业方向", now=at(review_day))
    assert rec.re_guidance and rec.review is not None
    plan_agree(actor=c, plan=v2, method="signature", now=at(review_day))
    plan.refresh_from_db()
    assert (plan.status, v2.status, case.status) == ("superseded", "active", "plan_follow_up")


def test_employment_closes_before_end_and_suppresses_review(city, staff):
    """CQ-6.1.5-4, CQ-6.1.6-1."""
    c = staff.d1_counsellor
    case = new_case(staff, city)
    to_delivery(staff, case)
    case_close_employed(actor=c, case=case, employer="渝新科技有限公司", post="文员", start_on=DAY,
                        via_job_introduction=True, now=at(DAY))
    assert case.status == "closed_employed" and case.employment["post"] == "文员"
    assert plan_reviews_start(now=at(DAY + dt.timedelta(days=200))) == 0


def test_withdrawal_needs_three_attempts_and_sixty_days(city, staff):
    """CQ-6.1-4."""
    c = staff.d1_counsellor
    case = new_case(staff, city)
    for _ in range(3):
        case_contact_attempt(actor=c, case=case, on=DAY, now=at(DAY))
    with pytest.raises(DomainError):
        case_withdraw(actor=c, case=case, reason="unreachable", now=at(DAY + dt.timedelta(days=59)))
    case_withdraw(actor=c, case=case, reason="unreachable", now=at(DAY + dt.timedelta(days=60)))
    assert case.status == "closed_withdrawn"


def test_job_search_need_and_specific_group_gate_plan_activation(city, staff):
    """CQ-7.1.4-1, CQ-7.1.8-1, CQ-5.1-5, CQ-6.1.2-1, CQ-7.1.11-2."""
    c = staff.d1_counsellor
    plain = new_case(staff, city)
    plain_to = plain
    case_start_collection(actor=c, case=plain_to, now=at(DAY))
    case_career_info_set(actor=c, case=plain_to, info=INFO, now=at(DAY))
    case_to_needs_analysis(actor=c, case=plain_to, now=at(DAY))
    with pytest.raises(DomainError) as exc:
        case_needs_set(actor=c, case=plain_to, needs=[{"service_type": "specific_group_guidance", "rationale": "x"}],
                       now=at(DAY))
    assert exc.value.clause == "CQ-5.1-5"
    with pytest.raises(DomainError) as exc:  # a need without its rationale
        case_needs_set(actor=c, case=plain_to, needs=[{"service_type": "training_guidance", "rationale": ""}],
                       now=at(DAY))
    assert exc.value.clause == "CQ-6.1.2-1"

    case = new_case(staff, city, specific_groups=["employment_assistance_target"], job_search_need=True)
    assert case.key_assistance
    case_start_collection(actor=c, case=case, now=at(DAY))
    case_career_info_set(actor=c, case=case, info=INFO, now=at(DAY))
    case_to_needs_analysis(actor=c, case=case, now=at(DAY))
    case_needs_set(actor=c, case=case, needs=[{"service_type": "specific_group_guidance", "rationale": "援助对象"}],
                   now=at(DAY))
    case_goals_confirm(actor=c, case=case, goals=["稳定就业"], method="verbal", now=at(DAY))
    process_record_add(actor=c, case=case, held_on=DAY, channel="offline", service_type="specific_group_guidance",
                       summary="援助", goal_indexes=[0], now=at(DAY))
    case_to_plan_drafting(actor=c, case=case, now=at(DAY))
    plan = plan_draft(actor=c, case=case, goals=["就业"], targets="保洁", actions=["职业介绍"], start_on=DAY, now=at(DAY))
    with pytest.raises(DomainError) as exc:
        plan_agree(actor=c, plan=plan, method="signature", now=at(DAY))
    assert exc.value.clause == "CQ-7.1.4-1"
    case.job_introduction_ref = "JI-2024-0001"
    case.save()
    with pytest.raises(DomainError) as exc:
        plan_agree(actor=c, plan=plan, method="signature", now=at(DAY))
    assert exc.value.clause == "CQ-7.1.8-1"
    process_record_add(actor=c, case=case, held_on=DAY, channel="offline", service_type="preventive_guidance",
                       summary="预判试用期问题", now=at(DAY))
    plan_agree(actor=c, plan=plan, method="signature", now=at(DAY))
    assert case.status == "plan_follow_up"


def test_archive_needs_complete_items_and_keeper(city, staff):
    """CQ-7.2.2-1, CQ-7.2.2-3, CQ-7.2.1-1, CQ-9.2.1-4."""
    c, head = staff.d1_counsellor, staff.d1_head
    case = new_case(staff, city)
    to_delivery(staff, case)
    case_close_employed(actor=c, case=case, employer="渝新科技有限公司", post="文员", start_on=DAY,
                        via_job_introduction=False, now=at(DAY))
    with pytest.raises(DomainError):
        archive_item_file(actor=c, case=case, code="guidance_process_record", now=at(DAY))
    with pytest.raises(DomainError):
        archive_item_file(actor=head, case=case, code="group_session_recording", now=at(DAY))
    for code in ("appointment_registration_form", "worker_personal_documents", "guidance_process_record"):
        archive_item_file(actor=head, case=case, code=code, now=at(DAY))
    with pytest.raises(DomainError) as exc:
        case_archive(actor=head, case=case, now=at(DAY))
    assert exc.value.code == "archive_incomplete"
    with pytest.raises(DomainError):
        satisfaction_submit(actor=c, case=case, score=5, channel="paper", now=at(DAY))
    satisfaction_submit(actor=head, case=case, score=4, channel="paper", now=at(DAY))
    archive_item_file(actor=head, case=case, code="satisfaction_feedback_form", now=at(DAY))
    case_archive(actor=head, case=case, now=at(DAY))
    assert case.status == "archived"


def test_least_privilege_read_is_logged(city, staff):
    """CQ-4.4-6."""
    from careerguide.audit.models import AuditEvent
    from careerguide.common.errors import NotFound
    case = new_case(staff, city)
    case_read(actor=staff.d1_counsellor, pk=case.pk, now=at(DAY))
    case_read(actor=staff.d1_head, pk=case.pk, now=at(DAY))
    assert AuditEvent.objects.filter(action="read", clause="CQ-4.4-6").count() == 2
    for outsider in (staff.s11_counsellor, staff.d2_counsellor):
        with pytest.raises(NotFound):
            case_read(actor=outsider, pk=case.pk, now=at(DAY))
