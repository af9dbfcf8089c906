"""Each district's own early-warning indicators and thresholds on the city's basis (BJ-58-1, BJ-58-2)."""
import datetime as dt

import pytest
from django.urls import reverse

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError, NotFound
from careerguide.duties.kinds import DutyKind, kind_declare
from careerguide.duties.models import WarningIndicator
from careerguide.duties.rules import indicator_breached
from careerguide.duties.selectors import early_warning_summary
from careerguide.duties.services import (
    DutySpec,
    duty_fulfil,
    duty_schedule,
    warning_indicator_add,
    warning_indicator_deactivate,
)
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.policy.services import policy_override_create

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 3, 10)
kind_declare(DutyKind("test.callback", "测试回电"))


def owe(actor, unit, subject, due, kind="test.callback"):
    return duty_schedule(actor=actor, subject=subject, spec=DutySpec(kind=kind, title="回电", clause="BJ-58-1",
                                                                     due_date=due, unit=unit))


@pytest.fixture
def duties(city, staff):
    """甲区一街道: two overdue call-backs; 甲区二街道: one done on time; 开发区一街道: two overdue call-backs."""
    a = make_job_seeker(staff.s11_counsellor, city.s11)
    b = make_job_seeker(staff.s12_caseworker, city.s12)
    c = make_job_seeker(staff.d2_counsellor, city.s21)
    for _ in range(2):
        owe(staff.s11_counsellor, city.s11, a, TODAY - dt.timedelta(days=2))
        owe(staff.d2_counsellor, city.s21, c, TODAY - dt.timedelta(days=2))
    duty_fulfil(actor=staff.s12_caseworker, duty=owe(staff.s12_caseworker, city.s12, b, TODAY), on=TODAY)
    owe(staff.s12_caseworker, city.s12, b, TODAY + dt.timedelta(days=5), kind="test.other")


def alerts(summary):
    return sorted((a.indicator.name, a.row_label, a.value) for a in summary.alerts)


@pytest.mark.parametrize("metric, threshold, overdue, on_time, late, expected", [
    ("max_overdue", 1, 1, 0, 1, (False, 1)),      # at the limit: no alert
    ("max_overdue", 1, 2, 0, 2, (True, 2)),
    ("min_on_time_percent", 50, 1, 1, 1, (False, 50.0)),  # exactly at the minimum: no alert
    ("min_on_time_percent", 51, 1, 1, 1, (True, 50.0)),
    ("min_on_time_percent", 90, 0, 0, 0, (False, None)),  # nothing due yet: no rate, no alert
])
def test_indicator_boundaries(metric, threshold, overdue, on_time, late, expected):
    """BJ-58-2: an alert when the count is above the maximum or the rate below the minimum, never at it."""
    assert indicator_breached(metric=metric, threshold=threshold, overdue=overdue, on_time=on_time, late=late) == expected


def test_a_districts_own_indicator_covers_its_own_streets_only(duties, city, staff):
    """BJ-58-2: 甲区 adds "overdue call-backs at most 1"; it flags 甲区一街道, not 开发区一街道, and the city's view of
    the districts shows it on 甲区's row only."""
    warning_indicator_add(actor=staff.d1_head, unit=city.d1, name="回电逾期件数", kind="test.callback",
                          metric="max_overdue", threshold=1, now=dt.datetime(2026, 3, 9, 9, tzinfo=dt.timezone.utc))
    d1 = early_warning_summary(actor=staff.d1_head, unit_id=None, today=TODAY)
    assert alerts(d1) == [("回电逾期件数", "甲区一街道", 2)]
    d2 = early_warning_summary(actor=staff.city_admin, unit_id=city.d2.pk, today=TODAY)
    assert d2.indicators == [] and d2.alerts == []
    city_view = early_warning_summary(actor=staff.city_admin, unit_id=None, today=TODAY)
    assert alerts(city_view) == [("回电逾期件数", "甲区就业服务中心", 2)]
    assert AuditEvent.objects.filter(object_type="duties.warningindicator", action="create", clause="BJ-58-2").exists()


def test_the_citys_indicator_covers_every_district_and_a_kind_filter_narrows_it(duties, city, staff):
    """BJ-58-1: a city indicator applies everywhere; an indicator on one kind ignores the others."""
    warning_indicator_add(actor=staff.city_admin, unit=city.city, name="全部事项逾期", metric="max_overdue", threshold=0)
    warning_indicator_add(actor=staff.city_admin, unit=city.city, name="其他事项逾期", kind="test.other",
                          metric="max_overdue", threshold=0)
    summary = early_warning_summary(actor=staff.city_admin, unit_id=None, today=TODAY)
    assert alerts(summary) == [("全部事项逾期", "开发区就业服务中心", 2), ("全部事项逾期", "甲区就业服务中心", 2)]


def test_a_district_threshold_and_indicator_sit_beside_each_other(duties, city, staff):
    """BJ-58-2: the district's own on-time threshold (a policy override) and its own on-time indicator both flag
    its streets; the other district keeps the city's threshold."""
    policy_override_create(actor=staff.d1_head, key="bj.early_warning_min_on_time_percent", unit=city.d1, value=95,
                           effective_from=TODAY, reason="本区从严", now=dt.datetime(2026, 3, 9, 9, tzinfo=dt.timezone.utc))
    warning_indicator_add(actor=staff.d1_head, unit=city.d1, name="回电按时率", kind="test.callback",
                          metric="min_on_time_percent", threshold=60)
    d1 = early_warning_summary(actor=staff.d1_head, unit_id=None, today=TODAY)
    assert d1.threshold == 0.95
    assert {r.label: d1.below_threshold(r) for r in d1.by_unit} == {"甲区一街道": True, "甲区二街道": False}
    assert alerts(d1) == [("回电按时率", "甲区一街道", 0.0)]
    assert early_warning_summary(actor=staff.city_admin, unit_id=city.d2.pk, today=TODAY).threshold == 0.9


def test_only_the_city_or_the_district_itself_sets_indicators_and_bad_input_saves_nothing(duties, city, staff):
    """BJ-58-2: a street cannot set one, another district's is out of reach, every bad value is named."""
    from careerguide.accounts.roles import Role
    from careerguide.accounts.tests.factories import make_user

    s11_head = make_user("s11-head", city.s11, [Role.UNIT_HEAD])
    with pytest.raises(DomainError) as exc:
        warning_indicator_add(actor=s11_head, unit=city.s11, name="街道指标", metric="max_overdue", threshold=1)
    assert exc.value.code == "wrong_level"
    with pytest.raises(NotFound):
        warning_indicator_add(actor=staff.d1_head, unit=city.d2, name="越权", metric="max_overdue", threshold=1)
    with pytest.raises(DomainError) as exc:
        warning_indicator_add(actor=staff.d1_head, unit=city.d1, name=" ", kind="no.such", metric="x", threshold=-1)
    assert set(exc.value.field_errors) == {"name", "kind", "metric", "threshold"}
    with pytest.raises(DomainError) as exc:
        warning_indicator_add(actor=staff.d1_head, unit=city.d1, name="按时率", metric="min_on_time_percent",
                              threshold=101)
    assert list(exc.value.field_errors) == ["threshold"]
    assert not WarningIndicator.objects.exists()
    indicator = warning_indicator_add(actor=staff.d1_head, unit=city.d1, name="按时率", metric="min_on_time_percent",
                                      threshold=80)
    with pytest.raises(DomainError):
        warning_indicator_add(actor=staff.d1_head, unit=city.d1, name="按时率", metric="max_overdue", threshold=3)
    warning_indicator_deactivate(actor=staff.d1_head, indicator=indicator)
    assert early_warning_summary(actor=staff.d1_head, unit_id=None, today=TODAY).indicators == []


def test_indicator_page_adds_and_refuses_in_chinese(client, duties, city, staff):
    """BJ-58-2 through the page and the API."""
    client.force_login(staff.d1_head)
    url = reverse("duties:indicator_add")
    bad = client.post(url, {"unit": city.d1.pk, "name": "回电逾期", "kind": "", "metric": "min_on_time_percent",
                            "threshold": 120})
    assert bad.status_code == 400 and "阈值应为0以上的整数" in bad.content.decode()
    assert not WarningIndicator.objects.exists()
    assert client.post(url, {"unit": city.d1.pk, "name": "回电逾期", "kind": "test.callback", "metric": "max_overdue",
                             "threshold": 1}).status_code == 302
    page = client.get(reverse("duties:early_warning")).content.decode()
    assert "回电逾期预警（当前2，阈值1）" in page
    api = client.get("/api/duties/early-warning").json()
    assert api["alerts"] == [{"indicator_id": WarningIndicator.objects.get().pk, "row": "甲区一街道", "value": 2}]
    response = client.post("/api/duties/indicators", {"name": "x", "metric": "max_overdue", "threshold": 1,
                                                      "unit_id": city.d2.pk}, content_type="application/json")
    assert response.status_code == 404


@pytest.mark.parametrize(("satisfied", "answered", "expected"), [
    (4, 5, (False, 80.0)),   # at the minimum: no alert
    (3, 4, (True, 75.0)),    # below it
    (0, 0, (False, None)),   # no survey answered: no rate, no alert
])
def test_satisfaction_indicator_boundaries(satisfied, answered, expected):
    """BJ-58-1: a survey-result indicator alerts when the satisfied rate is below its minimum, never at it."""
    assert indicator_breached(metric="min_satisfied_percent", threshold=80, overdue=9, on_time=0, late=9,
                              satisfied=satisfied, answered=answered) == expected


def test_an_unregistered_measure_counts_nothing():
    """BJ-58-1: the duties app reads survey results only through a registered measure."""
    from careerguide.duties.measures import measure_counts

    assert measure_counts("no-such-measure", unit=None, start=TODAY, end=TODAY) == {}


@pytest.mark.parametrize(("failed", "expected"), [(1, (False, 1)), (2, (True, 2))])
def test_failed_evaluation_indicator_boundaries(failed, expected):
    """BJ-58-1: at most one agency graded 不合格: one is at the limit, two raise the alert."""
    assert indicator_breached(metric="max_failed_agencies", threshold=1, overdue=0, on_time=0, late=0,
                              failed=failed) == expected


@pytest.mark.parametrize(("exceptions", "expected"), [(3, (False, 3)), (4, (True, 4))])
def test_quality_exception_indicator_boundaries(exceptions, expected):
    """BJ-58-1: at most three open information-quality exceptions: three is at the limit, four raise the alert."""
    assert indicator_breached(metric="max_quality_exceptions", threshold=3, overdue=0, on_time=0, late=0,
                              exceptions=exceptions) == expected
