"""Pure rules of the master-studio measures: eligibility, vote, quota, naming, materials, targets, exits."""
import datetime as dt
from decimal import Decimal

import pytest

from careerguide.studios.rules import operation as op
from careerguide.studios.rules.base import NEEDS_JUDGEMENT
from careerguide.studios.rules.eligibility import (
    Certificate,
    application_eligibility,
    host_type_warning,
    master_eligibility,
    route1_met,
    route2_met,
    service_months,
    studio_eligibility,
)
from careerguide.studios.rules.procedure import (
    item3_required_documents,
    materials_complete,
    named_master_valid,
    recommender_may_recommend,
    round_creation_allowed,
    studio_name,
    years_without_round,
)
from careerguide.studios.rules.review import (
    ABSTAIN,
    FAILED,
    INSUFFICIENT,
    NOT_WITHIN_QUOTA,
    PASSED,
    PROPOSED,
    RUN_OFF,
    Tally,
    normalise_choice,
    panel_can_open,
    pass_threshold,
    quota_allows,
    rank_within_quota,
    recusal_needed,
    slots_allow,
    tally_outcome,
)

D = dt.date


@pytest.mark.parametrize("deadline, months", [(D(2025, 6, 29), 119), (D(2025, 6, 30), 120), (D(2025, 7, 1), 120)])
def test_service_months_worked_example(deadline, months):
    """HN-5-5: continuous from 2015-07-01 → 120 months at deadline 2025-06-30, 119 the day before."""
    assert service_months([(D(2015, 7, 1), None)], reference=deadline) == months


def test_service_months_merges_overlaps_and_pools_days():
    """HN-5-5: overlapping intervals merge; leftover days pool at 30 days a month."""
    overlapping = [(D(2015, 1, 1), D(2015, 12, 31)), (D(2015, 6, 1), D(2016, 6, 30))]
    assert service_months(overlapping, reference=D(2020, 1, 1)) == 18
    # 20 + 20 leftover days from two separate intervals make one more month (40 // 30).
    split = [(D(2015, 1, 1), D(2015, 1, 20)), (D(2016, 1, 1), D(2016, 1, 20))]
    assert service_months(split, reference=D(2020, 1, 1)) == 1


def _master(months_from=D(2015, 7, 1), reference=D(2025, 6, 30), **kw):
    return master_eligibility(intervals=[(months_from, None)], reference=reference, min_years=10, **kw)


@pytest.mark.parametrize("occupation, kind, confirmed, met", [
    ("career_guidance", "qualification", False, True), ("hr_management", "qualification", False, True),
    ("psych_counselling", "qualification", False, True), ("career_guidance", "skill_level", False, True),
    ("other", "qualification", False, False), ("other", "qualification", True, True)])
def test_route1_any_level_of_named_occupations(occupation, kind, confirmed, met):
    """HN-5-2: any level of the named occupations, skill-level certificates too; others once a reviewer confirms."""
    assert route1_met([Certificate(occupation, kind, confirmed)]) is met


@pytest.mark.parametrize("levels, met", [(["national"], True), (["provincial"], True), (["city"], False),
                                         (["county", "city"], False)])
def test_route2_provincial_or_higher(levels, met):
    """HN-5-3: only provincial or national awards count."""
    assert route2_met(levels) is met


def test_master_conditions_and_blocking():
    """HN-5-1, HN-5-8, HN-5-4: the 10-year test AND one route; route 3 claimed with evidence goes to the panel."""
    ok = _master(certificates=[Certificate("career_guidance")])
    assert ok.ok and ok.blocking == ()
    short = _master(reference=D(2025, 6, 29), certificates=[Certificate("career_guidance")])
    assert not short.ok and short.blocking == ("years",)
    none = _master()
    assert none.blocking == ("routes",)
    route3 = _master(route3_claimed=True, route3_evidence="三项省级课题")
    assert route3.ok and {c.code: c.outcome for c in route3.conditions}["route3"] == NEEDS_JUDGEMENT
    claimed_without_evidence = _master(route3_claimed=True, route3_evidence=" ")
    assert claimed_without_evidence.blocking == ("routes",)


def _studio(**kw):
    base = dict(lead_person_ids=["m"], staff_person_ids=["a", "b"], talent_aspects_covered=list(
        ["training", "evaluation", "selection", "deployment", "incentive"]), funding_source="自筹",
        funding_annual_amount=Decimal("1"), premises_address="某路", premises_area=Decimal("50"), equipment="电脑",
        min_lead_masters=1, min_staff=2)
    base.update(kw)
    return studio_eligibility(**base)


def test_studio_staffing_three_distinct_people():
    """HN-5-7: ≥ 1 lead master plus ≥ 2 staff; the master is not counted as staff."""
    assert _studio().ok
    assert _studio(staff_person_ids=["a"]).blocking == ("staffing",)
    assert _studio(staff_person_ids=["m", "a"]).blocking == ("staffing",)
    assert not _studio(lead_person_ids=[]).ok


def test_studio_talent_rules_cover_five_aspects():
    """HN-5-10: each of the five aspects covered by at least one document."""
    result = _studio(talent_aspects_covered=["training", "evaluation", "selection", "deployment"])
    assert result.blocking == ("talent_rules",)
    assert "incentive" in {c.code: c for c in result.conditions}["talent_rules"].reason


def test_studio_funding_premises_equipment_mandatory_and_attestations_not_computed():
    """HN-5-11 mandatory fields; HN-5-9 attestations are left to the panel."""
    assert _studio(equipment="").blocking == ("conditions",)
    assert _studio(funding_annual_amount=None).blocking == ("conditions",)
    assert {c.code: c.outcome for c in _studio().conditions}["policy_attestations"] == NEEDS_JUDGEMENT


def test_application_eligibility_needs_one_passing_master():
    """HN-5-8: blocked when no lead master passes, even if the studio conditions hold."""
    failing = _master()
    passing = _master(certificates=[Certificate("psych_counselling")])
    assert application_eligibility([failing, passing], _studio()).ok
    assert application_eligibility([failing], _studio()).blocking == ("master",)


def test_host_type_other_needs_reason():
    """HN-3-1: PES agencies and universities pass; an "other" host needs a recorded reason."""
    assert host_type_warning("university") == (True, "")
    accepted, warning = host_type_warning("other")
    assert not accepted and warning
    assert host_type_warning("other", "区域性行业协会，长期开展就业服务")[0]


@pytest.mark.parametrize("cast, need", [(7, 5), (8, 6), (9, 6), (10, 7), (11, 8)])
def test_pass_threshold_two_thirds_rounded_up(cast, need):
    """HN-6-11: the worked table."""
    assert pass_threshold(cast) == need


def test_tally_outcome_boundaries():
    """HN-6-11, HN-6-6: 5 of 7 passes, 4 of 7 fails, abstentions do not approve; under 7 ballots no vote."""
    assert tally_outcome(Tally(5, 2, 0), min_ballots=7)[0] == PASSED
    assert tally_outcome(Tally(4, 2, 1), min_ballots=7)[0] == FAILED
    assert tally_outcome(Tally(5, 0, 1), min_ballots=7)[0] == INSUFFICIENT
    assert tally_outcome(Tally(6, 0, 2), min_ballots=7)[0] == PASSED
    assert tally_outcome(Tally(5, 0, 3), min_ballots=7)[0] == FAILED


def test_blank_ballot_is_abstain():
    """HN-6-10."""
    assert normalise_choice(None) == ABSTAIN and normalise_choice("spoilt") == ABSTAIN
    assert normalise_choice("approve") == "approve"


def test_panel_opening_and_recusal():
    """HN-6-6 (≥ 7 present), HN-6-7 (same unit or on the staff list)."""
    assert not panel_can_open(6, 7) and panel_can_open(7, 7)
    assert recusal_needed(expert_units={"host:1"}, candidate_units={"host:1", "rec:2"})
    assert recusal_needed(expert_units=set(), candidate_units={"host:1"}, expert_person_key="x", candidate_person_keys={"x"})
    assert not recusal_needed(expert_units={"host:3"}, candidate_units={"host:1"})


def test_ranking_within_quota_and_run_off():
    """HN-6-12: top ones up to the quota proposed; a tie on the quota line goes to a run-off."""
    assert rank_within_quota({"a": 7, "b": 6}, 2) == {"a": PROPOSED, "b": PROPOSED}
    assert rank_within_quota({"a": 7, "b": 6, "c": 5}, 2) == {"a": PROPOSED, "b": PROPOSED, "c": NOT_WITHIN_QUOTA}
    assert rank_within_quota({"a": 7, "b": 6, "c": 6}, 2) == {"a": PROPOSED, "b": RUN_OFF, "c": RUN_OFF}


def test_quota_and_slots():
    """HN-6-2: confirmations never exceed the quota; recommenders respect their slots."""
    assert quota_allows(1, 1, 2) and not quota_allows(2, 1, 2)
    assert slots_allow(0, 1) and not slots_allow(1, 1) and slots_allow(5, None)


def test_one_round_per_year_unless_cancelled_empty():
    """HN-3-2."""
    assert round_creation_allowed([], per_year=1)
    assert not round_creation_allowed([("published", True)], per_year=1)
    assert round_creation_allowed([("cancelled", False)], per_year=1)
    assert not round_creation_allowed([("cancelled", True)], per_year=1)
    assert years_without_round(first_year=2020, last_year=2023, round_years=[2020, 2022]) == [2021, 2023]


def test_studio_name_generated():
    """HN-6-20, HN-6-21: the named master's name + 职业指导大师工作室, no space; exactly one named master."""
    assert studio_name("张 三") == "张三职业指导大师工作室"
    with pytest.raises(ValueError):
        studio_name(" ")
    assert named_master_valid([True, False]) and not named_master_valid([True, True]) and not named_master_valid([False])


def test_recommender_reach():
    """HN-6-3, HN-6-4, HN-6-25: bureau → its territory; university → own units; city-level host → named one."""
    base = dict(host_district_key=4, host_university_key=None, host_is_city_level=False)
    assert recommender_may_recommend(recommender_kind="county_hrss", recommender_id=1, recommender_district_key=4, **base)
    assert not recommender_may_recommend(recommender_kind="county_hrss", recommender_id=1, recommender_district_key=5, **base)
    assert not recommender_may_recommend(recommender_kind="local_university", recommender_id=9, recommender_district_key=None,
                                         **base)
    assert recommender_may_recommend(recommender_kind="local_university", recommender_id=9, recommender_district_key=None,
                                     host_district_key=4, host_university_key=9, host_is_city_level=False)
    city = dict(host_district_key=4, host_university_key=None, host_is_city_level=True)
    assert recommender_may_recommend(recommender_kind="county_hrss", recommender_id=1, recommender_district_key=4, **city)
    assert not recommender_may_recommend(recommender_kind="county_hrss", recommender_id=1, recommender_district_key=4,
                                         round_named_id=2, **city)
    assert not recommender_may_recommend(recommender_kind="city", recommender_id=1, recommender_district_key=4, **base)


def test_materials_complete_in_duplicate_with_route_documents():
    """HN-7-1, HN-7-3, HN-7-4, HN-7-6."""
    items = ("form", "report", "copies", "recommendation_report")
    full = dict(copies={i: 2 for i in items}, uploaded={i: True for i in items},
                report_sections={"profile", "necessity", "management", "conditions", "talent_policy"},
                item3_documents={"id_card", "award_certificate"}, routes_claimed={"route2"}, has_recommendation_report=True,
                required_copies=2)
    assert materials_complete(**full) == (True, [])
    assert not materials_complete(**{**full, "copies": {**full["copies"], "form": 1}})[0]
    assert not materials_complete(**{**full, "uploaded": {**full["uploaded"], "report": False}})[0]
    assert not materials_complete(**{**full, "report_sections": {"profile"}})[0]
    assert not materials_complete(**{**full, "has_recommendation_report": False})[0]
    assert not materials_complete(**{**full, "routes_claimed": {"route1"}})[0]
    assert item3_required_documents({"route2"}) == {"id_card", "award_certificate"}
    assert item3_required_documents({"route3"}) == {"id_card", "honour_certificate"}


def test_measured_periods_start_with_first_full_period():
    """HN-10-4: recognised 20 December → first quarter measured is Q1 of next year."""
    quarters, years = op.measured_periods(recognised_on=D(2024, 12, 20), until=D(2025, 12, 31))
    assert quarters[0] == (D(2025, 1, 1), D(2025, 3, 31)) and len(quarters) == 4
    assert years == [(D(2025, 1, 1), D(2025, 12, 31))]
    q, y = op.measured_periods(recognised_on=D(2025, 1, 1), until=D(2025, 6, 30), ended_on=D(2025, 5, 1))
    assert q == [(D(2025, 1, 1), D(2025, 3, 31))] and y == []


def test_targets_counted_per_declared_type():
    """HN-10-1 (regional, per quarter), HN-10-2 (four venue types together), HN-10-3 (distinct persons, 2 qualifies),
    HN-10-5 (one activity, one target)."""
    acts = [op.Activity(D(2025, 2, 1), op.T1, regional=True), op.Activity(D(2025, 2, 2), op.T1, regional=False),
            op.Activity(D(2025, 3, 1), op.T2, venue="park"), op.Activity(D(2025, 9, 1), op.T2, venue="campus")]
    trainees = [op.Trainee("p1", D(2025, 6, 1)), op.Trainee("p1", D(2025, 7, 1)), op.Trainee("p2", D(2025, 12, 31)),
                op.Trainee("p3", None)]
    rows = op.target_report(recognised_on=D(2024, 12, 20), until=D(2025, 12, 31), ended_on=None, activities=acts,
                            trainees=trainees, thresholds={op.T1: 1, op.T2: 2, op.T3: 2})
    q1 = [r for r in rows if r["target"] == op.T1]
    assert [r["met"] for r in q1] == [True, False, False, False]
    assert q1[0]["actual"] == 1
    t2 = next(r for r in rows if r["target"] == op.T2)
    assert t2["actual"] == 2 and t2["met"]
    t3 = next(r for r in rows if r["target"] == op.T3)
    assert t3["actual"] == 2 and t3["met"]


def test_unmet_warning_window_and_repeat_trainees():
    """HN-10-8 (30 days before the period ends), HN-10-7 (counted again in a later year)."""
    th = {op.T1: 1, op.T2: 2, op.T3: 2}
    assert op.unmet_warnings(today=D(2025, 3, 1), activities=[], trainees=[], thresholds=th, warning_days=30) == [
        {"target": op.T1, "period": (D(2025, 1, 1), D(2025, 3, 31)), "required": 1, "actual": 0}]
    assert op.unmet_warnings(today=D(2025, 2, 28), activities=[], trainees=[], thresholds=th, warning_days=30) == []
    assert op.repeat_trainees([op.Trainee("p1", D(2024, 5, 1)), op.Trainee("p1", D(2025, 5, 1)),
                               op.Trainee("p2", D(2025, 1, 1))]) == {"p1"}


def test_expenditure_never_beyond_grant():
    """HN-8-4."""
    g = Decimal("50000")
    assert op.expenditure_allowed(granted=g, spent=Decimal("49000"), amount=Decimal("1000"))
    assert not op.expenditure_allowed(granted=g, spent=Decimal("49000"), amount=Decimal("1000.01"))


def test_sample_draw_is_reproducible():
    """HN-9-2: same pool and seed, same sample; size at least 1."""
    assert op.draw_sample([5, 3, 9, 1], 2, 7) == op.draw_sample([1, 3, 5, 9], 2, 7)
    with pytest.raises(ValueError):
        op.draw_sample([1, 2], 0, 1)


def test_exit_grounds():
    """HN-11-8 (both facts), HN-11-10 (flag and judgement), HN-11-13, HN-11-14, HN-11-15, HN-11-16, HN-11-7."""
    assert not op.exit_ground_check(op.N1, lost_legal_person=True)[0]
    assert op.exit_ground_check(op.N1, lost_legal_person=True, stopped_functions=True)[0]
    assert not op.exit_ground_check(op.N2, absence_flagged=False, unfit_to_continue=True)[0]
    assert op.exit_ground_check(op.N2, absence_flagged=True, unfit_to_continue=True)[0]
    assert op.exit_ground_check(op.N3, host_applied=True)[0]
    assert not op.exit_ground_check(op.F1)[0] and op.exit_ground_check(op.F1, rectification_failed=True)[0]
    assert not op.exit_ground_check(op.F2, serious=True)[0]
    assert op.exit_ground_check(op.F3, serious=True, evidence="审计报告")[0]
    assert op.exit_registration(op.N2) == "deregistered" and op.exit_registration(op.F2) == "revoked"
