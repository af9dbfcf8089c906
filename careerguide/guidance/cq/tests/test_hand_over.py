"""A case handed over by referral takes its open duties to the receiver (CQ-8.1.3-2); the referral API only
accepts a receiver inside the actor's jurisdiction (CQ-8.1.1-2)."""
import datetime as dt

import pytest
from django.urls import reverse

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.duties.models import Duty
from careerguide.duties.services import DutySpec, duty_schedule
from careerguide.guidance.cq.services.cases import case_register
from careerguide.guidance.cq.services.risk import (
    FORM_FIELDS,
    referral_decide,
    referral_explain,
    referral_form_complete,
    referral_hand_over,
    referral_initiate,
)
from careerguide.guidance.cq.tests.helpers import qualify_guidance_staff
from careerguide.guidance.duty_kinds import KIND_FOLLOW_UP, KIND_REFERRAL_APPOINTMENT
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.job_seekers.tests.helpers import at
from careerguide.notifications.models import Notification

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 3)


def new_case(staff, city, name):
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name=name)
    return case_register(actor=staff.d1_counsellor, subject=seeker, unit=city.d1, topic="求职",
                         preferred_channel="offline", now=at(DAY))


def test_an_internal_hand_over_moves_the_open_follow_up_to_the_receiver(city, staff):
    """CQ-8.1.3-2, CQ-6.1.5-1: the receiver becomes the counsellor and owes the follow-up already scheduled."""
    c = staff.d1_counsellor
    receiver = make_user("d1-counsellor-c", city.d1, [Role.COUNSELLOR], full_name="甲区指导员丙")
    qualify_guidance_staff(receiver, by=staff.city_admin)
    case = new_case(staff, city, "顾远")
    follow_up = duty_schedule(actor=c, subject=case, now=at(DAY), spec=DutySpec(
        kind=KIND_FOLLOW_UP, title="就业计划跟进约见", clause="CQ-6.1.5-1", due_date=dt.date(2024, 6, 10), unit=city.d1,
        assignee=c))
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
    case = new_case(staff, city, "邹平")
    client.force_login(staff.d1_counsellor)
    url = f"/api/guidance/cq/cases/{case.pk}/referrals"
    body = {"trigger": "beyond_guidance_scope", "description": "需心理咨询", "receiver_id": staff.d2_counsellor.pk}
    r = client.post(url, body, content_type="application/json")
    assert r.status_code == 400 and r.json()["code"] == "invalid" and "receiver" in r.json()["field_errors"]
    assert not case.referrals.exists()
    colleague = make_user("d1-counsellor-d", city.d1, [Role.COUNSELLOR], full_name="甲区指导员丁")
    qualify_guidance_staff(colleague, by=staff.city_admin)
    r = client.post(url, {**body, "receiver_id": colleague.pk}, content_type="application/json")
    assert r.status_code == 201


def test_a_receiver_declines_the_referral_and_the_referrer_names_another_through_the_pages(client, city, staff):
    """CQ-8.1-1: the receiver declines with a reason (none given: a Chinese error, nothing changes); the case goes
    back to the referrer, the interview duty is cancelled, the referrer is told; the referral form then needs
    another receiver, who becomes the counsellor at the next hand-over."""
    c = staff.d1_counsellor
    first = make_user("d1-counsellor-e", city.d1, [Role.COUNSELLOR], full_name="甲区指导员己")
    second = make_user("d1-counsellor-f", city.d1, [Role.COUNSELLOR], full_name="甲区指导员庚")
    for user in (first, second):
        qualify_guidance_staff(user, by=staff.city_admin)
    case = new_case(staff, city, "钟灵")
    ref = referral_initiate(actor=c, case=case, trigger="counsellor_unable", description="工作调整", receiver=first,
                            now=at(DAY))
    referral_explain(actor=c, referral=ref, on=DAY, channel="offline", reasons="工作调整", now=at(DAY))
    referral_decide(actor=c, referral=ref, consented=True, method="signature", now=at(DAY))
    referral_form_complete(actor=c, referral=ref, form={f: "已填写" for f in FORM_FIELDS}, now=at(DAY))
    referral_hand_over(actor=c, referral=ref, now=at(DAY))
    step = lambda name: reverse("guidance:cq:case_step", args=[case.pk, name])  # noqa: E731
    client.force_login(first)
    r = client.post(step("reject"), {"reason": ""})
    assert r.status_code == 200 and "这个字段是必填项" in r.content.decode()
    ref.refresh_from_db()
    assert ref.status == "handed_over"
    assert client.post(step("reject"), {"reason": "本人近期不在岗"}).status_code == 302
    ref.refresh_from_db()
    case.refresh_from_db()
    assert (ref.status, ref.receiver, case.counsellor) == ("consented", None, c)
    assert ref.rejections[0]["reason"] == "本人近期不在岗"
    assert Duty.objects.get(kind=KIND_REFERRAL_APPOINTMENT).status == "cancelled"
    assert Notification.objects.filter(recipient=c, subject__contains="拒绝接收").exists()
    client.force_login(c)
    form = {f: "已填写" for f in FORM_FIELDS}
    r = client.post(step("referral_form"), form)
    assert r.status_code == 200 and "请重新指定接受转介的职业指导人员或有关机构。" in r.content.decode()
    assert client.post(step("referral_form"), {**form, "new_receiver": second.pk}).status_code == 302
    assert client.post(step("hand_over"), {}).status_code == 302
    case.refresh_from_db()
    ref.refresh_from_db()
    assert (ref.status, ref.receiver, case.counsellor) == ("handed_over", second, second)
