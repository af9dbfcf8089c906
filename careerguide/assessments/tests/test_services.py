"""Assessment catalogue, agreed plans, administrations and reports (CQ-4.3-4, CQ-7.1.6-*, CQ-7.1.7-*)."""
import datetime as dt

import pytest

from careerguide.assessments.services import (
    administration_record,
    instrument_publish,
    plan_agree,
    plan_propose,
    report_feed_back,
    report_finalise,
)
from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.job_seekers.tests.helpers import at

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 3)


def instrument(staff, version="1.0"):
    return instrument_publish(actor=staff.d1_head, name="职业兴趣测验", version=version, kind="psychometric",
                              licence="机构授权2024-01", purpose="了解职业兴趣类型", target_group="求职劳动者",
                              effective_from=DAY, now=at(DAY))


def plan(staff, city, inst, **kw):
    return plan_propose(actor=staff.d1_counsellor, unit=city.d1, subject_label="林晓雨", purpose="明确职业方向",
                        instruments=[inst], tool_reasons={inst.pk: "适用于初次求职者"}, schedule="6月5日上午",
                        mode="线下机测", result_use="结果当面反馈并用于就业计划", case_id=kw.pop("case_id", 7),
                        now=at(DAY), **kw)


def test_catalogue_versions_are_immutable_and_published_by_management(city, staff):
    """CQ-4.3-4, BJ-6-2."""
    inst = instrument(staff)
    with pytest.raises(DomainError):
        instrument(staff)  # same version again
    with pytest.raises(DomainError):
        instrument_publish(actor=staff.d1_counsellor, name="x", version="1", kind="other", licence="l", purpose="p",
                           target_group="t", effective_from=DAY, now=at(DAY))
    assert instrument(staff, "2.0").pk != inst.pk


def test_results_need_an_agreed_plan_and_a_selected_tool(city, staff):
    """CQ-7.1.6-1, CQ-7.1.6-2, CQ-5.1-3, CQ-4.6.1-4."""
    inst = instrument(staff)
    with pytest.raises(DomainError) as exc:
        plan_propose(actor=staff.d1_counsellor, unit=city.d1, subject_label="林晓雨", purpose="p", instruments=[inst],
                     tool_reasons={}, schedule="s", mode="m", result_use="r", now=at(DAY))
    assert "tool_reasons" in exc.value.field_errors
    p = plan(staff, city, inst)
    with pytest.raises(DomainError) as exc:
        administration_record(actor=staff.d1_counsellor, plan=p, method="tool", instrument=inst, result={"RIASEC": "SA"},
                              administered_on=DAY, now=at(DAY))
    assert exc.value.code == "plan_not_agreed"
    plan_agree(actor=staff.d1_counsellor, plan=p, method="signature", now=at(DAY))
    other = instrument(staff, "9.9")
    with pytest.raises(DomainError):
        administration_record(actor=staff.d1_counsellor, plan=p, method="tool", instrument=other, result={},
                              administered_on=DAY, now=at(DAY))
    with pytest.raises(DomainError):
        administration_record(actor=staff.d1_head, plan=p, method="interview", result={}, administered_on=DAY,
                              now=at(DAY))
    adm = administration_record(actor=staff.d1_counsellor, plan=p, method="tool", instrument=inst,
                                result={"RIASEC": "SA"}, administered_on=DAY, now=at(DAY))
    assert adm.instrument.version == "1.0"
    interview = administration_record(actor=staff.d1_counsellor, plan=p, method="interview", result={"note": "沟通良好"},
                                      administered_on=DAY, now=at(DAY))
    assert interview.instrument is None


def test_report_cites_same_worker_and_feedback_is_due_in_5_working_days(city, staff):
    """CQ-7.1.7-1, CQ-7.1.7-2."""
    inst = instrument(staff)
    p = plan(staff, city, inst)
    plan_agree(actor=staff.d1_counsellor, plan=p, method="online", now=at(DAY))
    adm = administration_record(actor=staff.d1_counsellor, plan=p, method="tool", instrument=inst, result={"x": 1},
                                administered_on=DAY, now=at(DAY))
    stranger = plan(staff, city, inst, case_id=8)
    plan_agree(actor=staff.d1_counsellor, plan=stranger, method="online", now=at(DAY))
    foreign = administration_record(actor=staff.d1_counsellor, plan=stranger, method="interview", result={},
                                    administered_on=DAY, now=at(DAY))
    with pytest.raises(DomainError):
        report_finalise(actor=staff.d1_counsellor, plan=p, analysis="适合服务类岗位", cites=[], now=at(DAY))
    with pytest.raises(DomainError):
        report_finalise(actor=staff.d1_counsellor, plan=p, analysis="适合服务类岗位", cites=[foreign], now=at(DAY))
    report = report_finalise(actor=staff.d1_counsellor, plan=p, analysis="适合服务类岗位", cites=[adm], now=at(DAY))
    assert report.status == "pending_feedback"
    duty = Duty.objects.get(kind="cq_report_feedback")
    assert duty.due_date == dt.date(2024, 6, 11)  # 3 June + 5 working days, 10 June holiday skipped
    report_feed_back(actor=staff.d1_counsellor, report=report, channel="offline", acknowledgement="本人签字",
                     now=at(dt.date(2024, 6, 11)))
    duty.refresh_from_db()
    assert (report.status, duty.status) == ("fed_back", "done")


def test_late_feedback_is_flagged(city, staff):
    """CQ-7.1.7-2: feedback the working day after the due date is late."""
    inst = instrument(staff)
    p = plan(staff, city, inst)
    plan_agree(actor=staff.d1_counsellor, plan=p, method="online", now=at(DAY))
    adm = administration_record(actor=staff.d1_counsellor, plan=p, method="interview", result={}, administered_on=DAY,
                                now=at(DAY))
    report = report_finalise(actor=staff.d1_counsellor, plan=p, analysis="a", cites=[adm], now=at(DAY))
    report_feed_back(actor=staff.d1_counsellor, report=report, channel="online", acknowledgement="线上确认",
                     now=at(dt.date(2024, 6, 12)))
    assert Duty.objects.get(kind="cq_report_feedback").status == "late_done"
