"""The CQ employer guidance process (CQ-6.2-*): intake, analysis, recommendations, hiring needs not filled in
time, consulted adjustments, HR-management advice and closing."""
import datetime as dt

import pytest

from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.employers.tests.factories import make_employer
from careerguide.guidance.cq.models import HiringNeed
from careerguide.guidance.cq.selectors import hiring_need_overdue_unfilled, hiring_needs_overdue_unfilled
from careerguide.guidance.cq.services.cases import case_register
from careerguide.guidance.cq.services.employer import (
    employer_case_close,
    employer_case_to_adjustment,
    employer_case_to_analysis,
    employer_case_to_hr_advice,
    employer_case_to_recommendation,
    employer_recommendations_deliver,
    hiring_need_add,
    hiring_need_adjustment_record,
    hiring_need_analyse,
    hiring_need_fill,
)
from careerguide.guidance.cq.tests.helpers import cq_staff  # noqa: F401  (the shared staff, qualified for CQ)
from careerguide.job_seekers.tests.helpers import at

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 3)


def test_employer_process_end_to_end(city, staff):
    """CQ-6.2-1, CQ-6.2.1-1, CQ-6.2.1-2, CQ-6.2.2-1, CQ-6.2.3-1, CQ-6.2.3-2, CQ-6.2.4-1, CQ-7.1.4-1, CQ-3.1-1."""
    c = staff.d1_counsellor
    employer = make_employer(c, city.d1, name="山城机械有限公司")
    case = case_register(actor=c, subject=employer, unit=city.d1, topic="招聘技工", preferred_channel="offline",
                         recipient_type="employer", job_search_need=True, now=at(DAY))
    assert (case.recipient_type, case.status) == ("employer", "needs_intake")
    with pytest.raises(DomainError):
        employer_case_to_analysis(actor=c, case=case, basic_situation="制造业，200人", now=at(DAY))  # no hiring need yet
    v = hiring_need_add(actor=c, case=case, occupation="数控车工", headcount=3, requirements="中级工", conditions="月薪6000",
                    required_by=dt.date(2024, 8, 1), now=at(DAY))
    employer_case_to_analysis(actor=c, case=case, basic_situation="制造业，200人", now=at(DAY))
    with pytest.raises(DomainError) as exc:
        employer_case_to_recommendation(actor=c, case=case, now=at(DAY))
    assert exc.value.clause == "CQ-6.2.1-2"
    hiring_need_analyse(actor=c, need=v, analysis="要求偏高", indicator="求人倍率1.8", source="区人力资源市场",
                    data_date=dt.date(2024, 5, 31), now=at(DAY))
    employer_case_to_recommendation(actor=c, case=case, now=at(DAY))
    with pytest.raises(DomainError) as exc:
        employer_recommendations_deliver(actor=c, case=case, recommendations={str(v.pk): "专场招聘会"}, given_on=DAY,
                                         now=at(DAY))
    assert exc.value.clause == "CQ-7.1.4-1"
    case.job_introduction_ref = "JI-2024-0002"
    case.save()
    employer_recommendations_deliver(actor=c, case=case, recommendations={str(v.pk): "专场招聘会"}, given_on=DAY,
                                     now=at(DAY))
    assert case.status == "recruiting"
    # 30 days after 3 June is 3 July: not filled in time the day before, on the day it is (the duty is overdue)
    duty = Duty.objects.get(kind="cq_hiring_need_fill")
    assert (duty.due_date, duty.assignee) == (dt.date(2024, 7, 2), c)
    assert hiring_needs_overdue_unfilled(case=case, today=dt.date(2024, 7, 2)) == []
    assert [n.pk for n in hiring_needs_overdue_unfilled(case=case, today=dt.date(2024, 7, 3))] == [v.pk]
    with pytest.raises(DomainError) as exc:  # the adjustment task is not open yet
        employer_case_to_adjustment(actor=c, case=case, now=at(dt.date(2024, 7, 2)))
    assert exc.value.code == "hiring_need_not_overdue"
    employer_case_to_adjustment(actor=c, case=case, now=at(dt.date(2024, 7, 3)))
    v.refresh_from_db()
    case.refresh_from_db()
    assert (v.status, hiring_need_overdue_unfilled(need=v, today=dt.date(2024, 7, 3)), case.status) == (
        "open", True, "requirement_adjustment")
    with pytest.raises(DomainError):
        hiring_need_adjustment_record(actor=c, need=v, consulted_on=dt.date(2024, 7, 4), employer_contact="",
                                  suggestion="放宽到初级工", decision="accepted", now=at(dt.date(2024, 7, 4)))
    declined = hiring_need_adjustment_record(actor=c, need=v, consulted_on=dt.date(2024, 7, 4), employer_contact="刘经理",
                                         suggestion="提高月薪", decision="declined", now=at(dt.date(2024, 7, 4)))
    assert declined.pk == v.pk and declined.requirements == "中级工"  # unchanged without acceptance
    case.refresh_from_db()
    assert case.status == "recruiting"
    with pytest.raises(DomainError):
        employer_case_to_hr_advice(actor=c, case=case, now=at(dt.date(2024, 7, 5)))
    assert hiring_need_overdue_unfilled(need=v, today=dt.date(2024, 7, 5))  # declined: still not filled in time
    v.refresh_from_db()
    # a second consultation round while recruiting
    new = hiring_need_adjustment_record(actor=c, need=v, consulted_on=dt.date(2024, 7, 8), employer_contact="刘经理",
                                    suggestion="放宽到初级工", decision="accepted", new_requirements="初级工及以上",
                                    now=at(dt.date(2024, 7, 8)))
    assert (new.version, new.previous_id, new.requirements) == (2, v.pk, "初级工及以上")
    duty.refresh_from_db()
    assert duty.status == "late_done"  # the replaced version was withdrawn after its due date
    assert not hiring_need_overdue_unfilled(need=new, today=dt.date(2024, 7, 20))  # recruiting restarted on 8 July
    hiring_need_fill(actor=c, need=new, now=at(dt.date(2024, 7, 20)))
    assert Duty.objects.get(kind="cq_hiring_need_fill", subject_id=str(new.pk)).status == "done"
    case.refresh_from_db()
    employer_case_to_hr_advice(actor=c, case=case, now=at(dt.date(2024, 7, 20)))
    with pytest.raises(DomainError):
        employer_case_close(actor=c, case=case, advice="", now=at(dt.date(2024, 7, 20)))
    employer_case_close(actor=c, case=case, advice="未发现明显问题：招用制度完备", now=at(dt.date(2024, 7, 20)))
    assert case.status == "closed"
    assert HiringNeed.objects.filter(case=case).count() == 2


def test_online_employer_case_keeps_every_guard(city, staff):
    """CQ-6.2.5-1: an online employer case cannot skip the analysis of each hiring need."""
    c = staff.d1_counsellor
    employer = make_employer(c, city.d1, name="渝北电商有限公司")
    case = case_register(actor=c, subject=employer, unit=city.d1, topic="线上招聘咨询", preferred_channel="online",
                         recipient_type="employer", now=at(DAY))
    hiring_need_add(actor=c, case=case, occupation="客服", headcount=2, requirements="普通话标准", conditions="月薪4500",
                required_by=dt.date(2024, 7, 1), now=at(DAY))
    employer_case_to_analysis(actor=c, case=case, basic_situation="电商，50人", now=at(DAY))
    with pytest.raises(DomainError) as exc:
        employer_case_to_recommendation(actor=c, case=case, now=at(DAY))
    assert exc.value.clause == "CQ-6.2.1-2"
    case.refresh_from_db()
    assert case.status == "hiring_need_analysis"
