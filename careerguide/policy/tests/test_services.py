"""Creating overrides: who may, what values, from when; every refusal saves nothing."""
import datetime as dt

import pytest
from django.utils import timezone

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError
from careerguide.policy.models import AppendOnlyError, PolicyOverride
from careerguide.policy.registry import setting_get
from careerguide.policy.services import policy_override_create

pytestmark = pytest.mark.django_db
NOW = timezone.make_aware(dt.datetime(2030, 3, 1, 9, 0))
TODAY = dt.date(2030, 3, 1)
KEY = "bj.follow_up_survey_workdays"  # 10 working days, fixed by the document, may not be loosened


def counts():
    return PolicyOverride.objects.count(), AuditEvent.objects.count()


def create(actor, unit, value="8", key=KEY, effective_from=TODAY, reason="市局通知从严执行"):
    return policy_override_create(actor=actor, key=key, unit=unit, value=value, effective_from=effective_from,
                                  reason=reason, now=NOW)


def refused(**kwargs) -> DomainError:
    before = counts()
    with pytest.raises(DomainError) as exc:
        create(**kwargs)
    assert counts() == before
    return exc.value


def test_city_admin_sets_a_city_value_and_one_audit_event_is_written(city, staff):
    override = create(staff.city_admin, city.city)
    assert (override.key, override.value, override.effective_from, override.created_by) == (KEY, 8, TODAY, staff.city_admin)
    event = AuditEvent.objects.get(object_type="policy.policyoverride")
    assert (event.object_type, event.object_id, event.action, event.clause) == ("policy.policyoverride", str(override.pk), "create", setting_get(KEY).clause)
    assert event.object_unit_id == city.city.pk and event.reason == "市局通知从严执行"
    assert event.changes["after"] == {"key": KEY, "value": 8, "effective_from": "2030-03-01"}


def test_district_head_sets_own_district_value(city, staff):
    """BJ-58-2: each district may set its own thresholds."""
    override = create(staff.d1_head, city.d1, value="9")
    assert override.unit == city.d1 and override.value == 9


def test_city_admin_may_set_a_district_value(city, staff):
    assert create(staff.city_admin, city.d2).unit == city.d2


@pytest.mark.parametrize("actor, unit", [
    ("d1_head", "city"),            # a district head cannot set city-wide values
    ("d1_head", "d2"),              # nor another district's
    ("s11_counsellor", "d1"),       # a counsellor cannot set values at all
    ("d1_counsellor", "d1"),
    ("city_analyst", "city"),
])
def test_permission_refusals_save_nothing(city, staff, actor, unit):
    error = refused(actor=getattr(staff, actor), unit=getattr(city, unit))
    assert error.code == "forbidden" and "unit" in error.field_errors


def test_street_units_cannot_hold_overrides(city, staff):
    error = refused(actor=staff.city_admin, unit=city.s11)
    assert error.field_errors["unit"] == ["只能为市级或区级机构设定政策参数。"]


@pytest.mark.parametrize("key, value", [
    ("bj.follow_up_survey_workdays", "11"),       # a 10-working-day limit made longer
    ("bj.survey_max_interval_days", "31"),
    ("bj.job_fair_prepublication_workdays", "2"),  # less advance notice
    ("bj.annual_training_hours", "40"),
])
def test_loosening_a_beijing_limit_is_refused(city, staff, key, value):
    """BJ-5-8: a time limit the document fixes is the default and cannot be loosened."""
    error = refused(actor=staff.city_admin, unit=city.city, key=key, value=value)
    assert error.clause == "BJ-5-8"
    assert "只能从严调整，不能放宽" in error.field_errors["value"][0]


def test_loosening_is_refused_for_a_district_too(city, staff):
    """BJ-5-8 over BJ-58-2: a district's own threshold still may not loosen the document's limit."""
    refused(actor=staff.d1_head, unit=city.d1, value="12")


def test_loosening_another_documents_fixed_number_is_refused(city, staff):
    """HN-6-6: the panel has at least 7 experts."""
    error = refused(actor=staff.city_admin, unit=city.city, key="hn.min_panel_experts", value="5")
    assert error.clause == "HN-6-6"


def test_tightening_and_proposals_may_move_either_way(city, staff):
    assert create(staff.city_admin, city.city, key="bj.survey_max_interval_days", value="20").value == 20
    assert create(staff.city_admin, city.city, key="bj.key_enterprise_quarter_warning_days", value="30").value == 30
    assert create(staff.city_admin, city.city, key="bj.key_enterprise_quarter_warning_days", value="5").value == 5


@pytest.mark.parametrize("fields, field, message", [
    ({"value": "十"}, "value", "请输入整数。"),
    ({"value": "0"}, "value", "数值不能小于 1。"),
    ({"reason": "  "}, "reason", "请填写调整理由。"),
    ({"effective_from": TODAY - dt.timedelta(days=1)}, "effective_from", "生效日期不能早于今天。"),
    ({"effective_from": None}, "effective_from", "请填写生效日期。"),
])
def test_bad_input_names_the_field_in_chinese_and_saves_nothing(city, staff, fields, field, message):
    error = refused(actor=staff.city_admin, unit=city.city, **fields)
    assert error.field_errors[field] == [message]


def test_effective_today_is_accepted(city, staff):
    assert create(staff.city_admin, city.city, effective_from=TODAY).effective_from == TODAY


def test_unknown_key_is_refused(city, staff):
    error = refused(actor=staff.city_admin, unit=city.city, key="bj.nope")
    assert error.code == "unknown_key"


def test_decimal_and_list_values_are_stored_as_json(city, staff):
    d = create(staff.city_admin, city.city, key="bj.chief_star_min_specialised_workdays_per_week", value="2.5")
    assert d.value == "2.5"
    lst = create(staff.city_admin, city.city, key="bj.stability_follow_up_months", value="1,3,6,12")
    lst.refresh_from_db()
    assert lst.value == [1, 3, 6, 12]


def test_overrides_are_append_only(city, staff):
    override = create(staff.city_admin, city.city)
    override.value = 5
    with pytest.raises(AppendOnlyError):
        override.save()
    with pytest.raises(AppendOnlyError):
        override.delete()
    override.refresh_from_db()
    assert override.value == 8
