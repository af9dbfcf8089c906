"""Resolving a setting for a unit on a date: unit, then ancestors up to the city, then the default."""
import datetime as dt

import pytest

from careerguide.policy.models import PolicyOverride
from careerguide.policy.selectors import policy_get, policy_list, policy_snapshot, policy_value

pytestmark = pytest.mark.django_db
KEY = "bj.key_enterprise_quarter_warning_days"  # default 15
DAY = dt.date(2030, 3, 1)


def override(unit, by, value, effective_from, key=KEY):
    return PolicyOverride.objects.create(key=key, unit=unit, value=value, effective_from=effective_from,
                                         reason="测试", created_by=by)


def test_default_when_nothing_is_overridden(city):
    assert policy_value(key=KEY, unit=city.s11, on=DAY) == 15
    assert policy_value(key=KEY, on=DAY) == 15


def test_district_override_beats_city_override_beats_default(city, staff):
    """BJ-58-2: a district sets its own thresholds on the city's basis."""
    override(city.city, staff.city_admin, 20, DAY)
    override(city.d1, staff.d1_head, 25, DAY)
    assert policy_value(key=KEY, unit=city.s11, on=DAY) == 25      # street under d1: its district
    assert policy_value(key=KEY, unit=city.d1, on=DAY) == 25
    assert policy_value(key=KEY, unit=city.s21, on=DAY) == 20      # street under d2: the city
    assert policy_value(key=KEY, unit=city.city, on=DAY) == 20
    assert policy_value(key=KEY, on=DAY) == 20                     # no unit: city-wide


def test_nearest_unit_wins_even_when_the_city_changes_later(city, staff):
    override(city.d1, staff.d1_head, 25, DAY)
    override(city.city, staff.city_admin, 20, DAY + dt.timedelta(days=30))
    assert policy_value(key=KEY, unit=city.s11, on=DAY + dt.timedelta(days=60)) == 25


@pytest.mark.parametrize("on, expected", [
    (DAY - dt.timedelta(days=1), 15),  # the day before: the default
    (DAY, 20),                          # the day of: in force
    (DAY + dt.timedelta(days=1), 20),  # the day after
])
def test_effective_date_boundaries(city, staff, on, expected):
    override(city.city, staff.city_admin, 20, DAY)
    assert policy_value(key=KEY, unit=city.s11, on=on) == expected


def test_a_newer_row_supersedes_from_its_own_date(city, staff):
    override(city.city, staff.city_admin, 20, DAY)
    override(city.city, staff.city_admin, 10, DAY + dt.timedelta(days=10))
    assert policy_value(key=KEY, unit=city.d2, on=DAY + dt.timedelta(days=9)) == 20
    assert policy_value(key=KEY, unit=city.d2, on=DAY + dt.timedelta(days=10)) == 10


def test_unknown_key_raises_key_error(city):
    with pytest.raises(KeyError, match="unknown policy setting"):
        policy_value(key="bj.no_such_setting", unit=city.s11, on=DAY)


def test_snapshot_resolves_every_setting_in_one_query(city, staff, django_assert_num_queries):
    override(city.city, staff.city_admin, 20, DAY)
    override(city.d1, staff.d1_head, [1, 3, 6, 12], DAY, key="bj.stability_follow_up_months")
    with django_assert_num_queries(1):
        snapshot = policy_snapshot(unit=city.k111, on=DAY)
    assert snapshot[KEY] == 20
    assert snapshot["bj.stability_follow_up_months"] == [1, 3, 6, 12]
    assert snapshot["hn.one_time_subsidy_yuan"] == 50000
    assert policy_snapshot(unit=city.s21, on=DAY)["bj.stability_follow_up_months"] == [1, 3, 6]


def test_decimal_values_come_back_as_decimals(city, staff):
    from decimal import Decimal

    override(city.city, staff.city_admin, "2.5", DAY, key="bj.chief_star_min_specialised_workdays_per_week")
    assert policy_value(key="bj.chief_star_min_specialised_workdays_per_week", unit=city.d1, on=DAY) == Decimal("2.5")


def test_list_shows_the_actors_effective_value_and_readable_history(city, staff):
    override(city.city, staff.city_admin, 20, DAY)
    override(city.d1, staff.d1_head, 25, DAY)
    override(city.d2, staff.city_admin, 12, DAY)

    def row(actor):
        groups = policy_list(actor=actor, on=DAY)
        return next(r for g in groups for r in g["rows"] if r.setting.key == KEY)

    s11 = row(staff.s11_counsellor)
    assert s11.value == 25 and s11.source.unit == city.d1
    assert {o.unit for o in s11.history} == {city.city, city.d1}        # not the other district's
    assert {o.unit for o in row(staff.city_admin).history} == {city.city, city.d1, city.d2}
    assert row(staff.d2_counsellor).value == 12


def test_get_unknown_key_is_not_found(staff):
    from careerguide.common.errors import NotFound

    with pytest.raises(NotFound):
        policy_get(actor=staff.city_admin, key="bj.nope", on=DAY)
