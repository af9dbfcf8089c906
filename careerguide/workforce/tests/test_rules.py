"""Pure workforce rules: boundaries the day before, of and after."""
from datetime import date
from decimal import Decimal

import pytest

from careerguide.workforce.rules import shandong as sd
from careerguide.workforce.rules import titles as t
from careerguide.workforce.rules.common import Period
from careerguide.workforce.rules.service_years import months_of_service, service_months, service_years_reached
from careerguide.workforce.rules.training import HoursEntry, cycle_year_for, plan_for, tier_of, training_hours_status

CUT = date(2026, 12, 31)


@pytest.mark.parametrize("end, reached", [(date(2026, 2, 27), False), (date(2026, 2, 28), True), (date(2026, 3, 1), True)])
def test_five_years_counted_in_calendar_months(end, reached):
    """BJ-63-4, BJ-63-2: 1 year = 12 calendar months; 2021-03-01 to 2026-02-28 is exactly 5 years."""
    assert service_years_reached([Period(date(2021, 3, 1), end)], cutoff=CUT, years=5) is reached


def test_years_are_cumulative_overlaps_once_and_only_front_line_pes_counts():
    """BJ-63-4 (non-continuous periods summed, overlaps counted once); BJ-63-2: only front-line PES guidance counts."""
    periods = [Period(date(2010, 1, 1), date(2012, 12, 31)), Period(date(2012, 6, 1), date(2012, 12, 31)),
               Period(date(2015, 1, 1), date(2016, 12, 31)), Period(date(2000, 1, 1), date(2009, 12, 31), in_pes=False),
               Period(date(2017, 1, 1), date(2019, 12, 31), front_line=False)]
    assert service_months(periods, cutoff=CUT) == 60
    assert service_months(periods, cutoff=CUT, pes_only=False, front_line_only=False) == 60 + 120 + 36


def test_ongoing_period_counts_to_the_cutoff():
    """BJ-63-4: measured as at the evaluation cut-off date."""
    assert service_months([Period(date(2016, 1, 1))], cutoff=date(2025, 12, 31)) == 120
    assert service_months([Period(date(2016, 1, 1))], cutoff=date(2025, 12, 30)) == 119


def test_one_algorithm_pools_leftover_days_as_each_document_reads():
    """BJ-63-4 pools leftover days at 31 a month, CZ-5-15 and HN-5-5 at 30: two stretches of 15 and 15 days."""
    split = [(date(2020, 1, 1), date(2020, 1, 15)), (date(2021, 1, 1), date(2021, 1, 15))]
    assert months_of_service(split, until=CUT, days_per_month=30) == 1
    assert months_of_service(split, until=CUT, days_per_month=31) == 0
    assert service_months([Period(s, e) for s, e in split], cutoff=CUT) == 0


def facts(**kw):
    base = dict(periods=(Period(date(2015, 1, 1)),), qualifications=frozenset({"senior_career_counsellor"}),
                outstanding_attested=True)
    return t.TitleFacts(**{**base, **kw})


def test_star_counsellor_needs_years_performance_and_senior_qualification():
    """BJ-63-2: all three conditions; an equivalent qualification counts."""
    assert t.star_counsellor_eligibility(facts(), cutoff=CUT, min_years=5).ok
    assert t.star_counsellor_eligibility(facts(qualifications=frozenset({"senior_economist"})), cutoff=CUT, min_years=5).ok
    d = t.star_counsellor_eligibility(facts(qualifications=frozenset(), outstanding_attested=False,
                                            periods=(Period(date(2022, 1, 2)),)), cutoff=CUT, min_years=5)
    assert not d.ok and len(d.reasons) == 3 and d.clauses == ("BJ-63-2",)


def test_chief_counsellor_needs_ten_years_and_an_earlier_star_year():
    """BJ-63-3: "曾被评为" means an earlier year; a star title of the same year does not count."""
    ten = (Period(date(2016, 1, 1)),)
    assert t.chief_counsellor_eligibility(facts(periods=ten, earlier_titles=frozenset({(t.STAR, 2025)})),
                                          cutoff=date(2026, 1, 1), min_years=10).ok
    assert not t.chief_counsellor_eligibility(facts(periods=ten, earlier_titles=frozenset({(t.STAR, 2026)})),
                                              cutoff=date(2026, 1, 1), min_years=10).ok
    assert not t.chief_counsellor_eligibility(facts(periods=ten, earlier_titles=frozenset({(t.STAR, 2025)})),
                                              cutoff=date(2025, 12, 30), min_years=10).ok


def test_analyst_titles_refuse_until_outside_work_parameter_is_set():
    """BJ-67-1, BJ-67-2: no default for whether analysis work outside PES counts (BJ-68-1)."""
    f = facts(periods=(Period(date(2020, 1, 1), kind="analysis", in_pes=False),),
              qualifications=frozenset({"senior_statistician"}), led_team_attested=True,
              earlier_titles=frozenset({(t.EXCELLENT_ANALYST, 2024)}))
    assert not t.excellent_analyst_eligibility(f, cutoff=CUT, min_years=2, outside_pes_counts=None).ok
    assert not t.excellent_analyst_eligibility(f, cutoff=CUT, min_years=2, outside_pes_counts=False).ok
    assert t.excellent_analyst_eligibility(f, cutoff=CUT, min_years=2, outside_pes_counts=True).ok
    assert t.chief_analyst_eligibility(f, cutoff=CUT, min_years=5, outside_pes_counts=True).ok
    assert not t.chief_analyst_eligibility(f, cutoff=date(2024, 12, 30), min_years=5, outside_pes_counts=True).ok


@pytest.mark.parametrize("days, ok", [(Decimal("99"), False), (Decimal("100"), True), (Decimal("101"), True)])
def test_two_workdays_per_week_over_real_working_weeks(days, ok):
    """BJ-64-1, BJ-64-4: 250 working days − 0 leave = 50 weeks; 100 day-equivalents is exactly 2 per week."""
    per_week = t.specialised_workdays_per_week(workday_equivalents=days, workdays_in_year=250, leave_days=0)
    d = t.chief_star_workload(per_week=per_week, output=t.YearOutput(published_papers=1, representative_cases=5),
                              min_per_week=Decimal(2), min_papers=1, min_cases=5)
    assert d.ok is ok
    if not ok:
        assert "BJ-64-4" in d.clauses


def test_leave_reduces_the_weeks_and_hours_convert_to_days():
    """BJ-64-1 (Open question 26): leave shrinks the denominator; 720 hours ÷ 8 = 90 day-equivalents."""
    eq = t.workday_equivalents(measure="hours", specialised_hours=Decimal(720), daily_hours=Decimal(8))
    assert eq == 90
    assert t.specialised_workdays_per_week(workday_equivalents=eq, workdays_in_year=250, leave_days=25) == Decimal("2.00")
    assert t.workday_equivalents(measure="roster", rostered_days=97, daily_hours=Decimal(8)) == 97


def test_papers_and_cases_shortfall_and_senior_report_only():
    """BJ-64-2 (1 paper and 5 cases), BJ-64-3 (senior: reported only)."""
    short = t.chief_star_workload(per_week=Decimal(3), output=t.YearOutput(published_papers=0, representative_cases=4),
                                  min_per_week=Decimal(2), min_papers=1, min_cases=5)
    assert not short.ok and len(short.reasons) == 2
    senior = t.senior_counsellor_workload(output=t.YearOutput(published_papers=1, representative_cases=2), min_papers=1, min_cases=3)
    assert senior.ok and senior.warnings and senior.clauses == ("BJ-64-3",)


def test_analyst_workload():
    """BJ-67-3 with BJ-67-5; BJ-67-4 only reported."""
    assert t.chief_excellent_analyst_workload(output=t.YearOutput(analysis_reports=4, excellent_articles=1),
                                              min_reports=4, min_excellent=1).ok
    d = t.chief_excellent_analyst_workload(output=t.YearOutput(analysis_reports=3, excellent_articles=1), min_reports=4,
                                           min_excellent=1)
    assert not d.ok and "BJ-67-5" in d.clauses
    assert t.senior_analyst_workload(output=t.YearOutput(analysis_reports=1), min_reports=2).warnings


@pytest.mark.parametrize("hours, met", [(Decimal("59.5"), False), (Decimal("60"), True), (Decimal("60.5"), True)])
def test_sixty_hours_minimum(hours, met):
    """BJ-69-1: "不少于60学时" — 60 is enough."""
    entries = [HoursEntry(hours=hours, completed_on=date(2026, 6, 1), assessed=True)]
    assert training_hours_status(entries, year=2026, annual_hours=60).met is met


def test_hours_count_in_completion_year_failed_assessments_flagged_and_joiners_pro_rata():
    """BJ-69-1, BJ-69-3 (Open question 28): calendar year; failed assessments still count but are flagged;
    a July joiner owes 30 hours."""
    entries = [HoursEntry(Decimal(20), date(2025, 12, 31), True), HoursEntry(Decimal(20), date(2026, 1, 1), True, passed=False),
               HoursEntry(Decimal(15), date(2026, 5, 1), assessed=False)]
    s = training_hours_status(entries, year=2026, annual_hours=60, joined_on=date(2026, 7, 15))
    assert (s.hours, s.required, s.met, s.failed_assessments) == (Decimal(20), Decimal(30), False, 1)


def test_tiers_plans_and_progression():
    """SD-1-1 (tier = best skill level), SD-1-2 (plan per tier-category pair), SD-1-3 (move from the next cycle)."""
    assert tier_of([]) == 0 and tier_of([4, 2]) == 2
    plans = {(2, "pes_counsellor"): "plan"}
    assert plan_for(tier=2, category="pes_counsellor", plans=plans) == "plan"
    assert plan_for(tier=3, category="pes_counsellor", plans=plans) is None
    assert cycle_year_for(tier_changed_on=date(2026, 3, 1)) == 2027


def test_old_titles_map_to_levels():
    """SD-18-1: 职业指导员 4, 助理职业指导师 3, 职业指导师 2, 高级职业指导师 1."""
    assert [sd.level_from_old_title(x) for x in ("职业指导员", "助理职业指导师", "职业指导师", "高级职业指导师")] == [4, 3, 2, 1]
    with pytest.raises(ValueError):
        sd.level_from_old_title("首席")


def test_chief_nomination_level_one_hard_experience_soft():
    """SD-5-1: level 2 (old 职业指导师) is rejected; level 1 with 9 years passes with a warning."""
    nine = [Period(date(2018, 1, 1))]
    assert not sd.chief_nomination_check(best_level=2, periods=nine, cutoff=CUT, required_level=1, warning_min_years=10).ok
    d = sd.chief_nomination_check(best_level=1, periods=nine, cutoff=CUT, required_level=1, warning_min_years=10)
    assert d.ok and d.warnings
    assert not sd.chief_nomination_check(best_level=1, periods=[Period(date(2016, 1, 1))], cutoff=CUT, required_level=1,
                                         warning_min_years=10).warnings


def test_chief_term_and_early_end():
    """SD-5-3: default 1-year term; ends early on leaving or losing the certificate."""
    assert sd.chief_term_end(date(2026, 3, 1), term_years=1) == date(2027, 2, 28)
    assert sd.chief_should_end(still_in_locality_guidance=False, best_level=1, required_level=1) == "left_locality"
    assert sd.chief_should_end(still_in_locality_guidance=True, best_level=2, required_level=1) == "certificate_lost"
    assert sd.chief_should_end(still_in_locality_guidance=True, best_level=1, required_level=1) is None


@pytest.mark.parametrize("students, shortfall", [(999, False), (1000, False), (1001, True)])
def test_hei_ratio_threshold(students, shortfall):
    """SD-4-2: more than 500 graduating students per full-time counsellor is a shortfall (2 counsellors)."""
    assert sd.staffing_ratio(served=students, full_time=2, threshold=500).shortfall is shortfall
    assert not sd.staffing_ratio(served=students, full_time=2, threshold=None).shortfall


def test_part_time_certificate_and_lead_warning():
    """SD-4-3 (part-time counsellor only with a certificate), SD-6-2 (other leads accepted with a warning)."""
    assert sd.part_time_category(has_counsellor_certificate=True) == "part_time_counsellor"
    assert sd.part_time_category(has_counsellor_certificate=False) == "part_time_helper"
    assert sd.research_lead_check(is_expert=False, is_hei_counsellor=False).warnings
    assert not sd.research_lead_check(is_expert=True, is_hei_counsellor=False).warnings


@pytest.mark.parametrize("so_far, ok", [(48, True), (49, True), (50, False)])
def test_award_quota_with_override(so_far, ok):
    """SD-20-2: the 50th star is allowed, the 51st blocked unless a document reference overrides it."""
    assert sd.quota_check(awarded_so_far=so_far, quota=50).ok is ok
    assert sd.quota_check(awarded_so_far=so_far, quota=50, override_reference="鲁人社字〔2025〕1号").ok


@pytest.mark.parametrize("day, inside", [(date(2020, 12, 31), False), (date(2021, 1, 1), True), (date(2025, 12, 31), True),
                                         (date(2026, 1, 1), False)])
def test_target_period(day, inside):
    """SD-G-8: 2021-01-01 to 2025-12-31 inclusive."""
    assert sd.in_target_period(day, start=date(2021, 1, 1), end=date(2025, 12, 31)) is inside


def test_composite_renormalises_missing_sources():
    """SD-21-3: equal weights by default; a source with no responses is dropped and weights renormalised."""
    assert sd.composite_score({"peer": Decimal(80), "student": None, "social": Decimal(90)}) == Decimal("85.00")
    assert sd.composite_score({"peer": Decimal(80), "social": Decimal(90)}, weights={"peer": 3, "social": 1}) == Decimal("82.50")
    assert sd.composite_score({"peer": None}) is None


def test_organisation_score_is_the_mean_of_its_counsellors_composites():
    """SD-21-5: the organisation's score is the mean of its counsellors' composites; a counsellor without one is left
    out rather than counted as zero, and an organisation whose counsellors have none has no score."""
    assert sd.organisation_composite([Decimal("85.00"), Decimal("90.00")]) == Decimal("87.50")
    assert sd.organisation_composite([Decimal("85.00"), None]) == Decimal("85.00")
    assert sd.organisation_composite([Decimal("80"), Decimal("80"), Decimal("81")]) == Decimal("80.33")
    assert sd.organisation_composite([None]) is None and sd.organisation_composite([]) is None


def test_missing_contest_editions_and_shares():
    """SD-3-1 (one provincial edition per type per year), SD-2-3 and SD-18-2 shares, SD-G-10 age bands."""
    held = {("skills_contest", 2025)}
    assert sd.missing_editions(held=held, types=("skills_contest", "golden_course_contest"), years=range(2025, 2026)) == [
        ("golden_course_contest", 2025)]
    assert sd.share(1, 3) == Decimal("33.3") and sd.share(0, 0) is None
    assert sd.age_band(date(1996, 7, 1), on=date(2026, 6, 30)) == "<30"
    assert sd.age_band(date(1996, 7, 1), on=date(2026, 7, 1)) == "30-39"
