"""Tests of the pure routing, no-contact-stop and readiness rules (no database, no Django)."""

from __future__ import annotations

import inspect
from datetime import date

import pytest

from careerguide.job_seekers.rules import (
    POLICY_DEFAULTS,
    Contact,
    assess_job_readiness,
    check_readiness_advice,
    last_two_way_contact,
    ledger_created_late,
    no_contact_stop,
    route_job_seeker,
)

# ---------------------------------------------------------------------------
# Named policy defaults
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "clause"),
    [
        ("key_tier_min_level", 3, "BJ-12-2"),
        ("no_contact_stop_months", 6, "BJ-13-5"),
        ("job_ready_start_days", 14, "BJ-15-1"),
    ],
)
def test_policy_defaults_and_their_clauses(name, value, clause):
    """BJ-12-2, BJ-13-5, BJ-15-1: the default numbers are those of the clauses they come from."""
    assert (POLICY_DEFAULTS[name].value, POLICY_DEFAULTS[name].clause) == (value, clause)


@pytest.mark.parametrize(
    ("function", "parameter", "name"),
    [
        (route_job_seeker, "key_tier_min_level", "key_tier_min_level"),
        (no_contact_stop, "months", "no_contact_stop_months"),
        (assess_job_readiness, "max_start_days", "job_ready_start_days"),
    ],
)
def test_rule_parameters_default_to_the_named_policy_values(function, parameter, name):
    """No catalogue ID: policy numbers are parameters defaulting to POLICY_DEFAULTS."""
    assert inspect.signature(function).parameters[parameter].default == POLICY_DEFAULTS[name].value


# ---------------------------------------------------------------------------
# Month arithmetic
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# BJ-13-5 / BJ-13-6: the strict 6-month stop
# ---------------------------------------------------------------------------


def _stop(on, last, **kwargs):
    kwargs.setdefault("registration_type", "urban_unemployment")
    return no_contact_stop(on=on, contacts=[Contact(last, "client")], **kwargs)


@pytest.mark.parametrize(
    ("last", "on", "stop"),
    [
        (date(2019, 1, 31), date(2019, 7, 30), False),
        (date(2019, 1, 31), date(2019, 7, 31), False),
        (date(2019, 1, 31), date(2019, 8, 1), True),
        (date(2019, 8, 31), date(2020, 2, 28), False),
        (date(2019, 8, 31), date(2020, 2, 29), False),
        (date(2019, 8, 31), date(2020, 3, 1), True),
        (date(2019, 1, 15), date(2019, 7, 14), False),
        (date(2019, 1, 15), date(2019, 7, 15), False),
        (date(2019, 1, 15), date(2019, 7, 16), True),
        (date(2019, 1, 15), date(2021, 1, 1), True),
        (date(2019, 1, 15), date(2019, 1, 15), False),
    ],
)
def test_no_contact_stop_is_strictly_more_than_six_months(last, on, stop):
    """BJ-13-5, BJ-13-6: a registered unemployed person is stopped only after add_months(L, 6)."""
    decision = _stop(on, last)
    assert decision.applies is True
    assert decision.stop is stop
    assert decision.last_contact == last
    assert decision.clause == "BJ-13-5"


@pytest.mark.parametrize(
    ("last", "stop_from"),
    [
        (date(2019, 1, 31), date(2019, 8, 1)),
        (date(2019, 8, 31), date(2020, 3, 1)),
        (date(2019, 1, 15), date(2019, 7, 16)),
    ],
)
def test_stop_from_is_the_day_after_add_months(last, stop_from):
    """BJ-13-6: the first stop date is add_months(L, 6) plus one day (the catalogue's examples)."""
    assert _stop(last, last).stop_from == stop_from


@pytest.mark.parametrize(
    ("on", "stop"),
    [(date(2019, 4, 30), False), (date(2019, 5, 1), True)],
)
def test_stop_months_is_a_parameter(on, stop):
    """BJ-13-6: the strict comparison holds for whatever month count policy sets."""
    decision = _stop(on, date(2019, 1, 31), months=3)
    assert decision.stop is stop
    assert decision.stop_from == date(2019, 5, 1)


def test_stop_reasons_are_exact():
    """BJ-13-5: the stop tells staff to report to the registration authority and stop services."""
    assert _stop(date(2019, 8, 1), date(2019, 1, 31)).reasons == (
        "最近一次联系为2019-01-31，已超过6个月未与公共就业服务机构联系：应及时向就失业登记管理部门反馈有关情况，不再提供相关公共就业服务。",
    )
    assert _stop(date(2019, 7, 31), date(2019, 1, 31)).reasons == (
        "最近一次联系为2019-01-31，未超过6个月；如仍无联系，自2019-08-01起停止服务。",
    )


@pytest.mark.parametrize(
    ("registration_type", "willing_unregistered", "applies"),
    [
        ("urban_unemployment", False, True),
        ("rural_transfer", False, False),
        (None, False, False),
        ("urban_unemployment", True, False),
    ],
)
def test_stop_applies_only_to_registered_unemployed(registration_type, willing_unregistered, applies):
    """BJ-13-5, BJ-13-4: only urban registered unemployed persons are stopped; transfer-employment
    registrants and willing-but-unregistered survey targets are not."""
    decision = _stop(
        date(2021, 1, 1),
        date(2019, 1, 31),
        registration_type=registration_type,
        willing_unregistered_survey_target=willing_unregistered,
    )
    assert decision.applies is applies
    assert decision.stop is applies


def test_unknown_registration_type_is_refused():
    """BJ-13-4: the registration type is an enumeration."""
    with pytest.raises(ValueError):
        _stop(date(2021, 1, 1), date(2019, 1, 31), registration_type="unemployment")


# ---------------------------------------------------------------------------
# BJ-13-7 / BJ-2-4: which contacts count
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("contacts", "expected"),
    [
        ([Contact(date(2019, 1, 31), "client")], date(2019, 1, 31)),
        ([Contact(date(2019, 1, 31), "client", reached=False)], date(2019, 1, 31)),
        ([Contact(date(2019, 1, 31), "client"), Contact(date(2019, 6, 1), "agency", reached=False)], date(2019, 1, 31)),
        ([Contact(date(2019, 1, 31), "client"), Contact(date(2019, 6, 1), "agency", reached=True)], date(2019, 6, 1)),
        ([Contact(date(2019, 6, 1), "agency", reached=False)], None),
        ([Contact(date(2019, 1, 31), "client"), Contact(date(2019, 9, 1), "client")], date(2019, 1, 31)),
        ([], None),
    ],
)
def test_last_two_way_contact(contacts, expected):
    """BJ-13-7, BJ-2-4: client-initiated contacts and reached agency contacts count; failed attempts
    and contacts after the evaluation date do not."""
    assert last_two_way_contact(contacts, on=date(2019, 8, 1)) == expected


@pytest.mark.parametrize(
    ("contacts", "stop"),
    [
        ([Contact(date(2019, 1, 31), "client"), Contact(date(2019, 7, 1), "agency", reached=False)], True),
        ([Contact(date(2019, 1, 31), "client"), Contact(date(2019, 7, 1), "agency", reached=True)], False),
        ([Contact(date(2019, 1, 31), "agency", reached=True), Contact(date(2019, 7, 1), "client")], False),
    ],
)
def test_unsuccessful_attempts_do_not_reset_the_clock(contacts, stop):
    """BJ-13-7: only two-way contacts reset the 6-month clock."""
    decision = no_contact_stop(on=date(2019, 8, 1), registration_type="urban_unemployment", contacts=contacts)
    assert decision.stop is stop


@pytest.mark.parametrize(
    ("contacts", "started", "last", "stop"),
    [
        ([], date(2019, 1, 31), date(2019, 1, 31), True),
        ([Contact(date(2019, 3, 1), "client")], date(2019, 1, 31), date(2019, 3, 1), False),
        ([Contact(date(2018, 3, 1), "client")], date(2019, 1, 31), date(2019, 1, 31), True),
    ],
)
def test_relationship_start_anchors_when_no_later_contact(contacts, started, last, stop):
    """BJ-13-7: the latest of the recorded two-way contacts and the relationship start is L."""
    decision = no_contact_stop(
        on=date(2019, 8, 1),
        registration_type="urban_unemployment",
        contacts=contacts,
        relationship_started_on=started,
    )
    assert (decision.last_contact, decision.stop) == (last, stop)


def test_no_anchor_at_all_is_an_error():
    """BJ-13-7: the stop cannot be judged without any contact date."""
    with pytest.raises(ValueError):
        no_contact_stop(
            on=date(2019, 8, 1),
            registration_type="urban_unemployment",
            contacts=[Contact(date(2019, 6, 1), "agency", reached=False)],
        )


def test_contact_initiator_is_an_enumeration():
    """BJ-2-4: a contact is agency-initiated or client-initiated."""
    with pytest.raises(ValueError):
        Contact(date(2019, 1, 1), "staff")


# ---------------------------------------------------------------------------
# BJ-13-1, BJ-13-2, BJ-13-3, BJ-13-4: routing
# ---------------------------------------------------------------------------


ROUTING_CASES = [
    # (job_seeking_registered, level, registration_type, certified, rural, route, advice, missing)
    (True, 3, "urban_unemployment", True, False, "assistance", False, ()),
    (True, 4, "rural_transfer", True, True, "assistance", False, ()),
    (True, 1, None, True, False, "assistance", False, ()),
    (True, 2, "urban_unemployment", True, False, "assistance", False, ()),
    (True, None, None, True, False, "assistance", False, ()),
    (True, 3, None, True, False, "assistance", True, ("unemployment_registration",)),
    (False, 3, "urban_unemployment", True, False, "chapter2", False, ()),
    (True, 3, None, False, False, "chapter2", True, ("unemployment_registration", "difficulty_certification")),
    (True, 4, None, False, True, "chapter2", True, ("transfer_employment_registration", "difficulty_certification")),
    (True, 3, "urban_unemployment", False, False, "chapter2", True, ("difficulty_certification",)),
    (True, 4, "rural_transfer", False, True, "chapter2", True, ("difficulty_certification",)),
    (True, 3, "urban_unemployment", False, True, "chapter2", True, ("difficulty_certification",)),
    (False, 3, None, False, False, "chapter2", True, ("unemployment_registration", "difficulty_certification")),
    (True, 2, None, False, False, "chapter2", False, ()),
    (True, 1, "urban_unemployment", False, False, "chapter2", False, ()),
    (True, None, None, False, False, "chapter2", False, ()),
]


@pytest.mark.parametrize(
    ("job_seeking_registered", "level", "registration_type", "certified", "rural", "route", "advice", "missing"),
    ROUTING_CASES,
)
def test_routing_table(job_seeking_registered, level, registration_type, certified, rural, route, advice, missing):
    """BJ-13-1, BJ-13-2, BJ-13-3, BJ-13-4: certified job-seeking registrants go to assistance at any
    level; key-tier persons lacking a procedure get advice naming it and stay in Chapter 2."""
    decision = route_job_seeker(
        job_seeking_registered=job_seeking_registered,
        level=level,
        registration_type=registration_type,
        difficulty_certified=certified,
        bj_rural_labour=rural,
    )
    assert (decision.route, decision.policy_advice_required, decision.missing_procedures) == (route, advice, missing)


@pytest.mark.parametrize(
    ("level", "advice"),
    [(2, False), (3, True), (4, True)],
)
def test_advice_starts_at_the_key_tier(level, advice):
    """BJ-13-2: advice is due from level 3 (the key tier), not at level 2."""
    decision = route_job_seeker(
        job_seeking_registered=True,
        level=level,
        registration_type=None,
        difficulty_certified=False,
        bj_rural_labour=False,
    )
    assert decision.policy_advice_required is advice
    assert decision.route == "chapter2"


def test_advice_decision_reasons_and_clause():
    """BJ-13-2, BJ-13-3: the prompt names the missing procedures and says Chapter 2 services continue."""
    decision = route_job_seeker(
        job_seeking_registered=True,
        level=3,
        registration_type=None,
        difficulty_certified=False,
        bj_rural_labour=False,
    )
    assert decision.clause == "BJ-13-2"
    assert decision.reasons == (
        "经评估达到重点帮扶对象等级（3级），但未办理失业登记、就业困难人员认定："
        "应提供政策咨询，并建议其到有关部门办理失业登记、就业困难人员认定手续。",
        "未办理相关手续的，继续提供第二章规定的相关服务。",
    )


def test_assistance_decision_reasons_and_clause():
    """BJ-13-1: routing to assistance states the grounds."""
    decision = route_job_seeker(
        job_seeking_registered=True,
        level=4,
        registration_type="urban_unemployment",
        difficulty_certified=True,
        bj_rural_labour=False,
    )
    assert decision.clause == "BJ-13-1"
    assert decision.reasons == (
        "已在公共就业服务机构进行求职登记并经就业困难人员认定（就业困难等级4级），转入就业援助服务（第三章）。",
    )


@pytest.mark.parametrize(
    ("level", "registration_type"),
    [(0, None), (5, None), (True, None), ("3", None), (3, "unemployment")],
)
def test_routing_refuses_invalid_values(level, registration_type):
    """BJ-12-1, BJ-13-4: levels are 1-4 and the registration type is an enumeration."""
    with pytest.raises(ValueError):
        route_job_seeker(
            job_seeking_registered=True,
            level=level,
            registration_type=registration_type,
            difficulty_certified=False,
            bj_rural_labour=False,
        )


# ---------------------------------------------------------------------------
# BJ-15-1 / BJ-15-3: job readiness
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead_days", "ready"),
    [(0, True), (13, True), (14, True), (15, False)],
)
def test_job_ready_within_14_calendar_days_of_the_notice(lead_days, ready):
    """BJ-15-1: job-ready means able to start within 14 calendar days of receiving the hiring notice."""
    a = assess_job_readiness(assessed_on=date(2019, 9, 25), start_lead_days=lead_days)
    assert a.job_ready is ready
    assert a.latest_acceptable_start == date(2019, 10, 9)
    assert a.assessed_on == date(2019, 9, 25)
    assert a.advice_required is (not ready)
    assert a.clause == "BJ-15-1"


@pytest.mark.parametrize(
    ("available_from", "earliest", "ready"),
    [
        (date(2019, 10, 8), date(2019, 10, 8), True),
        (date(2019, 10, 9), date(2019, 10, 9), True),
        (date(2019, 10, 10), date(2019, 10, 10), False),
        (date(2019, 9, 1), date(2019, 9, 28), True),
    ],
)
def test_available_from_limits_readiness(available_from, earliest, ready):
    """BJ-15-1: a date before which the person cannot start counts against the 14 days."""
    a = assess_job_readiness(assessed_on=date(2019, 9, 25), start_lead_days=3, available_from=available_from)
    assert (a.earliest_start, a.job_ready) == (earliest, ready)


def test_readiness_days_are_a_parameter():
    """BJ-15-1: the 14 days are a policy parameter; the comparison stays inclusive."""
    a = assess_job_readiness(assessed_on=date(2019, 9, 25), start_lead_days=7, max_start_days=7)
    b = assess_job_readiness(assessed_on=date(2019, 9, 25), start_lead_days=8, max_start_days=7)
    assert (a.job_ready, b.job_ready) == (True, False)


@pytest.mark.parametrize("lead_days", [-1, True])
def test_readiness_refuses_bad_lead_days(lead_days):
    """BJ-15-1: the lead time is a count of calendar days."""
    with pytest.raises(ValueError):
        assess_job_readiness(assessed_on=date(2019, 9, 25), start_lead_days=lead_days)


def test_readiness_reasons_are_exact():
    """BJ-15-1, BJ-15-3: the assessment explains the result and asks for advice when not ready."""
    ready = assess_job_readiness(assessed_on=date(2019, 9, 25), start_lead_days=14)
    assert ready.reasons == ("收到聘用通知后14天内可上岗（最早2019-10-09），具备上岗条件。",)
    not_ready = assess_job_readiness(
        assessed_on=date(2019, 9, 25), start_lead_days=15, preparation_insufficient=True
    )
    assert not_ready.reasons == (
        "最早2019-10-10方可上岗，晚于收到聘用通知后14天（2019-10-09），暂时不具备上岗条件。",
        "就业准备不足。",
        "应为其提出相关咨询意见。",
    )


@pytest.mark.parametrize(
    ("lead_days", "insufficient", "advice", "ok"),
    [
        (15, False, None, False),
        (15, False, "", False),
        (15, False, "   \n", False),
        (15, False, "建议参加职业技能培训后再求职", True),
        (3, True, None, False),
        (3, True, "建议接受面试指导", True),
        (3, False, None, True),
        (3, False, "", True),
    ],
)
def test_not_ready_requires_advice(lead_days, insufficient, advice, ok):
    """BJ-15-3: a not-ready or insufficient-preparation assessment cannot be saved without advice."""
    assessment = assess_job_readiness(
        assessed_on=date(2019, 9, 25), start_lead_days=lead_days, preparation_insufficient=insufficient
    )
    check = check_readiness_advice(assessment, advice)
    assert check.ok is ok
    assert check.clause == "BJ-15-3"
    assert check.reasons == (() if ok else ("暂时不具备上岗条件或就业准备不足的，必须填写咨询意见。",))


@pytest.mark.parametrize(
    ("collected_on", "created_on", "days", "late"),
    [
        (date(2024, 6, 3), date(2024, 6, 3), 0, False),
        (date(2024, 6, 3), date(2024, 6, 4), 0, True),
        (date(2024, 6, 3), date(2024, 6, 4), 1, False),
    ],
)
def test_ledger_creation_limit_is_read_from_the_policy_number(collected_on, created_on, days, late):
    """BJ-11-1: the ledger is created on the collection day (bj.ledger_creation_days = 0, "当天")."""
    assert ledger_created_late(collected_on=collected_on, created_on=created_on, creation_days=days) is late
    assert inspect.signature(ledger_created_late).parameters["creation_days"].default == 0
