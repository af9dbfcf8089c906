"""Tests of the pure grading instrument (no database, no Django)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from careerguide.job_seekers.grading import (
    DEFAULT_INSTRUMENT,
    FORBIDDEN_ATTRIBUTES,
    VARIABLES,
    ExplanationRow,
    FactorScore,
    GradingFactor,
    GradingInputs,
    GradingInstrument,
    GradingResult,
    Scale,
    apply_override,
    explain,
    grade,
    level_for_total,
    tier_for_level,
)

BASE = {
    "assessed_on": date(2020, 6, 30),
    "birth_date": date(1990, 1, 1),  # 30 years old: no age points
    "education": "bachelor_or_above",  # no qualification points
}


def make(**overrides) -> GradingInputs:
    return GradingInputs(**{**BASE, **overrides})


def points_of(result: GradingResult, key: str) -> int:
    (score,) = [fs for fs in result.factor_scores if fs.key == key]
    return score.points


# ---------------------------------------------------------------------------
# Tier derivation
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("level", "tier"),
    [(1, "general"), (2, "general"), (3, "key"), (4, "key")],
)
def test_tier_is_derived_from_level(level, tier):
    """BJ-12-2: levels 1 and 2 are the general tier, levels 3 and 4 the key tier."""
    assert tier_for_level(level) == tier


@pytest.mark.parametrize("level", [0, 5, -1, True, "3", 3.0, None])
def test_tier_for_level_refuses_anything_but_1_to_4(level):
    """BJ-12-1: a level is an integer 1, 2, 3 or 4 and nothing else."""
    with pytest.raises(ValueError):
        tier_for_level(level)


def test_tier_cannot_be_typed_into_a_result():
    """BJ-12-2: the tier is never entered separately; it is computed from the level."""
    result = grade(make())
    fields = {f.name: f for f in dataclasses.fields(GradingResult)}
    assert fields["tier"].init is False
    with pytest.raises(TypeError):
        GradingResult(
            version=result.version,
            inputs=result.inputs,
            factor_scores=result.factor_scores,
            total=result.total,
            computed_level=1,
            level=1,
            tier="key",
        )


# ---------------------------------------------------------------------------
# Level cut-offs: total - 1, total, total + 1 at each cut-off
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "level"),
    [
        (0, 1),
        (3, 1),
        (4, 2),
        (5, 2),
        (7, 2),
        (8, 3),
        (9, 3),
        (12, 3),
        (13, 4),
        (14, 4),
        (26, 4),
    ],
)
def test_level_for_total_at_default_cutoffs(total, level):
    """BJ-12-1, BJ-12-3: the instrument maps a total to exactly one level 1-4."""
    assert DEFAULT_INSTRUMENT.cutoffs == (4, 8, 13)
    assert level_for_total(total, DEFAULT_INSTRUMENT) == level


@pytest.mark.parametrize(
    ("overrides", "total", "level", "tier"),
    [
        ({"unemployed_since": date(2019, 12, 30)}, 3, 1, "general"),
        ({"unemployed_since": date(2020, 3, 30), "zero_employment_household": True}, 4, 2, "general"),
        ({"unemployed_since": date(2019, 12, 30), "care_responsibilities": True}, 5, 2, "general"),
        ({"unemployed_since": date(2018, 6, 30)}, 7, 2, "general"),
        ({"unemployed_since": date(2018, 6, 30), "education": "college"}, 8, 3, "key"),
        (
            {"unemployed_since": date(2019, 12, 30), "health": "limited", "zero_employment_household": True},
            9,
            3,
            "key",
        ),
        ({"unemployed_since": date(2018, 6, 30), "health": "disability"}, 12, 3, "key"),
        ({"unemployed_since": date(2018, 6, 30), "health": "disability", "education": "college"}, 13, 4, "key"),
        (
            {"unemployed_since": date(2018, 6, 30), "health": "disability", "care_responsibilities": True},
            14,
            4,
            "key",
        ),
    ],
)
def test_grade_levels_around_each_cutoff(overrides, total, level, tier):
    """BJ-12-1, BJ-12-2, BJ-12-3: graded inputs give the total, the level 1-4 and the derived tier."""
    result = grade(make(**overrides))
    assert (result.total, result.computed_level, result.level, result.tier) == (total, level, level, tier)


# ---------------------------------------------------------------------------
# Factor scoring
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unemployed_since", "months", "points"),
    [
        (None, 0, 0),
        (date(2021, 3, 15), 0, 0),
        (date(2020, 12, 16), 2, 0),
        (date(2020, 12, 15), 3, 1),
        (date(2020, 9, 16), 5, 1),
        (date(2020, 9, 15), 6, 3),
        (date(2020, 3, 16), 11, 3),
        (date(2020, 3, 15), 12, 5),
        (date(2019, 3, 16), 23, 5),
        (date(2019, 3, 15), 24, 7),
        (date(2017, 1, 1), 50, 7),
    ],
)
def test_unemployment_duration_bands(unemployed_since, months, points):
    """BJ-11-3, BJ-12-3: the unemployment start date is stored and the duration computed in whole months."""
    result = grade(make(assessed_on=date(2021, 3, 15), unemployed_since=unemployed_since))
    (score,) = [fs for fs in result.factor_scores if fs.key == "unemployment_duration"]
    assert score.values == (("unemployment_months", months),)
    assert score.points == points


@pytest.mark.parametrize(
    ("assessed_on", "months", "points"),
    [
        (date(2020, 2, 27), 2, 0),
        (date(2020, 2, 28), 2, 0),  # add_months(2019-11-30, 3) is 2020-02-29
        (date(2020, 2, 29), 3, 1),
        (date(2020, 3, 1), 3, 1),
    ],
)
def test_unemployment_months_use_month_end_clamping(assessed_on, months, points):
    """BJ-11-3: duration counted in whole calendar months with the month-end rule of BJ-13-6."""
    result = grade(make(assessed_on=assessed_on, unemployed_since=date(2019, 11, 30)))
    (score,) = [fs for fs in result.factor_scores if fs.key == "unemployment_duration"]
    assert score.values == (("unemployment_months", months),)
    assert score.points == points


@pytest.mark.parametrize(
    ("birth_date", "assessed_on", "age", "points"),
    [
        (date(1980, 6, 15), date(2020, 6, 14), 39, 0),
        (date(1980, 6, 15), date(2020, 6, 15), 40, 1),
        (date(1980, 6, 15), date(2020, 6, 16), 40, 1),
        (date(1980, 6, 15), date(2025, 6, 14), 44, 1),
        (date(1980, 6, 15), date(2025, 6, 15), 45, 2),
        (date(1980, 6, 15), date(2030, 6, 14), 49, 2),
        (date(1980, 6, 15), date(2030, 6, 15), 50, 3),
        (date(1980, 6, 15), date(2040, 6, 15), 60, 3),
        (date(1980, 2, 29), date(2020, 2, 28), 39, 0),
        (date(1980, 2, 29), date(2020, 2, 29), 40, 1),
        (date(1976, 2, 29), date(2021, 2, 28), 45, 2),
    ],
)
def test_age_bands(birth_date, assessed_on, age, points):
    """No catalogue ID: the age factor of the default instrument (docs/difficulty-grading-instrument.md)."""
    result = grade(make(birth_date=birth_date, assessed_on=assessed_on))
    (score,) = [fs for fs in result.factor_scores if fs.key == "age"]
    assert score.values == (("age_years", age),)
    assert score.points == points


@pytest.mark.parametrize(
    ("education", "skill_level", "points"),
    [
        ("bachelor_or_above", None, 0),
        ("college", None, 1),
        ("senior_secondary", None, 2),
        ("junior_secondary", None, 3),
        ("primary_or_below", None, 4),
        ("primary_or_below", 5, 2),
        ("primary_or_below", 4, 1),
        ("junior_secondary", 3, 0),
        ("junior_secondary", 2, 0),
        ("junior_secondary", 1, 0),
        ("college", 5, 1),
        ("bachelor_or_above", 5, 0),
    ],
)
def test_qualification_counts_the_strongest_credential(education, skill_level, points):
    """BJ-11-3: skill level (1 highest, 5 lowest) is graded; the stronger of schooling and skill counts."""
    assert points_of(grade(make(education=education, skill_level=skill_level)), "qualification") == points


@pytest.mark.parametrize(
    ("overrides", "key", "points"),
    [
        ({"health": "no_limitation"}, "health", 0),
        ({"health": "limited"}, "health", 3),
        ({"health": "disability"}, "health", 5),
        ({"zero_employment_household": True}, "zero_employment_household", 3),
        ({"subsistence_allowance": True}, "subsistence_allowance", 2),
        ({"care_responsibilities": True}, "care_responsibilities", 2),
        ({}, "zero_employment_household", 0),
        ({}, "subsistence_allowance", 0),
        ({}, "care_responsibilities", 0),
    ],
)
def test_health_and_family_factor_points(overrides, key, points):
    """BJ-11-3: family factors are graded inputs (health is an extra configurable item)."""
    result = grade(make(**overrides))
    assert points_of(result, key) == points
    assert result.total == points


# ---------------------------------------------------------------------------
# What a grading keeps
# ---------------------------------------------------------------------------


WORKED = {
    "assessed_on": date(2020, 6, 30),
    "birth_date": date(1972, 5, 1),
    "education": "junior_secondary",
    "skill_level": 4,
    "unemployed_since": date(2019, 3, 1),
    "health": "limited",
    "care_responsibilities": True,
}


def test_result_keeps_version_inputs_factor_points_total_level_and_tier():
    """BJ-12-3: each grading keeps the instrument version, the inputs, the score and the level."""
    inputs = GradingInputs(**WORKED)
    result = grade(inputs)
    assert result.version == "careerguide-default-1"
    assert result.inputs is inputs
    assert result.factor_scores == (
        FactorScore("unemployment_duration", "失业时长", (("unemployment_months", 15),), 5),
        FactorScore(
            "qualification",
            "学历与职业技能等级",
            (("education", "junior_secondary"), ("skill_level", 4)),
            1,
        ),
        FactorScore("health", "健康状况", (("health", "limited"),), 3),
        FactorScore("age", "年龄", (("age_years", 48),), 2),
        FactorScore("zero_employment_household", "零就业家庭", (("zero_employment_household", False),), 0),
        FactorScore("subsistence_allowance", "享受最低生活保障", (("subsistence_allowance", False),), 0),
        FactorScore("care_responsibilities", "需照料家庭成员", (("care_responsibilities", True),), 2),
    )
    assert result.total == 13
    assert (result.computed_level, result.level, result.tier) == (4, 4, "key")
    assert result.override_reason is None
    assert result.overridden is False


def test_explain_rows_for_staff_and_job_seeker():
    """No catalogue ID: the explanation rows (Chinese label, value shown, points) of the issue."""
    rows = explain(grade(GradingInputs(**WORKED)))
    assert rows == (
        ExplanationRow("unemployment_duration", "失业时长", "15个月（2019-03-01起失业）", 5),
        ExplanationRow("qualification", "学历与职业技能等级", "学历：初中；职业技能等级：四级（中级工）", 1),
        ExplanationRow("health", "健康状况", "健康状况影响就业（如慢性病、伤病）", 3),
        ExplanationRow("age", "年龄", "48周岁", 2),
        ExplanationRow("zero_employment_household", "零就业家庭", "否", 0),
        ExplanationRow("subsistence_allowance", "享受最低生活保障", "否", 0),
        ExplanationRow("care_responsibilities", "需照料家庭成员", "是", 2),
    )
    assert sum(r.points for r in rows) == 13


def test_explain_shows_not_unemployed_and_no_certificate():
    """No catalogue ID: explanation wording when there is no unemployment and no skill certificate."""
    rows = {r.factor_key: r for r in explain(grade(make()))}
    assert rows["unemployment_duration"].value_zh == "目前未失业"
    assert rows["qualification"].value_zh == "学历：大学本科及以上；职业技能等级：无职业技能等级证书"


def test_inputs_round_trip_through_a_stored_mapping():
    """BJ-12-3: the stored inputs reproduce the same grading."""
    inputs = GradingInputs(**WORKED)
    stored = inputs.to_mapping()
    assert stored["assessed_on"] == "2020-06-30"
    assert stored["unemployed_since"] == "2019-03-01"
    assert GradingInputs.from_mapping(stored) == inputs
    assert grade(stored) == grade(inputs)


@pytest.mark.parametrize(
    "overrides",
    [
        {"skill_level": 0},
        {"skill_level": 6},
        {"skill_level": True},
        {"education": "phd"},
        {"health": "sick"},
        {"unemployed_since": date(2020, 7, 1)},
        {"birth_date": date(2020, 7, 1)},
        {"care_responsibilities": 1},
    ],
)
def test_invalid_inputs_are_refused(overrides):
    """BJ-11-3: refined-service information must be valid before it is graded."""
    with pytest.raises(ValueError):
        make(**overrides)


# ---------------------------------------------------------------------------
# Versioned instrument
# ---------------------------------------------------------------------------


def _health_only(version="city-2025.1", effective_from=date(2025, 1, 1), cutoffs=(1, 2, 3)):
    return GradingInstrument(
        version=version,
        effective_from=effective_from,
        factors=(
            GradingFactor(
                key="health",
                label_zh="健康状况",
                scales=(Scale("health", choices=(("no_limitation", 0), ("limited", 3), ("disability", 5))),),
            ),
        ),
        cutoffs=cutoffs,
    )


def test_another_instrument_version_is_used_and_recorded():
    """BJ-12-3: the grading uses and records the version of the instrument it was given."""
    result = grade(make(assessed_on=date(2025, 1, 1), health="limited"), _health_only())
    assert result.version == "city-2025.1"
    assert [fs.key for fs in result.factor_scores] == ["health"]
    assert (result.total, result.level, result.tier) == (3, 4, "key")


@pytest.mark.parametrize(
    ("assessed_on", "allowed"),
    [(date(2024, 12, 31), False), (date(2025, 1, 1), True), (date(2025, 1, 2), True)],
)
def test_instrument_not_used_before_its_effective_date(assessed_on, allowed):
    """BJ-12-3: a version applies only from its effective date (BJ-6-2 effective dates)."""
    if allowed:
        assert grade(make(assessed_on=assessed_on), _health_only()).version == "city-2025.1"
    else:
        with pytest.raises(ValueError, match="effective from 2025-01-01"):
            grade(make(assessed_on=assessed_on), _health_only())


@pytest.mark.parametrize("cutoffs", [(4, 4, 5), (0, 1, 2), (3, 2, 4), (1, 2, 6), (1, 2)])
def test_instrument_refuses_bad_cutoffs(cutoffs):
    """BJ-12-1: an instrument must map totals onto all of levels 1-4."""
    with pytest.raises(ValueError):
        _health_only(cutoffs=cutoffs)


@pytest.mark.parametrize(
    "build",
    [
        lambda: Scale("no_such_variable", choices=((True, 1),)),
        lambda: Scale("education", choices=(("college", 1),)),
        lambda: Scale("unemployment_months", bands=((1, 0), (6, 2))),
        lambda: Scale("unemployment_months", bands=((0, 0), (6, 2), (6, 3))),
        lambda: Scale("unemployment_months", choices=((0, 0),)),
        lambda: Scale("care_responsibilities", choices=((False, 0), (True, -1))),
        lambda: GradingFactor(key="x", label_zh=" ", scales=(Scale("health", choices=(("no_limitation", 0), ("limited", 1), ("disability", 1))),)),
        lambda: GradingFactor(key="x", label_zh="某", scales=()),
    ],
)
def test_instrument_definition_is_validated(build):
    """BJ-12-3: an instrument version is a complete, well-formed definition (BJ-6-2)."""
    with pytest.raises(ValueError):
        build()


def test_default_instrument_no_single_factor_reaches_key_tier():
    """No catalogue ID: design property of the default instrument (key tier needs several barriers)."""
    key_cutoff = DEFAULT_INSTRUMENT.cutoffs[1]
    assert {f.key: f.max_points for f in DEFAULT_INSTRUMENT.factors} == {
        "unemployment_duration": 7,
        "qualification": 4,
        "health": 5,
        "age": 3,
        "zero_employment_household": 3,
        "subsistence_allowance": 2,
        "care_responsibilities": 2,
    }
    assert all(f.max_points < key_cutoff for f in DEFAULT_INSTRUMENT.factors)
    assert DEFAULT_INSTRUMENT.max_total == 26


# ---------------------------------------------------------------------------
# Staff override
# ---------------------------------------------------------------------------


@pytest.fixture
def level_two():
    result = grade(make(unemployed_since=date(2019, 12, 30), care_responsibilities=True))
    assert (result.total, result.level) == (5, 2)
    return result


@pytest.mark.parametrize("reason", ["", " ", "\n\t ", None])
def test_override_refuses_missing_or_blank_reason(level_two, reason):
    """No catalogue ID: the issue's rule that an override needs a written reason."""
    with pytest.raises(ValueError, match="written reason"):
        apply_override(level_two, 3, reason)


@pytest.mark.parametrize("level", [0, 5, -1, True, "3", 3.5, None])
def test_override_refuses_out_of_range_level(level_two, level):
    """BJ-12-1: an overridden level is still an integer 1-4."""
    with pytest.raises(ValueError, match="1, 2, 3 or 4"):
        apply_override(level_two, level, "家庭突发变故")


def test_override_refuses_the_computed_level(level_two):
    """No catalogue ID: an override must change the level."""
    with pytest.raises(ValueError, match="equals the computed level"):
        apply_override(level_two, 2, "复核确认")


@pytest.mark.parametrize(("level", "tier"), [(1, "general"), (3, "key"), (4, "key")])
def test_override_keeps_computed_level_and_derives_tier(level_two, level, tier):
    """BJ-12-2: after an override the tier still follows the level; the computed level stays beside it."""
    overridden = apply_override(level_two, level, "  近期家庭成员重病需长期照护  ")
    assert (overridden.level, overridden.tier) == (level, tier)
    assert overridden.computed_level == 2
    assert overridden.override_reason == "近期家庭成员重病需长期照护"
    assert overridden.overridden is True
    assert (overridden.total, overridden.factor_scores, overridden.version) == (
        level_two.total,
        level_two.factor_scores,
        level_two.version,
    )
    assert level_two.level == 2 and level_two.override_reason is None


def test_second_override_replaces_the_first(level_two):
    """No catalogue ID: a new override replaces the previous one; the computed level is unchanged."""
    first = apply_override(level_two, 3, "理由一")
    second = apply_override(first, 4, "理由二")
    assert (second.computed_level, second.level, second.override_reason) == (2, 4, "理由二")


def test_result_with_changed_level_needs_a_reason(level_two):
    """No catalogue ID: a result cannot carry a non-computed level without a reason."""
    with pytest.raises(ValueError, match="override reason"):
        dataclasses.replace(level_two, level=3)


# ---------------------------------------------------------------------------
# Forbidden factors
# ---------------------------------------------------------------------------


def test_default_instrument_scores_no_forbidden_attribute():
    """No catalogue ID: sex, ethnicity, religion and household-registration type are never factors."""
    assert {"sex", "gender", "ethnicity", "religion", "hukou_type", "household_registration_type"} <= FORBIDDEN_ATTRIBUTES
    assert DEFAULT_INSTRUMENT.variables.isdisjoint(FORBIDDEN_ATTRIBUTES)
    assert {f.key for f in DEFAULT_INSTRUMENT.factors}.isdisjoint(FORBIDDEN_ATTRIBUTES)
    assert set(VARIABLES).isdisjoint(FORBIDDEN_ATTRIBUTES)
    assert {f.name for f in dataclasses.fields(GradingInputs)}.isdisjoint(FORBIDDEN_ATTRIBUTES)
    labels = " ".join(f.label_zh for f in DEFAULT_INSTRUMENT.factors) + " ".join(
        v.label_zh for v in VARIABLES.values()
    )
    for word in ("性别", "民族", "种族", "宗教", "户籍", "户口", "婚"):
        assert word not in labels


@pytest.mark.parametrize("name", sorted(FORBIDDEN_ATTRIBUTES))
def test_instrument_refuses_a_forbidden_factor(name):
    """No catalogue ID: no instrument version may score a protected characteristic."""
    with pytest.raises(ValueError, match="forbidden"):
        Scale(name, choices=(("a", 0), ("b", 1)))
    with pytest.raises(ValueError, match="forbidden"):
        GradingFactor(key=name, label_zh="某", scales=(Scale("care_responsibilities", choices=((False, 0), (True, 1))),))


@pytest.mark.parametrize(
    "extra",
    [
        {"sex": "female"},
        {"sex": "male"},
        {"ethnicity": "回族", "religion": "伊斯兰教"},
        {"hukou_type": "agricultural", "hukou_location": "河北省"},
        {"hukou_type": "non_agricultural", "household_registration_type": "local", "gender": "x"},
    ],
)
def test_grading_ignores_forbidden_keys_if_passed(extra):
    """No catalogue ID: protected characteristics passed with the inputs change nothing."""
    data = {**GradingInputs(**WORKED).to_mapping()}
    plain = grade(data)
    with_extra = grade({**data, **extra})
    assert with_extra == plain
    assert (with_extra.total, with_extra.level) == (13, 4)
    assert not set(extra) & set(with_extra.inputs.to_mapping())
