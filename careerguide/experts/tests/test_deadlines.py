"""Pure date arithmetic over the statutory calendar (CZ-7-7, CZ-7-8, CZ-7-9, CZ-7-14, CZ-8-2, CZ-6-4, CZ-9-11)."""
import datetime as dt

import pytest

from careerguide.experts.deadlines import (
    add_years,
    batch_deadline,
    notice_period,
    renewal_window,
    retention_until,
    round_too_early,
    term_end,
)
from careerguide.experts.exit_rules import evidence_missing, exit_bars, is_voluntary, unreachable
from careerguide.experts.taxonomy import category_problem, in_worker_focus, remuneration_allowed
from careerguide.workdays.calendar import CalendarYearNotLoaded, from_chinese_calendar

D = dt.date
UNREACHABLE = {"min_attempts": 3, "min_days": 90}  # CZ-9-11
CAL = from_chinese_calendar([2025, 2026])


def test_notice_period_worked_example_over_national_day():
    """CZ-7-7, CZ-7-8: published Fri 2025-09-26 → 09-28 (make-up day), 09-29, 09-30, 10-09, 10-10;
    ends 2025-10-10 24:00, not 10-03 as a Monday–Friday counter would say."""
    period = notice_period(D(2025, 9, 26), CAL, 5)
    assert (period.first_day, period.last_day) == (D(2025, 9, 28), D(2025, 10, 10))
    assert not period.has_ended(D(2025, 10, 10))
    assert period.has_ended(D(2025, 10, 11))
    assert period.is_in_time(D(2025, 10, 10)) and not period.is_in_time(D(2025, 10, 11))


def test_notice_period_refuses_a_year_without_calendar():
    """CZ-7-9: a period reaching into a year not entered raises, never guesses."""
    with pytest.raises(CalendarYearNotLoaded):
        notice_period(D(2026, 12, 28), CAL, 5)


@pytest.mark.parametrize("start, end", [
    (D(2025, 6, 1), D(2030, 5, 31)),
    (D(2028, 2, 29), D(2033, 2, 28)),
    (D(2025, 1, 1), D(2029, 12, 31)),
])
def test_term_is_five_years_minus_one_day(start, end):
    """CZ-7-14: term_end = add_years(start, 5) − 1 day, 29 Feb moved to 1 Mar."""
    assert term_end(start, 5) == end
    assert add_years(D(2028, 2, 29), 1) == D(2029, 3, 1)


def test_renewal_window_opens_90_days_before_and_closes_on_term_end():
    """CZ-8-2: window [term_end − 90, term_end], second reminder 30 days before."""
    w = renewal_window(D(2030, 5, 31), window_days=90, reminder_days=30)
    assert w.opens == D(2030, 3, 2) and w.second_reminder == D(2030, 5, 1)
    assert not w.is_open(D(2030, 3, 1)) and w.is_open(D(2030, 3, 2)) and w.is_open(D(2030, 5, 31))
    assert not w.is_open(D(2030, 6, 1))


def test_round_interval_and_batch_deadline():
    """CZ-6-4: a round less than 2 years after the previous open date needs a reason; CZ-6-10: batch by
    closing date + 10 working days."""
    assert round_too_early(D(2025, 3, 1), D(2027, 2, 28), 2)
    assert not round_too_early(D(2025, 3, 1), D(2027, 3, 1), 2)
    assert not round_too_early(None, D(2025, 3, 1), 2)
    # 09-28, 09-29, 09-30, 10-09, 10-10, 10-11 (make-up Saturday), 10-13, 10-14, 10-15, 10-16
    assert batch_deadline(D(2025, 9, 26), CAL, 10) == D(2025, 10, 16)


def test_archive_retention_ten_years_after_term():
    """CZ-11-3: kept 10 years after the last term ends."""
    assert retention_until(D(2030, 5, 31), 10) == D(2040, 5, 31)


@pytest.mark.parametrize("ground, initiated_by, voluntary", [
    (5, "expert", True), (6, "expert", True), (6, "city_hrss", False), (4, "city_hrss", False)])
def test_voluntary_or_involuntary(ground, initiated_by, voluntary):
    """CZ-9-3, CZ-9-6: G5 voluntary; G6 voluntary only when the expert asks."""
    assert is_voluntary(ground, initiated_by) is voluntary


@pytest.mark.parametrize("ground, bars", [(1, True), (2, True), (3, True), (4, True), (5, False), (6, False), (7, True)])
def test_narrow_bar_by_default(ground, bars):
    """CZ-9-7: by default G1–G4 and G7 bar, G5 and G6 do not; adding 5 and 6 gives the literal reading."""
    assert exit_bars(ground, (1, 2, 3, 4, 7)) is bars
    assert exit_bars(ground, (1, 2, 3, 4, 5, 6, 7)) is True


def test_evidence_required_for_g2_and_g3_only():
    """CZ-9-2."""
    assert evidence_missing(2, 0) and evidence_missing(3, 0)
    assert not evidence_missing(2, 1) and not evidence_missing(4, 0)


def test_unreachable_needs_three_failures_over_ninety_days_since_last_contact():
    """CZ-9-11: ≥ 3 failed attempts spanning ≥ 90 days since the last contact or activity."""
    first = D(2025, 1, 1)
    assert unreachable([first, D(2025, 2, 1), D(2025, 4, 1)], None, **UNREACHABLE).flagged  # 90 days apart
    assert not unreachable([first, D(2025, 2, 1), D(2025, 3, 31)], None, **UNREACHABLE).flagged  # 89 days
    assert not unreachable([first, D(2025, 4, 1)], None, **UNREACHABLE).flagged  # only two
    assert not unreachable([first, D(2025, 2, 1), D(2025, 4, 1)], D(2025, 1, 15), **UNREACHABLE).flagged  # contact in between


def test_service_categories_recipients_and_remuneration():
    """CZ-10-1, CZ-10-2, CZ-10-3, CZ-10-4, CZ-10-5: categories belong to their duty (D1 split by recipient);
    CZ-3-2 focus needs intent and a key group; CZ-12-2 remuneration only on
    art. 12(1)-type activities with a payer (CZ-2-2)."""
    assert category_problem("D1", "career_planning", ["worker"]) is None
    assert category_problem("D1", "career_planning", ["employer"]) == "category_not_for_recipient"
    assert category_problem("D1", "recruitment_method", ["employer"]) is None
    assert category_problem("D2", "career_planning", ["worker"]) == "category_not_in_duty"
    assert category_problem("D3", "micro_video", ["worker"]) is None
    assert category_problem("D4", "trainer_class", ["worker"]) is None
    assert category_problem("D5", "changzhidao_brand", ["worker"]) is None
    assert in_worker_focus(True, ["veteran"]) and not in_worker_focus(False, ["veteran"]) and not in_worker_focus(True, [])
    assert remuneration_allowed("teaching", "某学院") and not remuneration_allowed("expert_consultation", "某学院")
    assert not remuneration_allowed("teaching", "")
