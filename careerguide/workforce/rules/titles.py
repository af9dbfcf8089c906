"""Titles of BJ chapter 7 as pure eligibility rules.

Star / chief career counsellor (BJ-63-2, BJ-63-3), yearly workload (BJ-64-1 to BJ-64-4),
excellent / chief information analyst (BJ-67-1 to BJ-67-5).  Every number comes in as a
parameter resolved from policy by the caller; nothing here reads settings.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from .common import Decision, Period, decide
from .service_years import service_years_reached

STAR = "star_counsellor"
CHIEF = "chief_counsellor"
EXCELLENT_ANALYST = "excellent_analyst"
CHIEF_ANALYST = "chief_analyst"

COUNSELLOR_TITLES = (STAR, CHIEF)
ANALYST_TITLES = (EXCELLENT_ANALYST, CHIEF_ANALYST)

#: Qualifications that count as "高级职业指导师或可视同" (BJ-63-2: "等", a configurable list).
STAR_EQUIVALENTS_DEFAULT = frozenset({
    "senior_career_counsellor", "senior_psychological_counsellor", "senior_enterprise_hr_manager", "senior_economist",
})
#: Qualifications that count as "高级职业信息分析师或可视同" (BJ-67-1).
ANALYST_EQUIVALENTS_DEFAULT = frozenset({
    "senior_analyst", "senior_enterprise_hr_manager", "senior_economist", "senior_statistician",
})


@dataclass(frozen=True)
class TitleFacts:
    """What a title decision needs about one person, as at the evaluation cut-off."""

    periods: tuple[Period, ...]
    qualifications: frozenset[str]
    outstanding_attested: bool
    earlier_titles: frozenset[tuple[str, int]] = frozenset()  # (title, year) held before
    led_team_attested: bool = False


def star_counsellor_eligibility(facts: TitleFacts, *, cutoff: date, min_years: int,
                                equivalents=STAR_EQUIVALENTS_DEFAULT) -> Decision:
    """BJ-63-2: ≥ min_years front-line guidance in PES, outstanding performance, senior qualification or equivalent."""
    failures = []
    if not service_years_reached(list(facts.periods), cutoff=cutoff, years=min_years):
        failures.append((f"在公共就业服务机构从事一线职业指导工作不满{min_years}年。", "BJ-63-2"))
    if not facts.outstanding_attested:
        failures.append(("缺少经审核的工作业绩突出证明。", "BJ-63-2"))
    if not facts.qualifications & set(equivalents):
        failures.append(("未取得高级职业指导师或可视同的资格。", "BJ-63-2"))
    return decide(failures)


def chief_counsellor_eligibility(facts: TitleFacts, *, cutoff: date, min_years: int) -> Decision:
    """BJ-63-3: ≥ min_years front-line guidance in PES and rated star counsellor in an earlier year ("曾被评为")."""
    failures = []
    if not service_years_reached(list(facts.periods), cutoff=cutoff, years=min_years):
        failures.append((f"在公共就业服务机构从事一线职业指导工作不满{min_years}年。", "BJ-63-3"))
    if not any(t == STAR and y < cutoff.year for t, y in facts.earlier_titles):
        failures.append(("此前未曾被评为星级职业指导师。", "BJ-63-3"))
    return decide(failures)


def excellent_analyst_eligibility(facts: TitleFacts, *, cutoff: date, min_years: int, outside_pes_counts: bool | None,
                                  equivalents=ANALYST_EQUIVALENTS_DEFAULT) -> Decision:
    """BJ-67-1: ≥ min_years analysis work, outstanding performance, senior analyst qualification or equivalent.

    ``outside_pes_counts`` has no default (BJ-68-1); None refuses to decide."""
    if outside_pes_counts is None:
        return decide([("市级评价办法尚未设定机构外分析工作是否计入年限，暂不能评定。", "BJ-67-1")])
    failures = []
    if not service_years_reached(list(facts.periods), cutoff=cutoff, years=min_years, kind="analysis",
                                 pes_only=not outside_pes_counts, front_line_only=False):
        failures.append((f"从事职业信息分析工作不满{min_years}年。", "BJ-67-1"))
    if not facts.outstanding_attested:
        failures.append(("缺少经审核的工作业绩突出证明。", "BJ-67-1"))
    if not facts.qualifications & set(equivalents):
        failures.append(("未取得高级职业信息分析师或可视同的资格。", "BJ-67-1"))
    return decide(failures)


def chief_analyst_eligibility(facts: TitleFacts, *, cutoff: date, min_years: int, outside_pes_counts: bool | None) -> Decision:
    """BJ-67-2: ≥ min_years analysis work, led the local analysis team to good results, excellent analyst before."""
    if outside_pes_counts is None:
        return decide([("市级评价办法尚未设定机构外分析工作是否计入年限，暂不能评定。", "BJ-67-2")])
    failures = []
    if not service_years_reached(list(facts.periods), cutoff=cutoff, years=min_years, kind="analysis",
                                 pes_only=not outside_pes_counts, front_line_only=False):
        failures.append((f"从事职业信息分析工作不满{min_years}年。", "BJ-67-2"))
    if not facts.led_team_attested:
        failures.append(("缺少经审核的带领分析团队取得良好成绩的证明。", "BJ-67-2"))
    if not any(t == EXCELLENT_ANALYST and y < cutoff.year for t, y in facts.earlier_titles):
        failures.append(("此前未曾被评为优秀职业信息分析师。", "BJ-67-2"))
    return decide(failures)


# ---- yearly workload ---------------------------------------------------------------------------

@dataclass(frozen=True)
class YearOutput:
    """Counts of one person's outputs in a calendar year (BJ-64-5)."""

    published_papers: int = 0
    representative_cases: int = 0
    analysis_reports: int = 0
    excellent_articles: int = 0


def specialised_workdays_per_week(*, workday_equivalents: Decimal, workdays_in_year: int, leave_days: int) -> Decimal:
    """BJ-64-1 (Open question 26): working-day equivalents ÷ ((working days − approved leave) ÷ 5)."""
    weeks = Decimal(max(workdays_in_year - leave_days, 0)) / Decimal(5)
    if weeks <= 0:
        return Decimal(0)
    return (Decimal(workday_equivalents) / weeks).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def workday_equivalents(*, measure: str, specialised_hours: Decimal = Decimal(0), rostered_days: int = 0,
                        daily_hours: Decimal) -> Decimal:
    """BJ-64-1: service time ÷ standard daily hours ("hours"), or rostered specialised duty days ("roster")."""
    if measure == "roster":
        return Decimal(rostered_days)
    return Decimal(specialised_hours) / Decimal(daily_hours)


def chief_star_workload(*, per_week: Decimal, output: YearOutput, min_per_week: Decimal, min_papers: int,
                        min_cases: int) -> Decision:
    """BJ-64-1, BJ-64-2 and the consequence BJ-64-4: any shortfall bars the title for that year."""
    failures = []
    if per_week < Decimal(min_per_week):
        failures.append((f"平均每周专门职业指导{per_week}个工作日，少于{min_per_week}个。", "BJ-64-1"))
    if output.published_papers < min_papers:
        failures.append((f"当年在公开刊物发表论文{output.published_papers}篇，少于{min_papers}篇。", "BJ-64-2"))
    if output.representative_cases < min_cases:
        failures.append((f"当年完成代表性案例{output.representative_cases}个，少于{min_cases}个。", "BJ-64-2"))
    result = decide(failures)
    return Decision(ok=result.ok, reasons=result.reasons, clauses=result.clauses + (("BJ-64-4",) if failures else ()))


def senior_counsellor_workload(*, output: YearOutput, min_papers: int, min_cases: int) -> Decision:
    """BJ-64-3: a shortfall is reported only (warnings, never a refusal; BJ-64-4 names no consequence)."""
    warnings = []
    if output.published_papers < min_papers:
        warnings.append((f"当年论文{output.published_papers}篇，少于{min_papers}篇。", "BJ-64-3"))
    if output.representative_cases < min_cases:
        warnings.append((f"当年代表性案例{output.representative_cases}个，少于{min_cases}个。", "BJ-64-3"))
    return decide([], warnings)


def chief_excellent_analyst_workload(*, output: YearOutput, min_reports: int, min_excellent: int) -> Decision:
    """BJ-67-3 with the consequence of BJ-67-5."""
    failures = []
    if output.analysis_reports < min_reports:
        failures.append((f"当年分析报告{output.analysis_reports}篇，少于{min_reports}篇。", "BJ-67-3"))
    if output.excellent_articles < min_excellent:
        failures.append((f"当年被评为优秀文章{output.excellent_articles}次，少于{min_excellent}次。", "BJ-67-3"))
    result = decide(failures)
    return Decision(ok=result.ok, reasons=result.reasons, clauses=result.clauses + (("BJ-67-5",) if failures else ()))


def senior_analyst_workload(*, output: YearOutput, min_reports: int) -> Decision:
    """BJ-67-4: reported only (BJ-67-5 names no consequence for senior analysts)."""
    warnings = []
    if output.analysis_reports < min_reports:
        warnings.append((f"当年分析报告{output.analysis_reports}篇，少于{min_reports}篇。", "BJ-67-4"))
    return decide([], warnings)
