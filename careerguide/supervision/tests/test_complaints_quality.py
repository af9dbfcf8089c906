import datetime as dt

import pytest

from careerguide.common.errors import DomainError, NotFound
from careerguide.duties.services import DutySpec, duty_schedule
from careerguide.supervision.selectors import quality_exceptions
from careerguide.supervision.services.complaints import complaint_assign, complaint_close, complaint_record

pytestmark = pytest.mark.django_db


def test_complaint_recorded_assigned_and_closed_with_result_and_reply(staff, city):
    """BJ-5-4: recorded with complainant, channel, subject, content and date; assigned; closed with result and reply."""
    c = complaint_record(actor=staff.d1_head, unit=city.d1, complainant="郑先生", channel="phone", subject_kind="posting",
                         subject_label="某公司仓库分拣员招聘", content="招聘信息薪酬与实际不符", received_on=dt.date(2026, 3, 2))
    assert c.status == "recorded"
    with pytest.raises(DomainError):
        complaint_assign(actor=staff.d1_head, complaint=c, handler=staff.d2_counsellor)  # outside the district
    complaint_assign(actor=staff.d1_head, complaint=c, handler=staff.d1_counsellor)
    with pytest.raises(DomainError):
        complaint_close(actor=staff.d1_head, complaint=c, result="已核实", reply="", replied_on=dt.date(2026, 3, 6))
    c.refresh_from_db()
    assert c.status == "assigned" and c.result == ""
    complaint_close(actor=staff.d1_head, complaint=c, result="已责令企业更正", reply="已电话答复", replied_on=dt.date(2026, 3, 6))
    c.refresh_from_db()
    assert (c.status, c.reply, c.handler) == ("closed", "已电话答复", staff.d1_counsellor)
    with pytest.raises(NotFound):
        complaint_record(actor=staff.d2_counsellor, unit=city.d1, complainant="某", channel="phone", subject_kind="agency",
                         subject_label="甲区", content="x", received_on=dt.date(2026, 3, 2))


def test_quality_monitoring_lists_overdue_duties_per_agency_scoped(staff, city):
    """BJ-5-3: exceptions per agency, overdue deadlines included; a district sees only its own subtree."""
    seeker_unit = city.s11
    duty_schedule(actor=staff.d1_head, subject=city.s11, spec=DutySpec(kind="test.kind", title="逾期事项", clause="BJ-5-3",
                                                                    due_date=dt.date(2026, 3, 2), unit=seeker_unit))
    duty_schedule(actor=staff.city_admin, subject=city.s21, spec=DutySpec(kind="test.kind", title="逾期事项", clause="BJ-5-3",
                                                                       due_date=dt.date(2026, 3, 2), unit=city.s21))
    on_due_day = quality_exceptions(actor=staff.city_admin, today=dt.date(2026, 3, 2))
    assert {r["unit"].code: r["overdue_duty"] for r in on_due_day["rows"] if r["overdue_duty"]} == {}  # due today: not yet late
    day_after = quality_exceptions(actor=staff.city_admin, today=dt.date(2026, 3, 3))
    assert {r["unit"].code: r["overdue_duty"] for r in day_after["rows"]} == {"T-S11": 1, "T-S21": 1}
    district = quality_exceptions(actor=staff.d1_head, today=dt.date(2026, 3, 3))
    assert [r["unit"].code for r in district["rows"]] == ["T-S11"]


def test_information_quality_exceptions_feed_the_early_warning(staff, city):
    """BJ-58-1: the early warning draws on the daily quality checks of ledgers and records (BJ-5-3): the city's
    "信息质量异常不超过0条" flags 甲区 (a registration without the occupation sought), not 开发区 (no records); in
    甲区's own view the alert is on 甲区一街道 only; overdue duties are not counted twice."""
    from careerguide.duties.selectors import early_warning_summary
    from careerguide.duties.services import warning_indicator_add
    from careerguide.job_seekers.tests.factories import register_job_seeker
    from careerguide.matching.tests.factories import at

    register_job_seeker(staff.s11_counsellor, city.s11, full_name="未填求职职业", now=at(2026, 3, 3))
    indicator = warning_indicator_add(actor=staff.city_admin, unit=city.city, name="信息质量", threshold=0,
                                      metric="max_quality_exceptions", now=at(2026, 3, 3))
    day = dt.date(2026, 3, 4)
    rows = quality_exceptions(actor=staff.city_admin, today=day)["rows"]
    expected = sum(r["total"] - r["overdue_duty"] for r in rows if r["unit"].path.startswith(city.d1.path))
    assert expected >= 1 and all(r["missing_content"] >= 1 for r in rows if r["unit"] == city.s11)
    city_view = early_warning_summary(actor=staff.city_admin, unit_id=None, today=day)
    assert [(a.indicator, a.row_label, a.value) for a in city_view.alerts] == [(indicator, "甲区就业服务中心", expected)]
    d1_view = early_warning_summary(actor=staff.d1_head, unit_id=None, today=day)
    assert [(a.row_label, a.value) for a in d1_view.alerts] == [("甲区一街道", expected)]
