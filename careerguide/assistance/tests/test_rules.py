"""Pure rules and deadlines of chapter 3 (table-driven, boundaries on both sides)."""
import datetime as dt

import pytest

from careerguide.assistance.deadlines import stability_checks, welfare_months_reached_on, within_workdays
from careerguide.assistance.rules import (
    expert_consultation_decision,
    four_eyes_decision,
    transfer_approving_level,
    transfer_step,
    welfare_referral_decision,
)
from careerguide.workdays.selectors import work_calendar

D = dt.date


@pytest.mark.django_db
def test_national_day_2018_example_counts_make_up_days_and_skips_the_holiday():
    """BJ-21-8, BJ-21-9: Friday 2018-09-28 + 10 working days is 2018-10-17, not the naive 2018-10-12."""
    cal = work_calendar()
    assert within_workdays(cal, D(2018, 9, 28), 10) == D(2018, 10, 17)
    assert within_workdays(cal, D(2018, 9, 28), 10) != D(2018, 10, 12)


def test_stability_windows_are_anchor_plus_minus_seven_days_with_month_end_rule():
    """BJ-27-7, open question 13: start 2018-02-14 → 1-month window 2018-03-07..2018-03-21; 2019-08-31 + 6 → 2020-02-29."""
    one, three, six = stability_checks(D(2018, 2, 14), [1, 3, 6], 7)
    assert (one.anchor, one.earliest, one.due) == (D(2018, 3, 14), D(2018, 3, 7), D(2018, 3, 21))
    assert (three.anchor, six.anchor) == (D(2018, 5, 14), D(2018, 8, 14))
    assert stability_checks(D(2019, 8, 31), [6], 7)[0].anchor == D(2020, 2, 29)


@pytest.mark.parametrize(("failed", "allowed"), [(2, False), (3, True), (4, True)])
def test_expert_consultation_needs_at_least_three_failed_recommendations(failed, allowed):
    """BJ-28-1, BJ-21-10: "3次(含)以上" is ≥ 3."""
    assert expert_consultation_decision(has_active_agreement=True, job_ready=True, failed_recommendations=failed,
                                        min_failed=3).allowed is allowed


def test_expert_consultation_needs_an_agreement_and_job_readiness():
    """BJ-28-1: all conditions must hold."""
    assert not expert_consultation_decision(has_active_agreement=False, job_ready=True, failed_recommendations=5,
                                            min_failed=3).allowed
    assert not expert_consultation_decision(has_active_agreement=True, job_ready=False, failed_recommendations=5,
                                            min_failed=3).allowed


@pytest.mark.parametrize(("today", "allowed"), [(D(2019, 7, 14), False), (D(2019, 7, 15), True), (D(2019, 7, 16), True)])
def test_six_months_of_specialized_services_is_inclusive(today, allowed):
    """BJ-30-2: signed 2019-01-15 gives ≥6 months from 2019-07-15 (day before false, day of and after true)."""
    decision = welfare_referral_decision(episode_started_on=D(2019, 1, 15), today=today, min_months=6,
                                         obligations_attested=True, job_ready=True, failed_non_attributable=5,
                                         min_failed=5, placement_criteria_met=True)
    assert decision.allowed is allowed
    assert welfare_months_reached_on(D(2019, 1, 15), 6) == D(2019, 7, 15)


@pytest.mark.parametrize(("failed", "allowed"), [(4, False), (5, True)])
def test_welfare_referral_needs_five_non_attributable_failures_and_every_condition(failed, allowed):
    """BJ-30-1 (e), BJ-21-10."""
    args = dict(episode_started_on=D(2019, 1, 15), today=D(2019, 8, 1), min_months=6, obligations_attested=True,
                job_ready=True, min_failed=5, placement_criteria_met=True)
    assert welfare_referral_decision(failed_non_attributable=failed, **args).allowed is allowed
    assert not welfare_referral_decision(failed_non_attributable=5, **{**args, "placement_criteria_met": False}).allowed
    assert not welfare_referral_decision(failed_non_attributable=5, **{**args, "obligations_attested": False}).allowed


def test_transfers_are_approved_by_the_district_inside_it_and_by_the_city_between_districts():
    """BJ-23-6, BJ-24-3: intermediate levels only forward or return."""
    assert transfer_approving_level(from_district_id=1, to_district_id=1) == "district"
    assert transfer_approving_level(from_district_id=1, to_district_id=2) == "city"
    assert "approve" in transfer_step(status="submitted", approving_level="district", actor_level="district")
    assert transfer_step(status="submitted", approving_level="city", actor_level="district") == ("forward", "return")
    assert transfer_step(status="submitted", approving_level="city", actor_level="city") == ()
    assert "approve" in transfer_step(status="forwarded", approving_level="city", actor_level="city")


def test_termination_approval_needs_a_different_head_of_the_same_street():
    """BJ-29-2."""
    assert four_eyes_decision(verifier_id=1, approver_id=2, approver_unit_id=5, case_unit_id=5, approver_is_head=True).allowed
    assert not four_eyes_decision(verifier_id=1, approver_id=1, approver_unit_id=5, case_unit_id=5,
                                  approver_is_head=True).allowed
    assert not four_eyes_decision(verifier_id=1, approver_id=2, approver_unit_id=6, case_unit_id=5,
                                  approver_is_head=True).allowed
    assert not four_eyes_decision(verifier_id=1, approver_id=2, approver_unit_id=5, case_unit_id=5,
                                  approver_is_head=False).allowed
