"""The registry of policy settings: complete, well-formed, traced to the catalogue (pure, no database)."""
import re
from decimal import Decimal
from pathlib import Path

import pytest

from careerguide.job_seekers.rules import POLICY_DEFAULTS
from careerguide.policy.definition import (
    DOCUMENTS,
    UNIT_LABELS,
    SettingDef,
    SettingValueError,
    from_json,
    loosens,
    parse_value,
    to_json,
)
from careerguide.policy.registry import SETTINGS, defaults, setting_get

CATALOGUE = Path(__file__).resolve().parents[3] / ".." / "shared" / "spec" / "requirements"
ID_ROW = re.compile(r"^\| ([A-Z]{2}-[0-9A-Za-z.]+-\d+) \|", re.MULTILINE)


def catalogue_ids() -> set[str]:
    if not CATALOGUE.is_dir():
        pytest.skip("the requirement catalogue (../shared/spec/requirements) is not beside the project")
    ids = set()
    for path in CATALOGUE.glob("*.md"):
        ids.update(ID_ROW.findall(path.read_text(encoding="utf-8")))
    return ids


def test_every_clause_exists_in_the_catalogue():
    ids = catalogue_ids()
    missing = sorted({s.clause for s in SETTINGS.values()} - ids)
    assert missing == []


def test_keys_are_unique_snake_case_and_grouped_by_document():
    assert len(SETTINGS) >= 60
    for key, setting in SETTINGS.items():
        assert key == setting.key
        assert re.fullmatch(r"(bj|cq|cz|hn|sd)\.[a-z][a-z0-9_]*", key), key
        assert setting.clause.split("-")[0].lower() == setting.document, key
    assert {s.document for s in SETTINGS.values()} == set(DOCUMENTS)


def test_duplicate_keys_are_refused():
    from careerguide.policy.registry import _index

    one = SettingDef("bj.x", "甲", "int", 1, "count", "BJ-11-1")
    with pytest.raises(ValueError):
        _index((one, one))


def test_every_setting_is_labelled_typed_and_its_default_fits():
    for setting in SETTINGS.values():
        assert re.search(r"[\u4e00-\u9fff]", setting.label), setting.key
        assert setting.unit in UNIT_LABELS
        if setting.loosen_direction is not None:
            assert setting.value_type in ("int", "decimal") and setting.default is not None


def test_job_seeker_rule_defaults_match_the_registry():
    """BJ-12-2, BJ-13-5, BJ-15-1: the numbers the job-seeker rules already use, same values and clauses."""
    for name, default in POLICY_DEFAULTS.items():
        setting = SETTINGS[f"bj.{name}"]
        assert (setting.default, setting.clause) == (default.value, default.clause)


@pytest.mark.parametrize("key, value, clause", [
    ("bj.no_contact_stop_months", 6, "BJ-13-5"),
    ("bj.job_ready_start_days", 14, "BJ-15-1"),
    ("bj.key_tier_min_level", 3, "BJ-12-2"),
    ("bj.followup_window_days", 7, "BJ-27-7"),
    ("bj.expert_consultation_min_failed_recommendations", 3, "BJ-28-1"),
    ("bj.welfare_post_min_failed_recommendations", 5, "BJ-30-1"),
    ("bj.job_fair_prepublication_workdays", 3, "BJ-43-2"),
    ("bj.key_enterprise_quarter_warning_days", 15, "BJ-48-7"),
    ("bj.annual_training_hours", 60, "BJ-69-1"),
    ("cq.material_lead_workdays", 2, "CQ-7.1.2-1"),
    ("cq.record_reverification_days", 180, "CQ-4.4-3"),
    ("cq.backup_retained_copies", 30, "CQ-4.4-4"),
    ("cz.notice_period_workdays", 5, "CZ-7-7"),
    ("cz.term_years", 5, "CZ-7-14"),
    ("hn.notice_period_workdays", 5, "HN-6-14"),
    ("hn.min_panel_experts", 7, "HN-6-6"),
    ("hn.one_time_subsidy_yuan", 50000, "HN-8-2"),
])
def test_document_numbers_are_registered(key, value, clause):
    setting = setting_get(key)
    assert (setting.default, setting.clause) == (value, clause)


def test_unknown_key_is_a_clear_key_error():
    with pytest.raises(KeyError, match="unknown policy setting 'bj.nope'"):
        setting_get("bj.nope")


@pytest.mark.parametrize("key, raw, expected", [
    ("bj.follow_up_survey_workdays", " 8 ", 8),
    ("bj.chief_star_min_specialised_workdays_per_week", "2.5", Decimal("2.5")),
    ("cq.rules_enabled", "否", False),
    ("cq.rules_enabled", "true", True),
    ("bj.stability_follow_up_months", "1，3, 6", [1, 3, 6]),
    ("sd.target_period_end", "2030-12-31", "2030-12-31"),
])
def test_parse_value_types(key, raw, expected):
    assert parse_value(SETTINGS[key], raw) == expected


@pytest.mark.parametrize("key, raw, message", [
    ("bj.follow_up_survey_workdays", "八", "请输入整数。"),
    ("bj.follow_up_survey_workdays", "0", "数值不能小于 1。"),
    ("bj.key_tier_min_level", "5", "数值不能大于 4。"),
    ("bj.chief_star_min_specialised_workdays_per_week", "abc", "请输入数字。"),
    ("cq.rules_enabled", "也许", "请填写“是”或“否”。"),
    ("bj.stability_follow_up_months", "1,,6", "请输入以逗号分隔的整数，例如：1,3,6。"),
    ("cz.barring_exit_grounds", "1,8", "数值不能大于 7。"),
    ("sd.target_period_end", "  ", "请填写参数值。"),
])
def test_parse_value_refusals_are_chinese(key, raw, message):
    with pytest.raises(SettingValueError) as exc:
        parse_value(SETTINGS[key], raw)
    assert exc.value.message == message


@pytest.mark.parametrize("key, value, loose", [
    ("bj.follow_up_survey_workdays", 11, True),   # a later deadline loosens (BJ-5-8)
    ("bj.follow_up_survey_workdays", 10, False),
    ("bj.follow_up_survey_workdays", 9, False),
    ("bj.annual_training_hours", 59, True),       # fewer hours loosens
    ("bj.annual_training_hours", 61, False),
    ("bj.key_enterprise_quarter_warning_days", 30, False),  # a proposal carries no direction
])
def test_loosening_is_judged_against_the_document_value(key, value, loose):
    """BJ-5-8: a limit the document fixes is the default and cannot be loosened."""
    assert loosens(SETTINGS[key], value) is loose


def test_json_round_trip_keeps_types_and_copies_lists():
    setting = SETTINGS["bj.chief_star_min_specialised_workdays_per_week"]
    assert to_json(setting, Decimal("2.5")) == "2.5"
    assert from_json(setting, "2.5") == Decimal("2.5")
    values = defaults()
    assert values["bj.stability_follow_up_months"] == [1, 3, 6]
    assert values["bj.analyst_outside_pes_work_counts"] is None


def test_registry_is_pure():
    """Rules receive values from the registry without pulling in Django."""
    import subprocess
    import sys

    code = ("import sys; import careerguide.policy.registry; "
            "sys.exit(any(m == 'django' or m.startswith('django.') for m in sys.modules))")
    root = Path(__file__).resolve().parents[3]
    assert subprocess.run([sys.executable, "-c", code], cwd=root).returncode == 0
