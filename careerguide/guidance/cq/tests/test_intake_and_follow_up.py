"""Cases opened from a page and from a booking (CQ-6.1-2); follow-up adjustments and new plan versions
(CQ-6.1.5-3); every step page refuses bad input and saves nothing."""
import datetime as dt

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from careerguide.common.errors import DomainError
from careerguide.guidance.cq.models import GuidanceCase, PlanAdjustment
from careerguide.guidance.cq.services.cases import (
    case_career_info_set,
    case_goals_confirm,
    case_needs_set,
    case_open_from_appointment,
    case_register,
    case_start_collection,
    case_to_needs_analysis,
    case_to_plan_drafting,
    follow_up_record,
    plan_agree,
    plan_draft,
    process_record_add,
)
from careerguide.guidance.services import appointment_assign, appointment_request
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.job_seekers.tests.helpers import at

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 3)
INFO = {"basic_situation": "高中", "work_experience": "2年餐饮", "job_search_intention": "收银员", "job_search_difficulty": "无"}


def booking(staff, city, name="纪晓"):
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name=name)
    appointment = appointment_request(actor=staff.d1_counsellor, subject=seeker, need="想换到零售行业",
                                      guidance_type="specialized", channel="counter", unit=city.d1, now=at(DAY))
    return seeker, appointment


def test_a_booking_with_its_counsellor_assigned_opens_the_case(city, staff):
    """CQ-6.1-2: the case opens from the appointment registration, assigned to its counsellor at its agency, once;
    a booking still waiting for a counsellor opens nothing."""
    seeker, appointment = booking(staff, city)
    kw = dict(actor=staff.s11_counsellor, appointment=appointment, subject=seeker, topic="转行零售",
              preferred_channel="offline", now=at(DAY))
    with pytest.raises(DomainError) as exc:
        case_open_from_appointment(**kw)
    assert exc.value.code == "appointment_not_assigned" and not GuidanceCase.objects.exists()
    appointment_assign(actor=staff.d1_head, appointment=appointment, officer=staff.s11_counsellor, now=at(DAY))
    case = case_open_from_appointment(**kw)
    assert (case.status, case.counsellor, case.unit, case.appointment) == (
        "appointment_registered", staff.s11_counsellor, city.d1, appointment)
    with pytest.raises(DomainError) as exc:
        case_open_from_appointment(**kw)
    assert exc.value.code == "duplicate"


def test_cases_open_from_pages(client, city, staff):
    """CQ-6.1-2: the intake page and the booking page open the case; the worker is found by ID-card number (a name
    shared by two is refused); bad input is refused in Chinese and saves nothing."""
    seeker, appointment = booking(staff, city)
    client.force_login(staff.d1_counsellor)
    with time_machine.travel(at(DAY), tick=False):
        r = client.post(reverse("guidance:cq:intake"), {"recipient_type": "worker", "subject_id": 999999, "topic": "",
                                                        "preferred_channel": "offline"})
        assert r.status_code == 200 and "未保存任何信息" in r.content.decode() and not GuidanceCase.objects.exists()
        r = client.post(reverse("guidance:cq:intake"), {"recipient_type": "worker", "subject_id": 999999,
                                                        "topic": "求职", "preferred_channel": "offline"})
        assert "未找到该服务对象" in r.content.decode() and not GuidanceCase.objects.exists()
        make_job_seeker(staff.d1_counsellor, city.d1, full_name=seeker.full_name)  # a namesake
        r = client.post(reverse("guidance:cq:intake"), {"recipient_type": "worker", "subject_id": seeker.full_name,
                                                        "topic": "求职", "preferred_channel": "offline"})
        assert "有多个服务对象与之相符" in r.content.decode() and not GuidanceCase.objects.exists()
        r = client.post(reverse("guidance:cq:intake"), {"recipient_type": "worker", "subject_id": seeker.id_number,
                                                        "topic": "求职", "preferred_channel": "offline"})
        case = GuidanceCase.objects.get()
        assert case.subject_id == str(seeker.pk)
        assert r.status_code == 302 and r["Location"] == reverse("guidance:cq:case", args=[case.pk])
        url = reverse("guidance:cq:booking_intake", args=[appointment.pk])
        assert "尚未指定指导人员" in client.post(url, {"topic": "转行", "preferred_channel": "offline"},
                                          follow=True).content.decode()
        appointment_assign(actor=staff.d1_head, appointment=appointment, officer=staff.d1_counsellor, now=at(DAY))
        assert "根据预约开立个案" in client.get(reverse("guidance:appointments")).content.decode()
        r = client.post(url, {"topic": "转行", "preferred_channel": "offline"})
        assert r.status_code == 302 and GuidanceCase.objects.filter(appointment=appointment).exists()


def to_follow_up(staff, city):
    c = staff.d1_counsellor
    seeker = make_job_seeker(c, city.d1, full_name="陆离")
    case = case_register(actor=c, subject=seeker, unit=city.d1, topic="求职", preferred_channel="offline", now=at(DAY))
    case_start_collection(actor=c, case=case, now=at(DAY))
    case_career_info_set(actor=c, case=case, info=INFO, now=at(DAY))
    case_to_needs_analysis(actor=c, case=case, now=at(DAY))
    case_needs_set(actor=c, case=case, needs=[{"service_type": "job_search_guidance", "rationale": "求职方法"}], now=at(DAY))
    case_goals_confirm(actor=c, case=case, goals=["一个月内就业"], method="signature", now=at(DAY))
    process_record_add(actor=c, case=case, held_on=DAY, channel="offline", service_type="job_search_guidance",
                       summary="求职方法", goal_indexes=[0], now=at(DAY))
    case_to_plan_drafting(actor=c, case=case, now=at(DAY))
    plan = plan_draft(actor=c, case=case, goals=["一个月内就业"], targets="收银员", actions=["每周投递10份简历"],
                      start_on=DAY, now=at(DAY))
    plan_agree(actor=c, plan=plan, method="signature", now=at(DAY))
    return case, plan


def test_follow_up_adjustments_are_logged_and_core_changes_are_a_new_version(city, staff):
    """CQ-6.1.5-3: changes to job-search activities and job-introduction services are logged as adjustments; a
    change to goals, end date or core actions is refused as an adjustment and made as a new plan version, which
    stays a draft (the agreed one in force) until the worker agrees it."""
    c = staff.d1_counsellor
    case, plan = to_follow_up(staff, city)
    day = dt.date(2024, 6, 7)
    kw = dict(actor=c, case=case, held_on=day, channel="offline", execution={"每周投递10份简历": "已投8份"}, now=at(day))
    follow = follow_up_record(adjustments=[{"target": "job_search_activity", "change": "增加线上投递渠道"},
                                           {"target": "job_introduction", "change": "推荐超市收银岗位3个"}], **kw)
    assert [(a.target, a.change) for a in PlanAdjustment.objects.filter(follow_up=follow)] == [
        ("job_search_activity", "增加线上投递渠道"), ("job_introduction", "推荐超市收银岗位3个")]
    with pytest.raises(DomainError) as exc:
        follow_up_record(adjustments=[{"target": "goals", "change": "改为两个月内就业"}], **kw)
    assert exc.value.clause == "CQ-6.1.5-3" and PlanAdjustment.objects.count() == 2
    v2 = plan_draft(actor=c, case=case, goals=["两个月内就业"], targets="收银员、理货员", actions=["每周投递10份简历"],
                    start_on=day, now=at(day))
    plan.refresh_from_db()
    assert (v2.status, plan.status) == ("draft", "active")
    plan_agree(actor=c, plan=v2, method="signature", now=at(day))
    plan.refresh_from_db()
    case.refresh_from_db()
    assert (plan.status, v2.status, case.status) == ("superseded", "active", "plan_follow_up")


def test_step_pages_refuse_bad_input_and_save_nothing(client, city, staff):
    """CQ-6.1.1-2, CQ-6.1.2-2: a step page shows the service's Chinese refusal and saves nothing."""
    c = staff.d1_counsellor
    seeker = make_job_seeker(c, city.d1, full_name="沈括")
    case = case_register(actor=c, subject=seeker, unit=city.d1, topic="求职", preferred_channel="offline", now=at(DAY))
    client.force_login(c)
    step = lambda name: reverse("guidance:cq:case_step", args=[case.pk, name])  # noqa: E731
    assert client.post(step("start_collection"), {}).status_code == 302
    r = client.post(step("to_needs_analysis"), {})
    assert r.status_code == 200 and "请填写此项" in r.content.decode()
    case.refresh_from_db()
    assert case.status == "info_collection"
    client.post(step("career_info"), INFO)
    assert client.post(step("to_needs_analysis"), {}).status_code == 302
    r = client.post(step("confirm_goals"), {"goals": "", "method": "signature"})
    assert r.status_code == 200 and "未保存任何信息" in r.content.decode()
    case.refresh_from_db()
    assert case.status == "needs_analysis" and case.goals == []
    html = client.get(reverse("guidance:cq:case", args=[case.pk])).content.decode()
    assert "与劳动者确认指导目标" in html and step("confirm_goals") in html


def test_the_record_page_offers_the_job_search_topics_and_refuses_a_topic_under_another_type(client, city, staff):
    """CQ-5.1-2: the process-record page of a worker's case offers job-search guidance's four topics as sub-types;
    a topic under training guidance is refused in Chinese and nothing is saved; under job-search guidance it is."""
    c = staff.d1_counsellor
    seeker = make_job_seeker(c, city.d1, full_name="上官晴")
    case = case_register(actor=c, subject=seeker, unit=city.d1, topic="求职", preferred_channel="offline", now=at(DAY))
    client.force_login(c)
    url = reverse("guidance:cq:case_step", args=[case.pk, "record"])
    html = client.get(url).content.decode()
    assert all(topic in html for topic in ("树立就业观念", "明确职业方向", "掌握求职方法", "了解求职过程"))
    body = {"held_on": timezone.localdate().isoformat(), "channel": "offline", "sub_type": "job_search_method",
            "summary": "讲解简历写法"}
    r = client.post(url, {**body, "service_type": "training_guidance"})
    assert r.status_code == 200 and "请选择服务目录中现行的服务类型" in r.content.decode()
    assert not case.records.exists()
    assert client.post(url, {**body, "service_type": "job_search_guidance"}).status_code == 302
    assert case.records.get().sub_type == "job_search_method"


def test_an_employer_case_opens_from_the_intake_page_by_name_or_credit_code(client, city, staff):
    """CQ-6.2-1: the employer is named by part of its name or its credit code; one outside the jurisdiction is not
    found."""
    from careerguide.employers.tests.factories import make_employer

    employer = make_employer(staff.d1_counsellor, city.d1, name="两江精密制造有限公司")
    far = make_employer(staff.d2_counsellor, city.d2, name="开发区物流有限公司")
    client.force_login(staff.d1_counsellor)
    url = reverse("guidance:cq:intake")
    body = {"recipient_type": "employer", "topic": "招聘普工", "preferred_channel": "offline"}
    with time_machine.travel(at(DAY), tick=False):
        r = client.post(url, {**body, "subject_id": far.credit_code})
        assert "未找到该服务对象" in r.content.decode() and not GuidanceCase.objects.exists()
        assert client.post(url, {**body, "subject_id": "精密制造"}).status_code == 302
        case = GuidanceCase.objects.get()
    assert (case.recipient_type, case.subject_id) == ("employer", str(employer.pk))
