"""Quality monitoring and early warning: per unit and per kind, drillable, scoped (BJ-58-1, BJ-4-3)."""
import datetime as dt

import pytest
from django.urls import reverse

from careerguide.common.errors import NotFound
from careerguide.duties.kinds import DutyKind, kind_declare
from careerguide.duties.selectors import duty_worklist, early_warning_summary
from careerguide.duties.services import DutySpec, duty_fulfil, duty_schedule
from careerguide.job_seekers.tests.factories import make_job_seeker

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 3, 10)
kind_declare(DutyKind("test.visit", "测试回访"))


def owe(actor, unit, subject, due, kind="test.visit", assignee=None):
    return duty_schedule(actor=actor, subject=subject, spec=DutySpec(kind=kind, title="回访", clause="BJ-27-7", due_date=due,
                                                                     unit=unit, assignee=assignee))


@pytest.fixture
def duties(city, staff):
    s11 = make_job_seeker(staff.s11_counsellor, city.s11)
    s12 = make_job_seeker(staff.s12_caseworker, city.s12)
    s21 = make_job_seeker(staff.d2_counsellor, city.s21)
    owe(staff.s11_counsellor, city.s11, s11, TODAY - dt.timedelta(days=1), assignee=staff.s11_counsellor)  # overdue
    owe(staff.s11_counsellor, city.k111, s11, TODAY, kind="test.other")  # open, due today, at the community station
    done = owe(staff.s12_caseworker, city.s12, s12, TODAY - dt.timedelta(days=3))
    duty_fulfil(actor=staff.s12_caseworker, duty=done, on=TODAY - dt.timedelta(days=3))  # on time
    late = owe(staff.s12_caseworker, city.s12, s12, TODAY - dt.timedelta(days=5))
    duty_fulfil(actor=staff.s12_caseworker, duty=late, on=TODAY - dt.timedelta(days=2))  # late
    owe(staff.d2_counsellor, city.s21, s21, TODAY - dt.timedelta(days=1))  # overdue in the other district


def rows(summary):
    return {r.label: (r.open, r.overdue, r.on_time, r.late) for r in summary.by_unit}


def test_city_view_rolls_up_by_district(duties, city, staff):
    """BJ-58-1: city-level monitoring shows overdue counts and on-time rates per district."""
    summary = early_warning_summary(actor=staff.city_admin, unit_id=None, today=TODAY)
    assert rows(summary) == {"甲区就业服务中心": (2, 1, 1, 2), "开发区就业服务中心": (1, 1, 0, 1)}
    assert (summary.total.open, summary.total.overdue, summary.total.on_time, summary.total.late) == (3, 2, 1, 3)
    assert summary.total.on_time_rate == 0.25


def test_drill_down_into_a_district_and_by_kind(duties, city, staff):
    """BJ-58-1: the city drills into a district's streets, and the split by duty kind (a district's own indicators
    and thresholds are proven in test_indicators.py)."""
    summary = early_warning_summary(actor=staff.city_admin, unit_id=city.d1.pk, today=TODAY)
    assert rows(summary) == {"甲区一街道": (2, 1, 0, 1), "甲区二街道": (0, 0, 1, 1)}
    assert {r.label: (r.open, r.overdue) for r in summary.by_kind} == {"测试回访": (1, 1), "测试事项 test.other": (1, 0)}
    street = early_warning_summary(actor=staff.city_admin, unit_id=city.s11.pk, today=TODAY)
    assert rows(street) == {"甲区一街道": (1, 1, 0, 1), "一街道甲社区": (1, 0, 0, 0)}


def test_district_cannot_look_into_another_district(duties, city, staff):
    """BJ-4-3: the early-warning view is scoped like everything else."""
    with pytest.raises(NotFound):
        early_warning_summary(actor=staff.d1_counsellor, unit_id=city.d2.pk, today=TODAY)
    own = early_warning_summary(actor=staff.d1_counsellor, unit_id=None, today=TODAY)
    assert own.unit == city.d1


def test_worklist_buckets(duties, city, staff):
    worklist = duty_worklist(actor=staff.s11_counsellor, today=TODAY)
    assert [d.due_date for d in worklist.overdue] == [TODAY - dt.timedelta(days=1)]
    assert worklist.today == [] and worklist.this_week == []


def test_early_warning_page(client, duties, city, staff):
    client.force_login(staff.city_admin)
    html = client.get(reverse("duties:early_warning"), {"unit": city.d1.pk}).content.decode()
    assert "甲区一街道" in html and "测试回访" in html
    client.force_login(staff.d2_counsellor)
    assert client.get(reverse("duties:early_warning"), {"unit": city.d1.pk}).status_code == 404


def test_rows_below_the_districts_own_threshold_are_flagged(duties, city, staff):
    """BJ-58-2: a district sets its own alert threshold; rows below it are flagged."""
    from careerguide.policy.services import policy_override_create

    city_view = early_warning_summary(actor=staff.city_admin, unit_id=city.d1.pk, today=TODAY)
    assert city_view.threshold == 0.9
    assert [city_view.below_threshold(r) for r in city_view.by_unit] == [True, True]  # rates 0 and 0.5
    policy_override_create(actor=staff.city_admin, key="bj.early_warning_min_on_time_percent", unit=city.d1, value=40,
                           effective_from=TODAY, reason="本区试行阈值", now=dt.datetime(2026, 3, 9, 9, tzinfo=dt.timezone.utc))
    district_view = early_warning_summary(actor=staff.city_admin, unit_id=city.d1.pk, today=TODAY)
    assert district_view.threshold == 0.4
    assert {r.label: district_view.below_threshold(r) for r in district_view.by_unit} == {"甲区一街道": True, "甲区二街道": False}
    other = early_warning_summary(actor=staff.city_admin, unit_id=city.d2.pk, today=TODAY)
    assert other.threshold == 0.9


def test_drill_down_by_kind_lists_the_overdue_duties(client, duties, city, staff):
    """BJ-58-1: from a kind's row to the overdue duties behind it, scoped to the chosen unit."""
    client.force_login(staff.city_admin)
    html = client.get(reverse("duties:early_warning"), {"kind": "test.visit"}).content.decode()
    assert html.count('<tr><td>回访</td>') == 2  # one in d1 (s11), one in d2 (s21)
    html = client.get(reverse("duties:early_warning"), {"kind": "test.visit", "unit": city.d1.pk}).content.decode()
    assert html.count('<tr><td>回访</td>') == 1 and "甲区一街道" in html


def test_unit_head_worklist_shows_the_units_duties(duties, city, staff):
    from careerguide.accounts.roles import Role
    from careerguide.accounts.tests.factories import make_user

    head = make_user("s12-head", city.s12, [Role.UNIT_HEAD])
    s12_seeker = make_job_seeker(staff.s12_caseworker, city.s12)
    owe(staff.s12_caseworker, city.s12, s12_seeker, TODAY, assignee=staff.s12_caseworker)
    assert [d.unit for d in duty_worklist(actor=head, today=TODAY).today] == [city.s12]
