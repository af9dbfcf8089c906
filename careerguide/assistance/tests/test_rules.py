"""Pure rules and deadlines of chapter 3 (table-driven, boundaries on both sides)."""
import datetime as dt

import pytest

from careerguide.assistance.deadlines import (
    programme_checkpoints,
    stability_checks,
    welfare_months_reached_on,
    within_workdays,
)
from careerguide.assistance.rules import (
    SurveyFact,
    expert_consultation_decision,
    four_eyes_decision,
    key_group_applies,
    next_survey_schedule,
    panel_composition_decision,
    suggested_services,
    survey_interval_breach,
    survey_stop_decision,
    transfer_approving_level,
    transfer_step,
    unwilling_follow_up_dates,
    welfare_referral_decision,
    willing_follow_up_count,
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


# ---- outreach stop rules, intervals (pure) -------------------------------------------------------------

def _survey(day, *, follow_up=True, reached=False, willing=None):
    return SurveyFact(occurred_on=day, follow_up=follow_up, reached=reached, willing=willing)


SILENT = [_survey(D(2026, 1, 5), follow_up=False, reached=True, willing=True),
          *[_survey(D(2026, 1, 5) + dt.timedelta(days=14 * i)) for i in range(1, 14)]]


@pytest.mark.parametrize(("on", "stop"), [(D(2026, 7, 5), False), (D(2026, 7, 6), True), (D(2026, 7, 7), True)])
def test_a_willing_silent_person_is_stopped_only_after_more_than_six_months(on, stop):
    """BJ-21-4, BJ-21-10: last two-way contact 2026-01-05 (the initial survey); "超过6个月" is strict, so the day
    after add_months(L, 6) is the first day of the stop, with ≥3 follow-ups already recorded."""
    decision = survey_stop_decision(status="willing_unregistered", surveys=SILENT, last_contact=D(2026, 1, 5), on=on,
                                    willing_min=3, unwilling_min=3, no_contact_months=6)
    assert decision.stop is stop and decision.clause == "BJ-21-4"
    assert decision.stop_from == D(2026, 7, 6)


@pytest.mark.parametrize(("follow_ups", "stop"), [(2, False), (3, True)])
def test_six_silent_months_alone_do_not_stop_a_willing_person(follow_ups, stop):
    """BJ-21-4: both conditions are required; BJ-21-6: unreached attempts count, the initial survey does not."""
    surveys = [SILENT[0], *[_survey(D(2026, 8, 1) + dt.timedelta(days=i)) for i in range(follow_ups)]]
    decision = survey_stop_decision(status="willing_unregistered", surveys=surveys, last_contact=D(2026, 1, 5),
                                    on=D(2026, 9, 1), willing_min=3, unwilling_min=3, no_contact_months=6)
    assert (decision.stop, decision.follow_ups) == (stop, follow_ups)


def test_unwilling_stop_counts_reached_refusals_and_restarts_on_a_yes():
    """BJ-21-5, BJ-21-6: only reached follow-ups saying no count (an attempt neither counts nor restarts); a later
    "yes" restarts the count; the third refusal stops on its own day, with no time condition."""
    no = dict(reached=True, willing=False)
    surveys = [_survey(D(2026, 3, 2), follow_up=False, **no), _survey(D(2026, 3, 16), **no),
               _survey(D(2026, 3, 30), reached=True, willing=True), _survey(D(2026, 4, 13), **no),
               _survey(D(2026, 4, 27)), _survey(D(2026, 5, 11), **no)]
    args = dict(status="unwilling", last_contact=D(2026, 5, 11), willing_min=3, unwilling_min=3, no_contact_months=6)
    assert unwilling_follow_up_dates(surveys) == [D(2026, 4, 13), D(2026, 5, 11)]
    assert not survey_stop_decision(surveys=surveys, on=D(2026, 5, 11), **args).stop
    third = [*surveys, _survey(D(2026, 5, 25), **no)]
    assert not survey_stop_decision(surveys=third, on=D(2026, 5, 24), **args).stop
    assert survey_stop_decision(surveys=third, on=D(2026, 5, 25), **args).stop


def test_the_initial_survey_is_not_a_follow_up():
    """BJ-21-6."""
    assert willing_follow_up_count([SILENT[0]]) == 0 and willing_follow_up_count(SILENT[:4]) == 3


@pytest.mark.parametrize(("requested", "circumstance", "allowed"), [
    (None, False, True), (D(2026, 3, 17), False, True), (D(2026, 3, 18), False, False),
    (D(2026, 3, 31), True, True), (D(2026, 4, 1), True, False)])
def test_a_later_follow_up_needs_a_circumstance_and_stays_within_thirty_days(requested, circumstance, allowed):
    """BJ-21-3: last survey 2026-03-01, default due 2026-03-17; a later date only with a recorded circumstance,
    and never more than 30 calendar days after the last survey (03-31 is the 30th day, 04-01 is refused)."""
    decision, due = next_survey_schedule(default_due=D(2026, 3, 17), last=D(2026, 3, 1), requested=requested,
                                         circumstance=circumstance, max_days=30)
    assert decision.allowed is allowed
    assert due == (requested or D(2026, 3, 17))


@pytest.mark.parametrize(("held", "breach"), [(D(2026, 3, 31), False), (D(2026, 4, 1), True)])
def test_a_survey_held_more_than_thirty_days_later_is_accepted_and_flagged(held, breach):
    """BJ-21-3: 30 calendar days after 2026-03-01 is 2026-03-31 (not flagged); the day after is a breach."""
    assert survey_interval_breach(previous=D(2026, 3, 1), occurred_on=held, max_days=30) is breach


# ---- programme checkpoints, services that follow the cause, the panel, key groups ----------------------

@pytest.mark.django_db
def test_programme_checkpoints_are_three_working_day_windows_at_start_middle_and_end():
    """BJ-27-2, open question 12: a programme from Mon 2026-02-09 to Fri 2026-03-20 across Spring Festival:
    initial 02-09..02-11, middle from the first working day on or after the calendar midpoint (Sun 02-28 is a
    make-up working day) to 03-03, final 03-18..03-20."""
    initial, middle, final = programme_checkpoints(work_calendar(), D(2026, 2, 9), D(2026, 3, 20), 3)
    assert (initial.earliest, initial.due) == (D(2026, 2, 9), D(2026, 2, 11))
    assert (middle.earliest, middle.due) == (D(2026, 2, 28), D(2026, 3, 3))
    assert (final.earliest, final.due) == (D(2026, 3, 18), D(2026, 3, 20))


@pytest.mark.parametrize(("causes", "job_ready", "unmet", "expected"), [
    (["attitude"], False, 0, ("psychological_adjustment",)),
    (["skills"], False, 0, ("training_referral",)),
    ([], True, 0, ("matching", "interview_guidance")),
    (["entitlement"], False, 1, ("procedure_help", "plan_revision")),
])
def test_the_suggested_service_follows_the_cause(causes, job_ready, unmet, expected):
    """BJ-26-7 (attitude → psychological adjustment, skills → training, job-ready → matching and interview
    guidance, preferential policy → procedures); BJ-26-9 (an unmet stage goal suggests revising the plan)."""
    assert suggested_services(causes=causes, job_ready=job_ready, unmet_stages=unmet) == expected


def test_the_panel_needs_officers_of_both_levels():
    """BJ-28-4."""
    assert panel_composition_decision(member_levels=["street", "district"]).allowed
    assert not panel_composition_decision(member_levels=["district", "district"]).allowed
    assert not panel_composition_decision(member_levels=["street"]).allowed


@pytest.mark.parametrize(("person_path", "on", "applies"), [
    ("/1/2/5/", D(2026, 3, 1), True), ("/1/3/7/", D(2026, 3, 1), False),
    ("/1/2/5/", D(2026, 2, 28), False), ("/1/2/5/", D(2026, 12, 31), True), ("/1/2/5/", D(2027, 1, 1), False)])
def test_a_district_group_applies_inside_the_district_between_its_dates(person_path, on, applies):
    """BJ-33-1: scope one district (/1/2/), effective 2026-03-01 to 2026-12-31."""
    assert key_group_applies(group_unit_path="/1/2/", person_unit_path=person_path, effective_from=D(2026, 3, 1),
                             effective_to=D(2026, 12, 31), on=on) is applies
