"""Pure rules of the Shandong service and HEI model, at their boundaries."""
from datetime import date
from decimal import Decimal

from careerguide.workforce.rules.guidance_model import (
    Segment,
    course_compliance,
    missing_key_tasks,
    not_in_place,
    participation_rate,
    registration_problem,
    service_in_catalogue,
    summary_period,
)
from careerguide.workforce.rules.training import cycle_covers

SAFE = Segment(4, Decimal(1), True, True)


def _compliance(segments, *, required=True, mode="blended", years=4, start=1):
    return course_compliance(required=required, delivery_mode=mode, programme_years=years, segments=segments,
                             start_year=start)


def test_required_course_is_the_first_check():
    """SD-13-2: an elective career course is non-compliant; required is compliant."""
    segments = [Segment(y, Decimal(1)) for y in (1, 2, 3)] + [SAFE]
    assert _compliance(segments).compliant
    elective = _compliance(segments, required=False)
    assert not elective.compliant and [c for _m, c in elective.non_compliant] == ["SD-13-2"]


def test_course_starts_in_the_first_year():
    """SD-13-3: without a year-1 segment the plan is non-compliant; a start year of 2 from the policy moves the bar."""
    later = [Segment(2, Decimal(1)), SAFE]
    assert "SD-13-3" in [c for _m, c in _compliance(later).non_compliant]
    assert "SD-13-3" not in [c for _m, c in _compliance(later, start=2).non_compliant]


def test_years_without_credits_are_warnings_not_non_compliance():
    """SD-13-4 reading (a): every year should carry credits; a gap is a warning until the department confirms."""
    result = _compliance([Segment(1, Decimal(1)), SAFE])
    assert result.compliant and [m for m, c in result.warnings if c == "SD-13-4"] == ["2年级没有设立学分。",
                                                                                  "3年级没有设立学分。"]
    assert result.credits_by_year == {1: Decimal(1), 2: 0, 3: 0, 4: Decimal(1)}


def test_blended_delivery_is_reported():
    """SD-13-5: an offline-only course is flagged as not "线上线下相结合" (a warning)."""
    segments = [Segment(y, Decimal(1)) for y in (1, 2, 3)] + [SAFE]
    assert [c for _m, c in _compliance(segments, mode="offline").warnings] == ["SD-13-5"]


def test_safety_module_in_the_graduating_year_with_both_topics():
    """SD-13-6: the module covers risk awareness and employment rights in the final year; one topic, or the module in
    another year, is non-compliant."""
    base = [Segment(y, Decimal(1)) for y in (1, 2, 3)]
    assert _compliance(base + [SAFE]).compliant
    assert not _compliance(base + [Segment(4, Decimal(1), True, False)]).compliant
    assert not _compliance(base + [Segment(3, Decimal(1), True, True), Segment(4, Decimal(1))]).compliant


def test_competition_eligibility():
    """SD-14-2: enrolled students of a regular HEI, year 1 to the final year, 专科 or 本科; postgraduates only if
    the edition allows."""
    ok = dict(enrolled=True, regular_hei=True, study_level="benke", year_of_study=4, programme_years=4,
              postgraduates_allowed=False)
    assert registration_problem(**ok) is None
    assert registration_problem(**{**ok, "year_of_study": 1, "study_level": "zhuanke"}) is None
    assert registration_problem(**{**ok, "year_of_study": 5}) == "年级须在1至4年级之间。"
    assert registration_problem(**{**ok, "year_of_study": 0}) is not None
    assert registration_problem(**{**ok, "enrolled": False}) == "只有在校大学生可以报名。"
    assert registration_problem(**{**ok, "regular_hei": False}) is not None
    assert registration_problem(**{**ok, "study_level": "postgraduate", "year_of_study": 1}) == "本届比赛不接受研究生报名。"
    assert registration_problem(**{**ok, "study_level": "postgraduate", "year_of_study": 1,
                                   "postgraduates_allowed": True}) is None


def test_participation_rate():
    """SD-14-3: registrants ÷ enrolled students; none without a head count."""
    assert participation_rate(25, 1000) == Decimal("2.5") and participation_rate(0, 1000) == Decimal("0.0")
    assert participation_rate(3, 0) is None


def test_catalogue_by_recipient_type():
    """SD-10-2 (employment consultation), SD-11-1 (the eight services for job seekers and graduates), SD-11-2 (the
    employer's two), SD-11-3 (assistance targets add employment assistance)."""
    eight = ("legal_policy_consultation", "supply_demand_information", "career_diagnosis_assessment",
             "career_consultation", "career_planning", "employment_psychological_adjustment", "job_search_skills",
             "strategy_guidance")
    for who in ("job_seeker", "college_graduate", "assistance_target"):
        assert all(service_in_catalogue(who, s) for s in (*eight, "employment_consultation"))
    assert service_in_catalogue("employer", "hiring_needs_analysis")
    assert service_in_catalogue("employer", "recruitment_strategy_guidance")
    assert not service_in_catalogue("employer", "career_planning")
    assert not service_in_catalogue("job_seeker", "hiring_needs_analysis")
    assert service_in_catalogue("assistance_target", "employment_assistance")
    assert not service_in_catalogue("job_seeker", "employment_assistance")


def test_summary_periods_count_from_the_anchor():
    """SD-S-3: 12-month periods from 2021-01-01: 2026-12-31 is in 2026's, 2027-01-01 starts the next; 6 months halve."""
    anchor = date(2021, 1, 1)
    assert summary_period(date(2026, 12, 31), months=12, anchor=anchor) == (date(2026, 1, 1), date(2026, 12, 31))
    assert summary_period(date(2027, 1, 1), months=12, anchor=anchor) == (date(2027, 1, 1), date(2027, 12, 31))
    assert summary_period(date(2026, 7, 1), months=6, anchor=anchor) == (date(2026, 7, 1), date(2026, 12, 31))


def test_key_tasks_and_four_in_place():
    """SD-S-1: the 21 key tasks without anyone responsible; SD-S-6: the items not in place."""
    assert missing_key_tasks(set(range(1, 21))) == [21] and missing_key_tasks(set(range(1, 22))) == []
    assert not_in_place({"institution": True, "personnel": True, "premises": False, "funding": True}) == ["premises"]


def test_training_cycle_covers_its_months():
    """SD-1-2: a 12-month cycle from 2025 ends before 2026; a 24-month one still runs in 2026."""
    assert cycle_covers(cycle_year=2025, months=12, on=date(2025, 12, 31))
    assert not cycle_covers(cycle_year=2025, months=12, on=date(2026, 1, 1))
    assert cycle_covers(cycle_year=2025, months=24, on=date(2026, 1, 1))
