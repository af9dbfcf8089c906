"""Performance evaluation of every agency by the city and by each district, with indicators computed from the data
(BJ-55-1)."""
import datetime as dt

import pytest
import time_machine

from careerguide.common.errors import DomainError
from careerguide.duties.services import DutySpec, duty_fulfil, duty_schedule
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.ledgers.selectors import ledger_entries
from careerguide.matching.tests.factories import at
from careerguide.supervision.models import PerformanceEvaluation
from careerguide.supervision.selectors import own_evaluation_results
from careerguide.supervision.services.evaluations import evaluation_create, evaluation_publish, evaluation_row_grade
from careerguide.supervision.services.surveys import survey_phone_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity(city, staff):
    """In March 2026: 甲区一街道 registers two people, meets one duty on time and misses one, one satisfied survey;
    开发区一街道 registers one."""
    a = register_job_seeker(staff.s11_counsellor, city.s11, now=at(2026, 3, 2))
    register_job_seeker(staff.s11_counsellor, city.s11, now=at(2026, 3, 3))
    register_job_seeker(staff.d2_counsellor, city.s21, now=at(2026, 3, 4))
    for due, done_on in ((dt.date(2026, 3, 10), dt.date(2026, 3, 9)), (dt.date(2026, 3, 12), None)):
        duty = duty_schedule(actor=staff.s11_counsellor, subject=a, spec=DutySpec(
            kind="test.kind", title="回访", clause="BJ-27-1", due_date=due, unit=city.s11))
        if done_on:
            duty_fulfil(actor=staff.s11_counsellor, duty=duty, on=done_on)
    survey_phone_record(actor=staff.s11_counsellor, entry=ledger_entries(subject=a).first(), score=5, now=at(2026, 3, 5))


def test_the_city_evaluates_every_agency_and_a_district_its_own(city, staff, activity):
    """BJ-55-1: indicators are computed per agency from the records and scoped by level: the city's evaluation has
    a row for every agency of the city, a district's for every agency of its district only."""
    evaluation = evaluation_create(actor=staff.city_admin, year=2026, quarter=1, now=at(2026, 4, 2))
    rows = {r.unit.name: r.indicators for r in evaluation.rows.select_related("unit")}
    assert set(rows) == {"甲区就业服务中心", "开发区就业服务中心", "甲区一街道", "甲区二街道", "开发区一街道", "一街道甲社区"}
    s11 = rows["甲区一街道"]
    assert (s11["registrations"], s11["duties_on_time"], s11["duties_late"], s11["on_time_rate"]) == (2, 1, 1, 0.5)
    assert (s11["surveys_answered"], s11["satisfaction_rate"]) == (1, 1.0) and s11["services"] >= 2
    assert rows["开发区一街道"]["registrations"] == 1 and rows["开发区一街道"]["on_time_rate"] is None
    district = evaluation_create(actor=staff.d1_head, year=2026, quarter=1, now=at(2026, 4, 2))
    assert {r.unit.name for r in district.rows.select_related("unit")} == {"甲区一街道", "甲区二街道", "一街道甲社区"}


def test_periods_levels_and_duplicates_are_refused(city, staff, activity):
    """BJ-55-1: only the city or a district organises it, for a period that has ended, once per period."""
    from careerguide.accounts.roles import Role
    from careerguide.accounts.tests.factories import make_user

    with pytest.raises(DomainError) as exc:
        evaluation_create(actor=staff.city_admin, year=2026, quarter=2, now=at(2026, 4, 2))
    assert exc.value.code == "bad_period"
    with pytest.raises(DomainError) as exc:
        evaluation_create(actor=staff.city_admin, year=2026, quarter=5, now=at(2026, 4, 2))
    assert list(exc.value.field_errors) == ["quarter"]
    with pytest.raises(DomainError) as exc:
        evaluation_create(actor=make_user("s11-head", city.s11, [Role.UNIT_HEAD]), year=2026, quarter=1,
                          now=at(2026, 4, 2))
    assert exc.value.code == "wrong_level"
    evaluation_create(actor=staff.city_admin, year=2026, quarter=1, now=at(2026, 4, 2))
    with pytest.raises(DomainError) as exc:
        evaluation_create(actor=staff.city_admin, year=2026, quarter=1, now=at(2026, 4, 3))
    assert exc.value.code == "duplicate"
    assert PerformanceEvaluation.objects.count() == 1


def test_grades_then_publication_and_each_agency_sees_its_own_result(city, staff, activity):
    """BJ-55-1: the evaluator grades and publishes; the evaluated agency reads its published result; after
    publication nothing changes."""
    evaluation = evaluation_create(actor=staff.d1_head, year=2026, quarter=1, now=at(2026, 4, 2))
    row = evaluation.rows.get(unit=city.s11)
    with pytest.raises(DomainError):
        evaluation_row_grade(actor=staff.d1_head, row=row, grade="best")
    with pytest.raises(DomainError):
        evaluation_row_grade(actor=staff.city_admin, row=row, grade="good")  # not the evaluator
    evaluation_row_grade(actor=staff.d1_head, row=row, grade="good", comment="按时率有待提高")
    assert list(own_evaluation_results(actor=staff.s11_counsellor)) == []  # not published yet
    evaluation_publish(actor=staff.d1_head, evaluation=evaluation, summary="总体良好", now=at(2026, 4, 10))
    results = list(own_evaluation_results(actor=staff.s11_counsellor))
    assert [(r.grade, r.comment) for r in results] == [("good", "按时率有待提高")]
    with pytest.raises(DomainError):
        evaluation_row_grade(actor=staff.d1_head, row=row, grade="excellent")


def test_evaluation_pages(client, city, staff, activity):
    """BJ-55-1 through the pages and the API."""
    client.force_login(staff.d1_head)
    with time_machine.travel(at(2026, 4, 2), tick=False):
        bad = client.post("/supervision/evaluations/", {"year": 2026, "quarter": "2"})
        assert bad.status_code == 400 and "评估期结束后方可开展评估" in bad.content.decode()
        response = client.post("/supervision/evaluations/", {"year": 2026, "quarter": "1"})
        assert response.status_code == 302
        evaluation = PerformanceEvaluation.objects.get()
        page = client.get(response.url).content.decode()
        assert "甲区一街道" in page and "50%" in page and "开发区一街道" not in page
        api = client.get(f"/api/supervision/evaluations/{evaluation.pk}").json()
        assert {r["unit"] for r in api["rows"]} == {"甲区一街道", "甲区二街道", "一街道甲社区"}
    client.force_login(staff.d2_counsellor)
    assert client.get(f"/supervision/evaluations/{evaluation.pk}/").status_code == 404


def test_a_failed_evaluation_feeds_the_early_warning(city, staff, activity):
    """BJ-58-1: the early warning draws on performance evaluation: the city's "不合格机构不超过0个" flags 甲区 once 甲区
    grades 甲区一街道 不合格 and publishes, not while the evaluation is a draft; a later published 合格 of the same
    street clears it (its latest evaluation counts)."""
    from careerguide.duties.selectors import early_warning_summary
    from careerguide.duties.services import warning_indicator_add

    indicator = warning_indicator_add(actor=staff.city_admin, unit=city.city, name="不合格机构",
                                      metric="max_failed_agencies", threshold=0, now=at(2026, 4, 1))
    first = evaluation_create(actor=staff.d1_head, year=2026, quarter=1, now=at(2026, 4, 2))
    evaluation_row_grade(actor=staff.d1_head, row=first.rows.get(unit=city.s11), grade="fail", comment="逾期较多")

    def alerts(day):
        summary = early_warning_summary(actor=staff.city_admin, unit_id=None, today=day)
        return [(a.indicator, a.row_label, a.value) for a in summary.alerts]

    assert alerts(dt.date(2026, 4, 5)) == []  # a draft counts for nothing
    evaluation_publish(actor=staff.d1_head, evaluation=first, now=at(2026, 4, 10))
    assert alerts(dt.date(2026, 4, 12)) == [(indicator, "甲区就业服务中心", 1)]
    d1_view = early_warning_summary(actor=staff.d1_head, unit_id=None, today=dt.date(2026, 4, 12))
    assert [(a.row_label, a.value) for a in d1_view.alerts] == [("甲区一街道", 1)]
    second = evaluation_create(actor=staff.d1_head, year=2026, quarter=2, now=at(2026, 7, 2))
    evaluation_row_grade(actor=staff.d1_head, row=second.rows.get(unit=city.s11), grade="pass")
    evaluation_publish(actor=staff.d1_head, evaluation=second, now=at(2026, 7, 6))
    assert alerts(dt.date(2026, 7, 8)) == []
