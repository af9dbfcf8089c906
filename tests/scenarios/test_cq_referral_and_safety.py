"""Case referral with consent (CQ-8.1-*) and mandatory safety escalation (CQ-8.2-*)."""
import datetime as dt

import pytest

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.guidance.cq.models import Disclosure
from careerguide.guidance.cq.services.cases import case_register, case_start_collection, process_record_add
from careerguide.guidance.cq.services.risk import (
    FORM_FIELDS,
    referral_accept,
    referral_decide,
    referral_explain,
    referral_form_complete,
    referral_hand_over,
    referral_initiate,
    referral_schedule_interview,
    safety_concern_record,
    safety_measure_add,
)
from careerguide.guidance.cq.tests.helpers import cq_staff, qualify_guidance_staff  # noqa: F401  (the shared staff, qualified for CQ)
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.job_seekers.tests.helpers import at
from careerguide.notifications.models import Notification

pytestmark = pytest.mark.django_db
FRI = dt.date(2024, 6, 14)


def new_case(staff, city):
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name="韩冬")
    case = case_register(actor=staff.d1_counsellor, subject=seeker, unit=city.d1, topic="职业困惑",
                         preferred_channel="offline", now=at(FRI))
    case_start_collection(actor=staff.d1_counsellor, case=case, now=at(FRI))
    return case


def form():
    return {f: "已填写" for f in FORM_FIELDS}


def test_internal_referral_with_consent_hands_the_case_over(city, staff):
    """CQ-8.1-1, CQ-8.1.1-1, CQ-8.1.1-2, CQ-8.1.2-1, CQ-8.1.3-1, CQ-8.1.3-2, CQ-8.1.4-1."""
    c = staff.d1_counsellor
    receiver = make_user("d1-counsellor-b", city.d1, [Role.COUNSELLOR], full_name="甲区指导员乙")
    qualify_guidance_staff(receiver, by=staff.city_admin)
    case = new_case(staff, city)
    process_record_add(actor=c, case=case, held_on=FRI, channel="offline", service_type="job_search_guidance",
                       summary="发现心理困扰超出职业指导范围", referral_trigger="beyond_guidance_scope", now=at(FRI))
    trigger_duty = Duty.objects.get(kind="cq_referral_initiation")
    assert trigger_duty.due_date == dt.date(2024, 6, 17)  # next working day after a Friday
    with pytest.raises(DomainError):
        referral_initiate(actor=c, case=case, trigger="other", description="x", receiver=receiver, now=at(FRI))
    ref = referral_initiate(actor=c, case=case, trigger="beyond_guidance_scope", description="需心理咨询",
                            receiver=receiver, now=at(dt.date(2024, 6, 17)))
    trigger_duty.refresh_from_db()
    assert trigger_duty.status == "done"
    from careerguide.guidance.cq.services.cases import case_career_info_set, case_to_needs_analysis
    case_career_info_set(actor=c, case=case, info={"basic_situation": "a", "work_experience": "b",
                                                   "job_search_intention": "c", "job_search_difficulty": "d"},
                         now=at(FRI))
    with pytest.raises(DomainError) as exc:  # steps frozen while the referral is open
        case_to_needs_analysis(actor=c, case=case, now=at(FRI))
    assert exc.value.clause == "CQ-8.1.1-2"
    with pytest.raises(DomainError):  # consent cannot come before the explanation
        referral_decide(actor=c, referral=ref, consented=True, method="signature", now=at(FRI))
    referral_explain(actor=c, referral=ref, on=dt.date(2024, 6, 17), channel="offline", reasons="超出职业指导范围",
                     now=at(dt.date(2024, 6, 17)))
    referral_decide(actor=c, referral=ref, consented=True, method="signature", now=at(dt.date(2024, 6, 17)))
    with pytest.raises(DomainError):
        referral_form_complete(actor=c, referral=ref, form={**form(), "known_risks": ""}, now=at(dt.date(2024, 6, 17)))
    referral_form_complete(actor=c, referral=ref, form=form(), now=at(dt.date(2024, 6, 17)))
    referral_hand_over(actor=c, referral=ref, now=at(dt.date(2024, 6, 17)))
    case.refresh_from_db()
    assert case.counsellor == receiver
    duty = Duty.objects.get(kind="cq_referral_appointment")
    assert duty.due_date == dt.date(2024, 6, 20) and duty.assignee == receiver
    with pytest.raises(DomainError):
        referral_accept(actor=receiver, referral=ref, reviewed_note="", now=at(dt.date(2024, 6, 18)))
    referral_accept(actor=receiver, referral=ref, reviewed_note="已阅读全部过程记录", now=at(dt.date(2024, 6, 18)))
    referral_schedule_interview(actor=receiver, referral=ref, on=dt.date(2024, 6, 21), now=at(dt.date(2024, 6, 20)))
    duty.refresh_from_db()
    assert duty.status == "done" and ref.status == "appointment_scheduled"


def test_declined_referral_terminates_without_transfer(city, staff):
    """CQ-8.1.2-2."""
    c = staff.d1_counsellor
    case = new_case(staff, city)
    ref = referral_initiate(actor=c, case=case, trigger="counsellor_unable", description="无法完成",
                            institution="区心理援助中心", now=at(FRI))
    referral_explain(actor=c, referral=ref, on=FRI, channel="offline", reasons="无法完成指导", now=at(FRI))
    referral_decide(actor=c, referral=ref, consented=False, method="verbal", now=at(FRI))
    case.refresh_from_db()
    assert (ref.status, case.status, case.closure_reason) == ("declined", "terminated", "referral_declined")
    assert not Disclosure.objects.exists()


def test_external_referral_shares_only_with_consent(city, staff):
    """CQ-8.1.3-3, CQ-4.4-5."""
    c = staff.d1_counsellor
    case = new_case(staff, city)
    ref = referral_initiate(actor=c, case=case, trigger="beyond_guidance_scope", description="法律纠纷",
                            institution="区劳动争议仲裁院", now=at(FRI))
    referral_explain(actor=c, referral=ref, on=FRI, channel="offline", reasons="劳动争议", now=at(FRI))
    referral_decide(actor=c, referral=ref, consented=True, method="signature", data_sharing=True, now=at(FRI))
    referral_form_complete(actor=c, referral=ref, form=form(), now=at(FRI))
    referral_hand_over(actor=c, referral=ref, now=at(FRI))
    case.refresh_from_db()
    assert case.status == "referred_external"
    assert Disclosure.objects.get().basis == "consent"


def test_safety_concern_notifies_at_once_and_overrides_referral_and_closure(city, staff):
    """CQ-8.2.1-1, CQ-8.2.2-1, CQ-8.2-1."""
    c = staff.d1_counsellor
    case = new_case(staff, city)
    referral_initiate(actor=c, case=case, trigger="obstructing_factor", description="情绪激动", institution="医院",
                      now=at(FRI))
    concern = safety_concern_record(actor=staff.s11_counsellor, case=case, kind="self_harm",
                                    description="表达轻生念头", now=at(FRI))
    heads = {staff.d1_head.pk}
    assert {n["user"] for n in concern.notified} == heads
    assert Notification.objects.filter(recipient=staff.d1_head, subject__contains="安全风险").exists()
    with pytest.raises(DomainError):
        safety_measure_add(actor=c, concern=concern, measure="", parties="", now=at(FRI))
    safety_measure_add(actor=c, concern=concern, measure="陪同并联系家属", parties="家属韩某、110",
                       disclosed="姓名、联系方式、现场情况", now=at(FRI))
    d = Disclosure.objects.get()
    assert d.basis == "safety_escalation"
    other = safety_concern_record(actor=c, case=case, kind="harm_to_others", description="扬言报复原单位", now=at(FRI))
    assert other.notified
