"""Pure CQ rules: boundaries the day before, of and after (no database)."""
import datetime as dt

import pytest

from careerguide.guidance.cq import rules
from careerguide.workdays.calendar import from_chinese_calendar

D = dt.date


@pytest.fixture(scope="module")
def cal():
    return from_chinese_calendar([2024])


@pytest.mark.parametrize("session, deadline", [
    (D(2024, 6, 19), D(2024, 6, 17)),   # Wednesday → Monday
    (D(2024, 6, 24), D(2024, 6, 20)),   # Monday → previous Thursday
    (D(2024, 6, 12), D(2024, 6, 7)),    # Dragon Boat Festival on Monday 10 June is skipped
    (D(2024, 9, 30), D(2024, 9, 27)),   # Sunday 29 September is an official make-up working day
])
def test_material_deadline_counts_official_working_days(cal, session, deadline):
    """CQ-7.1.2-1, CQ-7.1.2-2."""
    assert rules.material_deadline(session, 2, cal) == deadline


@pytest.mark.parametrize("delivered, registered, status", [
    (D(2024, 6, 14), D(2024, 6, 1), "on_time"),      # day before the deadline
    (D(2024, 6, 17), D(2024, 6, 1), "on_time"),      # on the deadline day
    (D(2024, 6, 18), D(2024, 6, 1), "late"),         # the next working day: only 1 working day ahead
    (D(2024, 6, 18), D(2024, 6, 18), "late_registrant"),
    (None, D(2024, 6, 1), "pending"),
])
def test_delivery_status(delivered, registered, status):
    """CQ-7.1.2-1, CQ-7.1.2-3."""
    assert rules.delivery_status(delivered_on=delivered, registered_on=registered, deadline=D(2024, 6, 17),
                                 today=D(2024, 6, 17)) == status
    if delivered is None:
        assert rules.delivery_status(delivered_on=None, registered_on=registered, deadline=D(2024, 6, 17),
                                     today=D(2024, 6, 18)) == "late"


def test_reverification_after_more_than_180_days():
    """CQ-4.4-3: 180 days is not yet due, 181 is."""
    last = D(2024, 1, 1)
    assert not rules.needs_reverification(last, last + dt.timedelta(days=179), 180)
    assert not rules.needs_reverification(last, last + dt.timedelta(days=180), 180)
    assert rules.needs_reverification(last, last + dt.timedelta(days=181), 180)


def test_backup_daily():
    """CQ-4.4-4."""
    assert not rules.backup_overdue(D(2024, 6, 1), D(2024, 6, 2), 1)
    assert rules.backup_overdue(D(2024, 6, 1), D(2024, 6, 3), 1)
    assert rules.backup_overdue(None, D(2024, 6, 3), 1)


def test_follow_up_dates(cal):
    """CQ-6.1.5-1: first within 5 working days (Dragon Boat Festival skipped), then at most 30 days apart."""
    assert rules.first_follow_up_due(D(2024, 6, 6), 5, cal) == D(2024, 6, 14)
    assert rules.next_follow_up_due(D(2024, 6, 14), 30) == D(2024, 7, 14)
    assert rules.next_follow_up_due(D(2024, 6, 14), 30, D(2024, 6, 20)) == D(2024, 6, 20)
    assert rules.next_follow_up_due(D(2024, 6, 14), 30, D(2024, 8, 1)) == D(2024, 7, 14)


def test_plan_review_only_after_end_date_and_never_for_employed():
    """CQ-6.1.6-1."""
    end = D(2024, 9, 4)
    assert not rules.plan_review_due(plan_end=end, today=end, employed=False)
    assert rules.plan_review_due(plan_end=end, today=end + dt.timedelta(days=1), employed=False)
    assert not rules.plan_review_due(plan_end=end, today=end + dt.timedelta(days=1), employed=True)


def test_withdrawal_unreachable():
    """CQ-6.1-4: 3 attempts and 60 days."""
    kw = dict(reason="unreachable", last_contact_on=D(2024, 6, 1), min_attempts=3, unreachable_days=60)
    assert not rules.withdrawal_allowed(contact_attempts=3, today=D(2024, 7, 30), **kw)
    assert rules.withdrawal_allowed(contact_attempts=3, today=D(2024, 7, 31), **kw)
    assert not rules.withdrawal_allowed(contact_attempts=2, today=D(2024, 9, 1), **kw)
    assert rules.withdrawal_allowed(reason="worker_withdrew", contact_attempts=0, last_contact_on=None,
                                    today=D(2024, 6, 1), min_attempts=3, unreachable_days=60)


def test_archive_completeness():
    """CQ-7.2.2-3: conditional items (d), (e), (f)."""
    base = ["appointment_registration_form", "worker_personal_documents", "guidance_process_record"]
    assert rules.archive_missing(present=base, group_recording_expected=False, assessed=False,
                                 referral_handed_over=False) == ["satisfaction_feedback_form"]
    full = [*base, "satisfaction_feedback_form"]
    assert rules.archive_missing(present=full, group_recording_expected=False, assessed=False,
                                 referral_handed_over=False) == []
    assert rules.archive_missing(present=full, group_recording_expected=True, assessed=True,
                                 referral_handed_over=True) == ["group_session_recording",
                                                                "assessment_and_ability_reports", "case_referral_form"]


def test_referral_initiation_due_next_working_day(cal):
    """CQ-8.1.1-2: a Friday trigger is due on Monday."""
    assert rules.referral_initiation_due(D(2024, 6, 14), 1, cal) == D(2024, 6, 17)


def test_training_shortfall():
    """CQ-4.6.2-4: exactly 60 hours complies."""
    assert rules.training_shortfall(59.5, 60) and not rules.training_shortfall(60, 60)
