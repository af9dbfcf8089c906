"""The precise occupational matching tool (精准职业匹配工具): pure scoring, no Django.

The text names the tool without defining it (BJ-15-4, Open question 29), so it is a
configurable, versioned instrument (BJ-6-2): an ``InstrumentDefinition`` gives each
criterion a weight, the score threshold for a suggestion and the tolerances.  The same
instrument scores a person against a vacancy for job seekers (Art. 15, BJ-15-2) and for
employers (Art. 40, BJ-40-1).

Only job-relevant facts go in.  ``CandidateFacts`` has no field for sex, ethnicity,
religion, household-registration type, marital status or age, and an instrument naming
any of them as a criterion is refused (``definition_problems``), so a result can never
depend on them.

Reasons are Chinese because staff read them on the recommendation; the clause of each
criterion is the catalogue ID it serves.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from types import MappingProxyType
from typing import Mapping

from careerguide.occupations.codes import CodeError, code_level

# ---- the instrument ------------------------------------------------------------------------------------

OCCUPATION, SKILL_LEVEL, EXPERIENCE, PAY = "occupation", "skill_level", "experience", "pay"
WORKING_PATTERN, LOCATION, AVAILABILITY = "working_pattern", "location", "availability"
CRITERIA = (OCCUPATION, SKILL_LEVEL, EXPERIENCE, PAY, WORKING_PATTERN, LOCATION, AVAILABILITY)
CRITERION_LABELS = MappingProxyType({
    OCCUPATION: "职业匹配", SKILL_LEVEL: "技能等级", EXPERIENCE: "工作经验", PAY: "期望薪酬与岗位薪酬",
    WORKING_PATTERN: "工作方式", LOCATION: "工作地点", AVAILABILITY: "上岗条件与到岗时间",
})
#: Grounds that must never be a matching criterion (Employment Promotion Law Arts. 3, 31; Open question 22).
PROTECTED_ATTRIBUTES = frozenset({
    "sex", "gender", "ethnicity", "race", "religion", "household_registration", "hukou", "hukou_location",
    "registration_type", "bj_rural_labour", "marital_status", "age", "birth_date",
})

MET, PARTIAL, NOT_MET, UNKNOWN = "met", "partial", "not_met", "unknown"
STATUS_LABELS = MappingProxyType({MET: "符合", PARTIAL: "部分符合", NOT_MET: "不符合", UNKNOWN: "信息不全"})


@dataclass(frozen=True)
class InstrumentDefinition:
    """One version of the matching instrument.  ``weights`` maps criteria to non-negative integers."""

    version: str
    weights: Mapping[str, int]
    min_score: int = 60
    unknown_credit_percent: int = 50
    pay_tolerance_percent: int = 10
    output_scale: str = "0-100"


DEFAULT_INSTRUMENT = InstrumentDefinition(
    version="bj-match-1",
    weights=MappingProxyType({OCCUPATION: 30, SKILL_LEVEL: 15, EXPERIENCE: 15, PAY: 15, WORKING_PATTERN: 10,
                              LOCATION: 10, AVAILABILITY: 5}),
)


def definition_problems(*, weights: Mapping[str, int], min_score: int, unknown_credit_percent: int,
                        pay_tolerance_percent: int) -> list[str]:
    """Why a proposed instrument version cannot be published; empty when it can (BJ-6-2, BJ-15-4)."""
    problems = []
    for key in weights:
        if key in PROTECTED_ATTRIBUTES:
            problems.append(f"“{key}”属于禁止作为匹配条件的个人特征（性别、民族、宗教信仰、户籍、婚姻状况、年龄等）。")
        elif key not in CRITERIA:
            problems.append(f"未知的匹配条件“{key}”。")
    for key, weight in weights.items():
        if isinstance(weight, bool) or not isinstance(weight, int) or weight < 0:
            problems.append(f"匹配条件“{key}”的权重应为非负整数。")
    if not problems and sum(weights.values()) <= 0:
        problems.append("各匹配条件的权重之和必须大于0。")
    if not 0 <= min_score <= 100:
        problems.append("推荐分数线应在0至100之间。")
    if not 0 <= unknown_credit_percent <= 100:
        problems.append("信息不全时的计分比例应在0至100之间。")
    if not 0 <= pay_tolerance_percent <= 100:
        problems.append("薪酬容差应在0至100之间。")
    return problems


# ---- the facts -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Experience:
    occupation_code: str
    months: int


@dataclass(frozen=True)
class CandidateFacts:
    """What the instrument may know about a person: wishes, skills, experience, readiness."""

    sought_occupation_code: str = ""
    skill_level: int | None = None  # national levels: 1 (高级技师) is the highest, 5 (初级工) the lowest
    certificates: tuple[tuple[str, int | None], ...] = ()  # (occupation code, level)
    experience: tuple[Experience, ...] = ()
    salary_min: int | None = None
    working_pattern: str = ""  # full_time / part_time / flexible / any / ""
    habitual_district_id: int | None = None
    sought_area: str = ""
    job_ready: bool | None = None  # None: never assessed
    earliest_start: date | None = None


@dataclass(frozen=True)
class VacancyFacts:
    """What the instrument reads of a vacancy: its published version and the staff's matching profile."""

    occupation_code: str = ""
    pay_min: int | None = None
    pay_max: int | None = None
    work_district_id: int | None = None
    work_district_names: tuple[str, ...] = ()  # names a person may use for the district in their sought area
    required_skill_level: int | None = None
    min_experience_months: int | None = None
    working_pattern: str = ""
    #: days to start (the profile's, else the BJ-15-1 standard `bj.job_ready_start_days`, which the caller reads)
    start_within_days: int = field(kw_only=True)


ANY_AREA_WORDS = ("不限", "全市", "均可")


# ---- the result ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CriterionResult:
    key: str
    label: str
    status: str
    credit_percent: int
    weight: int
    reason: str
    clause: str = "BJ-15-4"

    def to_dict(self) -> dict:
        return {"key": self.key, "label": self.label, "status": self.status, "status_label": STATUS_LABELS[self.status],
                "credit_percent": self.credit_percent, "weight": self.weight, "reason": self.reason,
                "clause": self.clause}


@dataclass(frozen=True)
class MatchResult:
    instrument_version: str
    score: int
    eligible: bool  # job-ready (BJ-15-2): only then may the person be recommended
    suggested: bool  # eligible and at or above the threshold
    criteria: tuple[CriterionResult, ...] = field(default_factory=tuple)
    reasons: tuple[str, ...] = ()

    def explanation(self) -> list[dict]:
        return [c.to_dict() for c in self.criteria]


# ---- criteria ------------------------------------------------------------------------------------------


def _common_level(a: str, b: str) -> int:
    """How many leading segments two occupation codes share (0 to 4); 0 for malformed codes."""
    try:
        code_level(a), code_level(b)
    except CodeError:
        return 0
    shared = 0
    for x, y in zip(a.split("-"), b.split("-")):
        if x != y:
            break
        shared += 1
    return shared


_OCCUPATION_CREDIT = {4: 100, 3: 75, 2: 50, 1: 25, 0: 0}
_LEVEL_WORDS = {4: "职业相同", 3: "同一职业小类", 2: "同一职业中类", 1: "同一职业大类", 0: "职业类别不同"}


def _occupation(c: CandidateFacts, v: VacancyFacts) -> tuple[str, int, str]:
    if not v.occupation_code:
        return UNKNOWN, -1, "岗位未填写职业代码。"
    codes = [("求职意向", c.sought_occupation_code)] + [("工作经历", e.occupation_code) for e in c.experience]
    codes += [("职业资格或技能等级证书", code) for code, _level in c.certificates]
    codes = [(source, code) for source, code in codes if code]
    if not codes:
        return UNKNOWN, -1, "求职者未填写求职职业，也无可比对的工作经历或证书。"
    best_source, best = max(((s, _common_level(code, v.occupation_code)) for s, code in codes), key=lambda x: x[1])
    credit = _OCCUPATION_CREDIT[min(best, 4)]
    status = MET if credit == 100 else PARTIAL if credit > 0 else NOT_MET
    return status, credit, f"{best_source}与岗位职业（{v.occupation_code}）：{_LEVEL_WORDS[min(best, 4)]}。"


def _best_level(c: CandidateFacts, vacancy_code: str) -> int | None:
    levels = [c.skill_level] if c.skill_level else []
    levels += [lvl for code, lvl in c.certificates if lvl and (not vacancy_code or _common_level(code, vacancy_code) >= 2)]
    return min(levels) if levels else None


def _skill(c: CandidateFacts, v: VacancyFacts) -> tuple[str, int, str]:
    if not v.required_skill_level:
        return MET, 100, "岗位未要求职业技能等级。"
    have = _best_level(c, v.occupation_code)
    if have is None:
        return NOT_MET, 0, f"岗位要求{v.required_skill_level}级及以上技能等级，求职者未登记技能等级。"
    if have <= v.required_skill_level:
        return MET, 100, f"岗位要求{v.required_skill_level}级及以上，求职者为{have}级。"
    if have == v.required_skill_level + 1:
        return PARTIAL, 50, f"岗位要求{v.required_skill_level}级及以上，求职者为{have}级，相差一级。"
    return NOT_MET, 0, f"岗位要求{v.required_skill_level}级及以上，求职者为{have}级。"


def _experience(c: CandidateFacts, v: VacancyFacts) -> tuple[str, int, str]:
    if not v.min_experience_months:
        return MET, 100, "岗位未要求工作经验。"
    if v.occupation_code:
        months = sum(e.months for e in c.experience if _common_level(e.occupation_code, v.occupation_code) >= 3)
        what = "相关职业"
    else:
        months = sum(e.months for e in c.experience)
        what = ""
    need = v.min_experience_months
    if months >= need:
        return MET, 100, f"岗位要求{need}个月经验，求职者有{what}经验{months}个月。"
    if months * 2 >= need:
        return PARTIAL, 50, f"岗位要求{need}个月经验，求职者有{what}经验{months}个月，达到一半以上。"
    return NOT_MET, 0, f"岗位要求{need}个月经验，求职者有{what}经验{months}个月。"


def _pay(c: CandidateFacts, v: VacancyFacts, tolerance_percent: int) -> tuple[str, int, str]:
    offered = v.pay_max or v.pay_min
    if not c.salary_min:
        return MET, 100, "求职者未填写期望月薪。"
    if not offered:
        return UNKNOWN, -1, "岗位未填写劳动报酬。"
    if offered >= c.salary_min:
        return MET, 100, f"岗位月薪最高{offered}元，不低于期望下限{c.salary_min}元。"
    if offered * 100 >= c.salary_min * (100 - tolerance_percent):
        return PARTIAL, 50, f"岗位月薪最高{offered}元，略低于期望下限{c.salary_min}元（{tolerance_percent}%以内）。"
    return NOT_MET, 0, f"岗位月薪最高{offered}元，低于期望下限{c.salary_min}元。"


def _pattern(c: CandidateFacts, v: VacancyFacts) -> tuple[str, int, str]:
    if not v.working_pattern:
        return UNKNOWN, -1, "岗位未注明工作方式。"
    if not c.working_pattern or c.working_pattern == "any" or v.working_pattern == "any":
        return MET, 100, "工作方式无限制。"
    if c.working_pattern == v.working_pattern:
        return MET, 100, "工作方式与求职意向一致。"
    return NOT_MET, 0, "工作方式与求职意向不一致。"


def _location(c: CandidateFacts, v: VacancyFacts) -> tuple[str, int, str]:
    if not v.work_district_id:
        return UNKNOWN, -1, "岗位未填写工作地点所在区。"
    area = (c.sought_area or "").strip()
    if area and any(word in area for word in ANY_AREA_WORDS):
        return MET, 100, "求职区域不限。"
    if area and any(name and name in area for name in v.work_district_names):
        return MET, 100, "工作地点在求职区域内。"
    if c.habitual_district_id and c.habitual_district_id == v.work_district_id:
        return MET, 100, "工作地点在求职者常住区。"
    if not area and not c.habitual_district_id:
        return UNKNOWN, -1, "求职者未填写求职区域和常住区。"
    return NOT_MET, 0, "工作地点不在求职区域或常住区内。"


def _availability(c: CandidateFacts, v: VacancyFacts, on: date) -> tuple[str, int, str]:
    if c.job_ready is None:
        return NOT_MET, 0, "尚未进行上岗条件评估。"
    if not c.job_ready:
        return NOT_MET, 0, "最近一次评估暂时不具备上岗条件。"
    if c.earliest_start is None or c.earliest_start <= on + timedelta(days=v.start_within_days):
        return MET, 100, f"具备上岗条件，可在{v.start_within_days}天内到岗。"
    return PARTIAL, 50, f"具备上岗条件，但最早{c.earliest_start.isoformat()}方可到岗，晚于岗位要求。"


# ---- scoring -------------------------------------------------------------------------------------------


def match(candidate: CandidateFacts, vacancy: VacancyFacts, *, instrument: InstrumentDefinition = DEFAULT_INSTRUMENT,
          on: date) -> MatchResult:
    """Score a person against a vacancy (BJ-15-4): 0 to 100 with a reason per criterion.

    The score is the weighted share of credit over the instrument's criteria; a criterion
    with missing information earns ``unknown_credit_percent``.  Only a job-ready person is
    eligible for a recommendation (BJ-15-2), whatever the score."""
    raw = {
        OCCUPATION: _occupation(candidate, vacancy),
        SKILL_LEVEL: _skill(candidate, vacancy),
        EXPERIENCE: _experience(candidate, vacancy),
        PAY: _pay(candidate, vacancy, instrument.pay_tolerance_percent),
        WORKING_PATTERN: _pattern(candidate, vacancy),
        LOCATION: _location(candidate, vacancy),
        AVAILABILITY: _availability(candidate, vacancy, on),
    }
    results, total_weight, earned = [], 0, 0
    for key in CRITERIA:
        weight = int(instrument.weights.get(key, 0))
        if weight <= 0:
            continue
        status, credit, reason = raw[key]
        if status == UNKNOWN:
            credit = instrument.unknown_credit_percent
        total_weight += weight
        earned += weight * credit
        clause = "BJ-15-1" if key == AVAILABILITY else "BJ-15-4"
        results.append(CriterionResult(key, CRITERION_LABELS[key], status, credit, weight, reason, clause))
    score = round(earned / total_weight) if total_weight else 0
    eligible = candidate.job_ready is True
    reasons = []
    if not eligible:
        reasons.append("只能为具备上岗条件的求职者提供匹配推荐（BJ-15-2）。")
    suggested = eligible and score >= instrument.min_score
    if eligible and not suggested:
        reasons.append(f"匹配得分{score}，低于推荐分数线{instrument.min_score}。")
    return MatchResult(instrument.version, score, eligible, suggested, tuple(results), tuple(reasons))


# ---- outcomes (BJ-16-1, BJ-41-1, BJ-30-8) --------------------------------------------------------------

#: Not-hired reason codes and whether the failure is attributable to the person (BJ-30-8).
NOT_HIRED_REASONS = MappingProxyType({
    "declined_offer": ("本人拒绝录用", True),
    "no_show_interview": ("本人未参加面试", True),
    "declined_interview": ("本人放弃应聘", True),
    "other_person": ("其他本人原因", True),
    "employer_rejected": ("用人单位未录用", False),
    "vacancy_filled": ("岗位已招满", False),
    "vacancy_cancelled": ("岗位取消或招聘信息失效", False),
    "other_not_person": ("其他非本人原因", False),
})


def not_hired_attribution(reason_code: str) -> bool:
    """True when the not-hired reason is attributable to the person (BJ-30-8); KeyError for an unknown code."""
    return NOT_HIRED_REASONS[reason_code][1]


def failed_event_count(outcomes: list[tuple[date, str, bool | None]], *, non_attributable_only: bool = False) -> int:
    """Recommendation events that did not lead to employment (BJ-28-9, Open question 11).

    ``outcomes`` are (recommended_on, outcome, person_attributable) rows of one person; one
    event is one recommendation date, counted once however many vacancies it named.  An
    event counts when at least one of its recommendations ended not_hired (and, for
    BJ-30-1(e), for a reason not attributable to the person) and none ended hired."""
    events: dict[date, list[tuple[str, bool | None]]] = {}
    for on, outcome, attributable in outcomes:
        events.setdefault(on, []).append((outcome, attributable))
    count = 0
    for rows in events.values():
        if any(o == "hired" for o, _a in rows):
            continue
        failed = [a for o, a in rows if o == "not_hired"]
        if non_attributable_only:
            failed = [a for a in failed if a is False]
        count += bool(failed)
    return count
