"""The employment-difficulty grading instrument (BJ-12-*), as pure Python.

Art. 12 of the Beijing rules requires one city-wide grading tool
(就业困难程度分级工具) that gives every job seeker a difficulty level 1 to 4;
levels 1-2 are the general-support tier and levels 3-4 the key-support tier.
The text does not define the tool (BJ-12-3), so it is a versioned points
instrument held as data (``GradingInstrument``). ``DEFAULT_INSTRUMENT`` is
this project's proposal; the reasoning behind each factor, weight and cut-off
is in ``docs/difficulty-grading-instrument.md``.

A grading keeps everything needed to reproduce and explain it: the instrument
version, the inputs, the points per factor, the total, the computed level and
the derived tier. Staff may override the level only with a written reason,
which is kept beside the computed level (``apply_override``).

Protected characteristics (sex, ethnicity, religion, household-registration
type and similar, see ``FORBIDDEN_ATTRIBUTES``) can never be scored: an
instrument that names one is refused, ``GradingInputs`` has no field for them
and ``GradingInputs.from_mapping`` drops them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any, Callable, Mapping

from careerguide.common.months import add_months

from .rules import POLICY_DEFAULTS

# ---------------------------------------------------------------------------
# Levels and tiers (BJ-12-1, BJ-12-2)
# ---------------------------------------------------------------------------

LEVELS = (1, 2, 3, 4)

TIER_GENERAL = "general"  # 一般帮扶对象等级, support_tier.general
TIER_KEY = "key"  # 重点帮扶对象等级, support_tier.key

TIER_LABELS_ZH: Mapping[str, str] = MappingProxyType(
    {TIER_GENERAL: "一般帮扶对象等级", TIER_KEY: "重点帮扶对象等级"}
)


def _check_level(level: Any) -> int:
    if isinstance(level, bool) or not isinstance(level, int) or level not in LEVELS:
        raise ValueError(f"a difficulty level is an integer 1, 2, 3 or 4, not {level!r}")
    return level


KEY_TIER_MIN_LEVEL = POLICY_DEFAULTS["key_tier_min_level"].value  # the registry's default (BJ-12-2)


def tier_for_level(level: int, key_tier_min_level: int = KEY_TIER_MIN_LEVEL) -> str:
    """The support tier of a level: by default levels 1-2 general, 3-4 key (BJ-12-2); a jurisdiction's
    ``key_tier_min_level`` (policy ``bj.key_tier_min_level``) moves the boundary."""
    _check_level(level)
    if level >= key_tier_min_level:
        return TIER_KEY
    return TIER_GENERAL


# ---------------------------------------------------------------------------
# Input vocabulary
# ---------------------------------------------------------------------------

EDUCATION_LABELS_ZH: Mapping[str, str] = MappingProxyType(
    {
        "primary_or_below": "小学及以下",
        "junior_secondary": "初中",
        "senior_secondary": "高中、中专、职高、技校",
        "college": "大学专科",
        "bachelor_or_above": "大学本科及以上",
    }
)

#: National vocational skill levels: level 1 is the highest (BJ-11-3 技能水平).
#: ``None`` means the person holds no vocational skill-level certificate.
SKILL_LEVEL_LABELS_ZH: Mapping[int | None, str] = MappingProxyType(
    {
        1: "一级（高级技师）",
        2: "二级（技师）",
        3: "三级（高级工）",
        4: "四级（中级工）",
        5: "五级（初级工）",
        None: "无职业技能等级证书",
    }
)

HEALTH_LABELS_ZH: Mapping[str, str] = MappingProxyType(
    {
        "no_limitation": "无影响就业的健康问题",
        "limited": "健康状况影响就业（如慢性病、伤病）",
        "disability": "持有残疾人证",
    }
)

#: Attributes that no instrument may score, in any spelling used in this project.
#: Sex, ethnicity, race and religious belief are protected grounds under the
#: Employment Promotion Law (Art. 3); household-registration type (rural or
#: urban, local or non-local) is protected by its Art. 31; marital and
#: childbearing status are proxies for sex.
FORBIDDEN_ATTRIBUTES = frozenset(
    {
        "sex",
        "gender",
        "ethnicity",
        "ethnic_group",
        "race",
        "religion",
        "religious_belief",
        "hukou",
        "hukou_type",
        "hukou_location",
        "household_registration",
        "household_registration_type",
        "marital_status",
        "pregnancy",
        "childbearing_status",
    }
)


def _parse_date(value: Any, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str):
        return date.fromisoformat(value)
    raise ValueError(f"{name} must be a date or an ISO date string, not {value!r}")


@dataclass(frozen=True)
class GradingInputs:
    """The refined-service information (BJ-11-3) that the instrument reads.

    ``assessed_on`` is the grading date; durations and age are computed at
    that date. ``unemployed_since`` is None when the person is not unemployed.
    ``skill_level`` is 1 (highest) to 5, or None for no certificate.

    Registration and certification status are deliberately not grading inputs:
    routing (``rules.route_job_seeker``) reads them separately (see the
    instrument document).
    """

    assessed_on: date
    birth_date: date
    education: str
    skill_level: int | None = None
    unemployed_since: date | None = None
    health: str = "no_limitation"
    zero_employment_household: bool = False
    subsistence_allowance: bool = False
    care_responsibilities: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.assessed_on, date) or not isinstance(self.birth_date, date):
            raise ValueError("assessed_on and birth_date must be dates")
        if self.birth_date > self.assessed_on:
            raise ValueError("birth_date is after the grading date")
        if self.education not in EDUCATION_LABELS_ZH:
            raise ValueError(f"unknown education {self.education!r}")
        if self.skill_level is not None and (
            isinstance(self.skill_level, bool) or self.skill_level not in SKILL_LEVEL_LABELS_ZH
        ):
            raise ValueError(f"skill_level must be 1-5 or None, not {self.skill_level!r}")
        if self.unemployed_since is not None:
            if not isinstance(self.unemployed_since, date):
                raise ValueError("unemployed_since must be a date or None")
            if self.unemployed_since > self.assessed_on:
                raise ValueError("unemployed_since is after the grading date")
        if self.health not in HEALTH_LABELS_ZH:
            raise ValueError(f"unknown health status {self.health!r}")
        for name in ("zero_employment_household", "subsistence_allowance", "care_responsibilities"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"{name} must be True or False")

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> "GradingInputs":
        """Build inputs from stored or posted data.

        Only the fields of this class are read. Every other key, including any
        in ``FORBIDDEN_ATTRIBUTES``, is ignored. Dates may be ISO strings.
        """
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for name in ("assessed_on", "birth_date", "unemployed_since"):
            if name in values:
                values[name] = _parse_date(values[name], name)
        return cls(**values)

    def to_mapping(self) -> dict[str, Any]:
        """JSON-ready snapshot of the inputs (dates as ISO strings)."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            out[f.name] = value.isoformat() if isinstance(value, date) else value
        return out


# ---------------------------------------------------------------------------
# Scoreable variables, derived from the inputs
# ---------------------------------------------------------------------------


def _full_months(start: date, end: date) -> int:
    """Whole months from ``start`` to ``end`` (month-end clamped, BJ-13-6 convention)."""
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if add_months(start, months) > end:
        months -= 1
    return months


@dataclass(frozen=True)
class _Variable:
    label_zh: str
    domain: tuple[Any, ...] | None  # None: a non-negative integer
    extract: Callable[[GradingInputs], Any]
    show: Callable[[Any, GradingInputs], str]


def _yes_no(value: bool, _inputs: GradingInputs) -> str:
    return "是" if value else "否"


def _show_unemployment(months: int, inputs: GradingInputs) -> str:
    if inputs.unemployed_since is None:
        return "目前未失业"
    return f"{months}个月（{inputs.unemployed_since.isoformat()}起失业）"


#: The closed list of variables an instrument may score. None of them is, or
#: is derived from, a forbidden attribute.
VARIABLES: Mapping[str, _Variable] = MappingProxyType(
    {
        "unemployment_months": _Variable(
            label_zh="失业时长",
            domain=None,
            extract=lambda i: 0
            if i.unemployed_since is None
            else _full_months(i.unemployed_since, i.assessed_on),
            show=_show_unemployment,
        ),
        "age_years": _Variable(
            label_zh="年龄",
            domain=None,
            extract=lambda i: _full_months(i.birth_date, i.assessed_on) // 12,
            show=lambda v, _i: f"{v}周岁",
        ),
        "education": _Variable(
            label_zh="学历",
            domain=tuple(EDUCATION_LABELS_ZH),
            extract=lambda i: i.education,
            show=lambda v, _i: EDUCATION_LABELS_ZH[v],
        ),
        "skill_level": _Variable(
            label_zh="职业技能等级",
            domain=tuple(SKILL_LEVEL_LABELS_ZH),
            extract=lambda i: i.skill_level,
            show=lambda v, _i: SKILL_LEVEL_LABELS_ZH[v],
        ),
        "health": _Variable(
            label_zh="健康状况",
            domain=tuple(HEALTH_LABELS_ZH),
            extract=lambda i: i.health,
            show=lambda v, _i: HEALTH_LABELS_ZH[v],
        ),
        "zero_employment_household": _Variable(
            label_zh="零就业家庭",
            domain=(False, True),
            extract=lambda i: i.zero_employment_household,
            show=_yes_no,
        ),
        "subsistence_allowance": _Variable(
            label_zh="享受最低生活保障",
            domain=(False, True),
            extract=lambda i: i.subsistence_allowance,
            show=_yes_no,
        ),
        "care_responsibilities": _Variable(
            label_zh="需照料家庭成员",
            domain=(False, True),
            extract=lambda i: i.care_responsibilities,
            show=_yes_no,
        ),
    }
)


# ---------------------------------------------------------------------------
# Instrument definition
# ---------------------------------------------------------------------------


def _check_points(points: Any, where: str) -> None:
    if isinstance(points, bool) or not isinstance(points, int) or points < 0:
        raise ValueError(f"{where}: points must be a non-negative integer, not {points!r}")


@dataclass(frozen=True)
class Scale:
    """How one variable turns into points.

    Numeric variables use ``bands``: ``(lower_bound, points)`` pairs in
    ascending order, the first starting at 0; a value gets the points of the
    last band whose lower bound it reaches. Categorical variables use
    ``choices``: ``(value, points)`` pairs covering the variable's whole domain.
    """

    variable: str
    bands: tuple[tuple[int, int], ...] = ()
    choices: tuple[tuple[Any, int], ...] = ()

    def __post_init__(self) -> None:
        if self.variable in FORBIDDEN_ATTRIBUTES:
            raise ValueError(f"variable {self.variable!r} is a forbidden attribute")
        if self.variable not in VARIABLES:
            raise ValueError(f"unknown variable {self.variable!r}")
        domain = VARIABLES[self.variable].domain
        if domain is None:
            if self.choices or not self.bands:
                raise ValueError(f"{self.variable}: a numeric variable needs bands only")
            bounds = [b for b, _ in self.bands]
            if bounds[0] != 0 or any(a >= b for a, b in zip(bounds, bounds[1:])):
                raise ValueError(f"{self.variable}: band bounds must start at 0 and increase")
            for _, pts in self.bands:
                _check_points(pts, self.variable)
        else:
            if self.bands or not self.choices:
                raise ValueError(f"{self.variable}: a categorical variable needs choices only")
            keys = [k for k, _ in self.choices]
            if len(keys) != len(set(keys)) or set(keys) != set(domain):
                raise ValueError(f"{self.variable}: choices must cover {domain!r} exactly once")
            for _, pts in self.choices:
                _check_points(pts, self.variable)

    def points_for(self, value: Any) -> int:
        if self.bands:
            points = 0
            for lower, pts in self.bands:
                if value >= lower:
                    points = pts
            return points
        return dict(self.choices)[value]

    @property
    def max_points(self) -> int:
        return max(p for _, p in (self.bands or self.choices))


COMBINE_SUM = "sum"
COMBINE_MIN = "min"


@dataclass(frozen=True)
class GradingFactor:
    """One factor of the instrument: one or more scales combined into points.

    ``combine="min"`` gives the factor the lowest of its scales' points (used
    where the strongest of several credentials should count).
    """

    key: str
    label_zh: str
    scales: tuple[Scale, ...]
    combine: str = COMBINE_SUM

    def __post_init__(self) -> None:
        if self.key in FORBIDDEN_ATTRIBUTES:
            raise ValueError(f"factor {self.key!r} is a forbidden attribute")
        if not self.key or not self.label_zh.strip():
            raise ValueError("a factor needs a key and a Chinese label")
        if not self.scales:
            raise ValueError(f"factor {self.key!r} has no scales")
        if self.combine not in (COMBINE_SUM, COMBINE_MIN):
            raise ValueError(f"factor {self.key!r}: unknown combine {self.combine!r}")

    def points(self, values: tuple[Any, ...]) -> int:
        pts = [s.points_for(v) for s, v in zip(self.scales, values)]
        return min(pts) if self.combine == COMBINE_MIN else sum(pts)

    @property
    def max_points(self) -> int:
        maxima = [s.max_points for s in self.scales]
        return min(maxima) if self.combine == COMBINE_MIN else sum(maxima)


@dataclass(frozen=True)
class GradingInstrument:
    """A published version of the grading tool (BJ-12-3, BJ-6-2).

    ``cutoffs`` are the minimum totals for levels 2, 3 and 4, strictly
    increasing; a total below the first cut-off is level 1.
    """

    version: str
    effective_from: date
    factors: tuple[GradingFactor, ...]
    cutoffs: tuple[int, int, int]

    def __post_init__(self) -> None:
        if not self.version.strip():
            raise ValueError("an instrument needs a version")
        if not self.factors:
            raise ValueError("an instrument needs at least one factor")
        keys = [f.key for f in self.factors]
        if len(keys) != len(set(keys)):
            raise ValueError("factor keys must be unique")
        if len(self.cutoffs) != 3 or any(
            isinstance(c, bool) or not isinstance(c, int) for c in self.cutoffs
        ):
            raise ValueError("cutoffs are three integers: minimum totals for levels 2, 3, 4")
        c2, c3, c4 = self.cutoffs
        if not 0 < c2 < c3 < c4:
            raise ValueError("cutoffs must be positive and strictly increasing")
        if c4 > self.max_total:
            raise ValueError("level 4 cannot be reached: its cut-off exceeds the maximum total")

    @property
    def max_total(self) -> int:
        return sum(f.max_points for f in self.factors)

    @property
    def variables(self) -> frozenset[str]:
        """Every variable the instrument scores."""
        return frozenset(s.variable for f in self.factors for s in f.scales)


def level_for_total(total: int, instrument: GradingInstrument) -> int:
    """Map a points total to a level 1-4 with the instrument's cut-offs."""
    level = 1
    for next_level, minimum in zip((2, 3, 4), instrument.cutoffs):
        if total >= minimum:
            level = next_level
    return level


DEFAULT_INSTRUMENT = GradingInstrument(
    version="careerguide-default-1",
    # Placeholder: the city sets the real date when it publishes a version.
    # 2018-08-01 is the date the Beijing rules took effect (Art. 75).
    effective_from=date(2018, 8, 1),
    factors=(
        GradingFactor(
            key="unemployment_duration",
            label_zh="失业时长",
            scales=(
                Scale("unemployment_months", bands=((0, 0), (3, 1), (6, 3), (12, 5), (24, 7))),
            ),
        ),
        GradingFactor(
            key="qualification",
            label_zh="学历与职业技能等级",
            scales=(
                Scale(
                    "education",
                    choices=(
                        ("bachelor_or_above", 0),
                        ("college", 1),
                        ("senior_secondary", 2),
                        ("junior_secondary", 3),
                        ("primary_or_below", 4),
                    ),
                ),
                Scale(
                    "skill_level",
                    choices=((1, 0), (2, 0), (3, 0), (4, 1), (5, 2), (None, 4)),
                ),
            ),
            combine=COMBINE_MIN,
        ),
        GradingFactor(
            key="health",
            label_zh="健康状况",
            scales=(
                Scale(
                    "health",
                    choices=(("no_limitation", 0), ("limited", 3), ("disability", 5)),
                ),
            ),
        ),
        GradingFactor(
            key="age",
            label_zh="年龄",
            scales=(Scale("age_years", bands=((0, 0), (40, 1), (45, 2), (50, 3))),),
        ),
        GradingFactor(
            key="zero_employment_household",
            label_zh="零就业家庭",
            scales=(Scale("zero_employment_household", choices=((False, 0), (True, 3))),),
        ),
        GradingFactor(
            key="subsistence_allowance",
            label_zh="享受最低生活保障",
            scales=(Scale("subsistence_allowance", choices=((False, 0), (True, 2))),),
        ),
        GradingFactor(
            key="care_responsibilities",
            label_zh="需照料家庭成员",
            scales=(Scale("care_responsibilities", choices=((False, 0), (True, 2))),),
        ),
    ),
    cutoffs=(4, 8, 13),
)

#: Every instrument version the code knows; the city publishes which one is in force (BJ-12-3).
INSTRUMENTS: Mapping[str, GradingInstrument] = MappingProxyType({DEFAULT_INSTRUMENT.version: DEFAULT_INSTRUMENT})


# ---------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FactorScore:
    """Points one factor gave, with the variable values it read."""

    key: str
    label_zh: str
    values: tuple[tuple[str, Any], ...]
    points: int


@dataclass(frozen=True)
class GradingResult:
    """One grading (BJ-12-3).

    ``computed_level`` is what the instrument gave. ``level`` is the person's
    level: equal to ``computed_level`` unless staff overrode it, in which case
    ``override_reason`` holds the written reason. ``tier`` is always derived
    from ``level`` and the jurisdiction's ``key_tier_min_level`` (BJ-12-2) and
    cannot be passed in.
    """

    version: str
    inputs: GradingInputs
    factor_scores: tuple[FactorScore, ...]
    total: int
    computed_level: int
    level: int
    override_reason: str | None = None
    key_tier_min_level: int = KEY_TIER_MIN_LEVEL
    tier: str = field(init=False)

    def __post_init__(self) -> None:
        _check_level(self.computed_level)
        _check_level(self.level)
        if self.total != sum(fs.points for fs in self.factor_scores):
            raise ValueError("total is not the sum of the factor points")
        if self.override_reason is not None and not self.override_reason.strip():
            raise ValueError("an override reason cannot be blank")
        if self.level != self.computed_level and self.override_reason is None:
            raise ValueError("a level different from the computed level needs an override reason")
        object.__setattr__(self, "tier", tier_for_level(self.level, self.key_tier_min_level))

    @property
    def overridden(self) -> bool:
        return self.override_reason is not None


def grade(
    inputs: GradingInputs | Mapping[str, Any],
    instrument: GradingInstrument = DEFAULT_INSTRUMENT,
    key_tier_min_level: int = KEY_TIER_MIN_LEVEL,
) -> GradingResult:
    """Grade one job seeker with ``instrument`` (BJ-12-1 to BJ-12-3); the tier uses the
    jurisdiction's ``key_tier_min_level`` (BJ-12-2).

    ``inputs`` may be a mapping; unknown keys, including forbidden attributes,
    are ignored. The grading date must not precede the instrument's
    ``effective_from``.
    """
    if not isinstance(inputs, GradingInputs):
        inputs = GradingInputs.from_mapping(inputs)
    if inputs.assessed_on < instrument.effective_from:
        raise ValueError(
            f"instrument {instrument.version} is effective from "
            f"{instrument.effective_from.isoformat()}, after the grading date"
        )
    scores = []
    for factor in instrument.factors:
        values = tuple(VARIABLES[s.variable].extract(inputs) for s in factor.scales)
        scores.append(
            FactorScore(
                key=factor.key,
                label_zh=factor.label_zh,
                values=tuple((s.variable, v) for s, v in zip(factor.scales, values)),
                points=factor.points(values),
            )
        )
    total = sum(s.points for s in scores)
    level = level_for_total(total, instrument)
    return GradingResult(
        version=instrument.version,
        inputs=inputs,
        factor_scores=tuple(scores),
        total=total,
        computed_level=level,
        level=level,
        key_tier_min_level=key_tier_min_level,
    )


def apply_override(result: GradingResult, level: int, reason: str) -> GradingResult:
    """Staff override of the level, with a written reason (BJ-12-3).

    Refuses a level outside 1-4, a level equal to the computed level (nothing
    to override) and a missing or blank reason. The computed level, total and
    factor points are kept unchanged beside the new level; a second override
    replaces the first.
    """
    _check_level(level)
    if not isinstance(reason, str) or not reason.strip():
        raise ValueError("an override needs a written reason")
    if level == result.computed_level:
        raise ValueError("the override level equals the computed level")
    return dataclasses.replace(result, level=level, override_reason=reason.strip())


# ---------------------------------------------------------------------------
# Explanation for staff and the job seeker
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ExplanationRow:
    """One line of the grading explanation: factor, value shown, points."""

    factor_key: str
    label_zh: str
    value_zh: str
    points: int


def explain(result: GradingResult) -> tuple[ExplanationRow, ...]:
    """Rows a page can render: the Chinese factor label, the input value as
    shown to the person, and the points. Factors reading several variables
    show each as "label：value", joined with "；"."""
    rows = []
    for fs in result.factor_scores:
        shown = [
            (VARIABLES[name].label_zh, VARIABLES[name].show(value, result.inputs))
            for name, value in fs.values
        ]
        if len(shown) == 1:
            value_zh = shown[0][1]
        else:
            value_zh = "；".join(f"{label}：{text}" for label, text in shown)
        rows.append(ExplanationRow(fs.key, fs.label_zh, value_zh, fs.points))
    return tuple(rows)
