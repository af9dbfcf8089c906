"""Guidance tiers over any subject (BJ-14-1, BJ-14-2, BJ-14-3, BJ-14-4, BJ-14-5, BJ-14-6, BJ-14-7), exercised with
job seekers."""
import datetime as dt

import pytest

from careerguide.common.errors import DomainError
from careerguide.guidance.models import GuidanceAppointment, GuidanceRecord
from careerguide.guidance.selectors import appointment_list
from careerguide.guidance.services import (
    appointment_assign,
    appointment_request,
    general_guidance_record,
    group_create,
    group_member_add,
    group_plan_set,
    group_session_record,
    specialized_guidance_record,
)
from careerguide.job_seekers.selectors import personal_ledger
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.job_seekers.tests.helpers import at, person_id

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 3)


def person(staff, city, seed=60, **profile):
    return register_job_seeker(staff.s11_counsellor, city.s11, id_number=person_id(seed), collected_on=DAY, now=at(DAY),
                               profile=profile)


def test_general_guidance_is_always_available_and_a_further_need_becomes_an_appointment(city, staff):
    """BJ-14-1, BJ-14-2: no level check; further need → appointment registration; 'none' is a valid next step."""
    p = person(staff, city)
    plain = general_guidance_record(actor=staff.s11_counsellor, subject=p, need="了解求职渠道", summary="介绍招聘会安排",
                                    now=at(DAY))
    assert plain.next_step == "none" and plain.appointment is None
    rec = general_guidance_record(actor=staff.s11_counsellor, subject=p, need="不清楚适合什么职业", summary="建议测评",
                                  next_step="specialized", now=at(DAY))
    appt = rec.appointment
    assert (appt.guidance_type, appt.channel, appt.status, appt.unit) == ("specialized", "counter", "requested", city.s11)
    assert personal_ledger(job_seeker=p).filter(section="guidance", service_type="general_guidance").count() == 2


def test_specialized_guidance_needs_assessment_analysis_and_advice_and_holds_the_appointment(city, staff):
    """BJ-14-3, BJ-14-4."""
    p = person(staff, city)
    appt = appointment_request(actor=staff.s11_counsellor, subject=p, need="转行方向", guidance_type="specialized",
                               channel="counter", now=at(DAY))
    with pytest.raises(DomainError) as exc:
        specialized_guidance_record(actor=staff.s11_counsellor, subject=p, assessment_instrument="职业兴趣测评 v1",
                                    assessment_result="社会型", occupational_info="", advice="", appointment=appt, now=at(DAY))
    assert set(exc.value.field_errors) == {"occupational_info", "advice"} and not GuidanceRecord.objects.exists()
    rec = specialized_guidance_record(actor=staff.s11_counsellor, subject=p, assessment_instrument="职业兴趣测评 v1",
                                      assessment_result="社会型、常规型", occupational_info="本区养老护理岗位需求旺盛",
                                      advice="建议参加养老护理员培训", appointment=appt, now=at(DAY))
    appt.refresh_from_db()
    assert appt.status == "held" and appt.officer == staff.s11_counsellor and rec.tier == "specialized"


def test_online_booking_goes_to_the_district_of_habitual_residence(city, staff):
    """BJ-14-6: routed to the habitual-residence district (d2), not the registering street's district (d1)."""
    p = person(staff, city, habitual_district=city.d2.pk, platform_permission=True)
    appt = appointment_request(actor=staff.seeker_user, subject=p, need="面试技巧", guidance_type="specialized",
                               channel="online", now=at(DAY))
    assert appt.unit == city.d2
    assert appt in appointment_list(actor=staff.d2_counsellor) and appt not in appointment_list(actor=staff.d1_head)


def test_online_booking_needs_platform_permission(city, staff):
    """BJ-14-6: only a job seeker with platform permission books online."""
    p = person(staff, city, habitual_district=city.d2.pk)
    with pytest.raises(DomainError):
        appointment_request(actor=staff.seeker_user, subject=p, need="x", guidance_type="specialized", channel="online",
                            now=at(DAY))
    assert not GuidanceAppointment.objects.exists()


def test_only_that_district_designates_an_officer_from_the_district_or_its_streets(city, staff):
    """BJ-14-7."""
    p = person(staff, city, habitual_district=city.d1.pk, platform_permission=True)
    appt = appointment_request(actor=staff.seeker_user, subject=p, need="简历", guidance_type="specialized",
                               channel="online", now=at(DAY))
    assert appt.unit == city.d1
    with pytest.raises(DomainError):
        appointment_assign(actor=staff.s11_counsellor, appointment=appt, officer=staff.s11_counsellor)  # a street user
    with pytest.raises(DomainError):
        appointment_assign(actor=staff.d1_head, appointment=appt, officer=staff.d2_counsellor)  # officer of another district
    appointment_assign(actor=staff.d1_head, appointment=appt, officer=staff.s11_counsellor)
    appt.refresh_from_db()
    assert (appt.status, appt.officer) == ("assigned", staff.s11_counsellor)


def test_categorized_guidance_group_plan_and_sessions(city, staff):
    """BJ-14-5: group, members linked to their ledgers, plan, sessions."""
    a, b = person(staff, city, seed=61), person(staff, city, seed=62)
    group = group_create(actor=staff.s11_counsellor, subject_type="job_seekers.jobseeker", title="大龄转岗小组",
                         common_problem="45岁以上，原行业岗位减少")
    members = [group_member_add(actor=staff.s11_counsellor, group=group, subject=x, now=at(DAY)) for x in (a, b)]
    with pytest.raises(DomainError):  # no plan yet
        group_session_record(actor=staff.s11_counsellor, group=group, held_on=DAY, content="座谈", attendees=members,
                             subjects={members[0].pk: a, members[1].pk: b}, now=at(DAY))
    group_plan_set(actor=staff.s11_counsellor, group=group, occupational_info="本区服务业岗位分析", plan="三次活动：分析、实训、对接")
    session = group_session_record(actor=staff.s11_counsellor, group=group, held_on=DAY, content="岗位分析讲座",
                                   attendees=members[:1], subjects={members[0].pk: a}, now=at(DAY))
    assert list(session.attendees.all()) == members[:1]
    assert personal_ledger(job_seeker=a).filter(service_type="categorized_guidance").count() == 1
    assert personal_ledger(job_seeker=b).filter(service_type="categorized_guidance").count() == 0


def test_the_api_designates_only_an_officer_of_the_bookings_unit_tree(client, city, staff):
    """BJ-14-7: a posted officer id is resolved among the guidance staff of the unit holding the booking; another
    district's counsellor is refused on the field and the booking stays unassigned."""
    p = person(staff, city)
    appt = appointment_request(actor=staff.s11_counsellor, subject=p, need="简历", guidance_type="specialized",
                               channel="counter", now=at(DAY))
    client.force_login(staff.d1_head)
    url = f"/api/guidance/appointments/{appt.pk}/assign"
    r = client.post(url, {"officer_id": staff.d2_counsellor.pk}, content_type="application/json")
    assert r.status_code == 400 and r.json()["code"] == "invalid" and "officer" in r.json()["field_errors"]
    appt.refresh_from_db()
    assert (appt.status, appt.officer) == ("requested", None)
    r = client.post(url, {"officer_id": staff.s11_counsellor.pk}, content_type="application/json")
    assert r.status_code == 200 and r.json()["officer_id"] == staff.s11_counsellor.pk


def test_group_page_adds_members_plans_and_records_sessions(client, city, staff):
    """BJ-14-5 on the page: an unknown member id is refused with a message, a member joins, the plan is saved and a
    session recorded; the forms show the refusal where it belongs."""
    p = person(staff, city)
    group = group_create(actor=staff.s11_counsellor, subject_type="job_seekers.jobseeker", title="转岗小组",
                         common_problem="技能单一")
    client.force_login(staff.s11_counsellor)
    url = f"/guidance/groups/{group.pk}/"
    page = client.post(url, {"action": "member", "subject_id": "999999"}, follow=True).content.decode()
    assert "未找到该服务对象。" in page and not group.members.exists()
    assert "已加入小组。" in client.post(url, {"action": "member", "subject_id": p.pk}, follow=True).content.decode()
    member = group.members.get()
    refused = client.post(url, {"action": "session", "held_on": DAY.isoformat(), "content": "座谈",
                                "attendees": [member.pk]})
    assert refused.status_code == 200 and "请先制订指导方案" in refused.content.decode()
    assert client.post(url, {"action": "plan", "plan": "两次活动"}).status_code == 302
    assert client.post(url, {"action": "session", "held_on": DAY.isoformat(), "content": "座谈",
                             "attendees": [member.pk]}).status_code == 302
    assert group.sessions.count() == 1


def test_a_booking_that_did_not_take_place_is_closed_from_the_appointments_page(client, city, staff):
    """BJ-14-3: a cancellation without a reason shows a Chinese error and changes nothing; with a reason the
    booking is cancelled and no longer offers the link; a booking with no officer yet cannot be a no-show, once
    assigned it can."""
    p = person(staff, city)
    first = appointment_request(actor=staff.s11_counsellor, subject=p, need="简历", guidance_type="specialized",
                                channel="counter", now=at(DAY))
    second = appointment_request(actor=staff.s11_counsellor, subject=p, need="面试", guidance_type="specialized",
                                 channel="counter", now=at(DAY))
    client.force_login(staff.s11_counsellor)
    close = f"/guidance/appointments/{first.pk}/close/"
    assert close in client.get("/guidance/appointments/").content.decode()
    r = client.post(close, {"to": "cancelled", "reason": ""})
    assert r.status_code == 200 and "取消预约须填写原因。" in r.content.decode()
    first.refresh_from_db()
    assert first.status == "requested"
    assert client.post(close, {"to": "cancelled", "reason": "本人已找到工作"}).status_code == 302
    r = client.post(f"/guidance/appointments/{second.pk}/close/", {"to": "no_show"})
    assert r.status_code == 200 and GuidanceAppointment.objects.get(pk=second.pk).status == "requested"
    appointment_assign(actor=staff.d1_head, appointment=second, officer=staff.s11_counsellor, now=at(DAY))
    client.post(f"/guidance/appointments/{second.pk}/close/", {"to": "no_show"})
    statuses = dict(GuidanceAppointment.objects.values_list("pk", "status"))
    assert statuses == {first.pk: "cancelled", second.pk: "no_show"}
    assert close not in client.get("/guidance/appointments/").content.decode()


def test_the_reception_queue_lists_employment_assistance_targets_first(client, city, staff):
    """CQ-7.1.11-1: a booking of a certified employment-assistance target (就业困难人员) made after the others is listed
    ahead of them on the appointments page and marked for priority service; the others keep newest first."""
    from careerguide.job_seekers.services.certification import difficulty_certification_record

    early, later, target = person(staff, city, seed=61), person(staff, city, seed=62), person(staff, city, seed=63)
    booked = {}
    for day, p, name in ((DAY, early, "early"), (DAY + dt.timedelta(days=1), later, "later"),
                         (DAY + dt.timedelta(days=2), target, "target")):
        booked[name] = appointment_request(actor=staff.s11_counsellor, subject=p, need="求职", guidance_type="specialized",
                                           channel="counter", now=at(day))
    difficulty_certification_record(actor=staff.s11_counsellor, job_seeker=target, status="certified",
                                    decided_on=DAY, authority="一街道社会保障事务所", document_ref="认定〔2024〕1号",
                                    now=at(DAY + dt.timedelta(days=2)))
    order = [a.pk for a in appointment_list(actor=staff.s11_counsellor)]
    assert order == [booked["target"].pk, booked["later"].pk, booked["early"].pk]
    client.force_login(staff.s11_counsellor)
    html = client.get("/guidance/appointments/").content.decode()
    assert html.count('data-testid="priority"') == 1 and "就业援助对象·优先服务" in html
    assert html.index(str(target)) < html.index(str(later)) < html.index(str(early))
    # the order among the others is by date, newest first: a booking of `early` made last comes first of them
    again = appointment_request(actor=staff.s11_counsellor, subject=early, need="面试", guidance_type="specialized",
                                channel="counter", now=at(DAY + dt.timedelta(days=3)))
    assert [a.pk for a in appointment_list(actor=staff.s11_counsellor)][:2] == [booked["target"].pk, again.pk]
