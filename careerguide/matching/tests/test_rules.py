"""The matching instrument's pure scoring (no database)."""
import dataclasses
import datetime as dt

import pytest

from careerguide.matching import rules
from careerguide.matching.rules import CandidateFacts, Experience, VacancyFacts

ON = dt.date(2026, 3, 2)
PERSON = CandidateFacts(sought_occupation_code="4-02-02-01", skill_level=4, salary_min=6000, working_pattern="full_time",
                        habitual_district_id=7, sought_area="甲区", job_ready=True, earliest_start=ON)
JOB = VacancyFacts(occupation_code="4-02-02-01", pay_min=6000, pay_max=8000, work_district_id=7,
                   work_district_names=("甲区就业服务中心", "甲区"), required_skill_level=4, min_experience_months=12,
                   working_pattern="full_time", start_within_days=14)


def by_key(result):
    return {c.key: c for c in result.criteria}


def test_full_match_scores_100_with_a_reason_per_criterion():
    """BJ-15-4: a person-to-vacancy result with a score and an explanation for every criterion."""
    person = dataclasses.replace(PERSON, experience=(Experience("4-02-02-01", 24),))
    result = rules.match(person, JOB, on=ON)
    assert result.score == 100 and result.eligible and result.suggested
    assert [c.key for c in result.criteria] == list(rules.CRITERIA)
    assert all(c.status == rules.MET and c.reason for c in result.criteria)
    assert result.instrument_version == "bj-match-1"


@pytest.mark.parametrize("code, credit", [("4-02-02-01", 100), ("4-02-02-02", 75), ("4-02-01-01", 50),
                                          ("4-07-01-01", 25), ("2-02-10-01", 0)])
def test_occupation_credit_follows_the_classification_levels(code, credit):
    """BJ-15-4: same occupation, minor, medium, major group, or none (occupations.codes)."""
    result = rules.match(dataclasses.replace(PERSON, sought_occupation_code=code), JOB, on=ON)
    assert by_key(result)["occupation"].credit_percent == credit


def test_experience_and_certificates_also_match_the_occupation():
    """BJ-15-4: work history and certificates count when the sought occupation differs."""
    person = dataclasses.replace(PERSON, sought_occupation_code="2-02-10-01", experience=(Experience("4-02-02-01", 6),))
    assert by_key(rules.match(person, JOB, on=ON))["occupation"].credit_percent == 100


@pytest.mark.parametrize("have, credit", [(3, 100), (4, 100), (5, 50), (None, 0)])
def test_skill_level_against_required_level(have, credit):
    """BJ-15-4: level 1 is the highest; one level short earns half."""
    result = rules.match(dataclasses.replace(PERSON, skill_level=have), JOB, on=ON)
    assert by_key(result)["skill_level"].credit_percent == credit


@pytest.mark.parametrize("months, credit", [(12, 100), (11, 50), (6, 50), (5, 0)])
def test_experience_boundaries(months, credit):
    """BJ-15-4: related experience against the required months, half credit from half the months."""
    person = dataclasses.replace(PERSON, experience=(Experience("4-02-02-02", months), Experience("2-02-10-01", 50)))
    assert by_key(rules.match(person, JOB, on=ON))["experience"].credit_percent == credit


@pytest.mark.parametrize("expected, credit", [(8000, 100), (8001, 50), (8888, 50), (8889, 0)])
def test_pay_expectation_against_offered_pay_with_tolerance(expected, credit):
    """BJ-15-4: offered maximum 8000 against the expected minimum, 10 % tolerance (8000 ≥ 90 % of 8888)."""
    result = rules.match(dataclasses.replace(PERSON, salary_min=expected), JOB, on=ON)
    assert by_key(result)["pay"].credit_percent == credit


def test_working_pattern_and_location():
    """BJ-15-4: a part-time seeker does not match a full-time job; the work district is read from the sought area."""
    result = rules.match(dataclasses.replace(PERSON, working_pattern="part_time", habitual_district_id=None,
                                             sought_area="开发区"), JOB, on=ON)
    assert by_key(result)["working_pattern"].status == rules.NOT_MET
    assert by_key(result)["location"].status == rules.NOT_MET
    result = rules.match(dataclasses.replace(PERSON, habitual_district_id=None, sought_area="甲区、乙区"), JOB, on=ON)
    assert by_key(result)["location"].status == rules.MET
    result = rules.match(dataclasses.replace(PERSON, habitual_district_id=None, sought_area="全市不限"), JOB, on=ON)
    assert by_key(result)["location"].status == rules.MET


def test_missing_information_earns_the_instruments_unknown_credit():
    """BJ-15-4, BJ-6-2: unknown criteria score the configured share, not zero and not full."""
    result = rules.match(PERSON, dataclasses.replace(JOB, working_pattern="", pay_max=None, pay_min=None), on=ON)
    assert by_key(result)["working_pattern"].status == rules.UNKNOWN
    assert by_key(result)["working_pattern"].credit_percent == 50
    strict = rules.InstrumentDefinition("t", rules.DEFAULT_INSTRUMENT.weights, unknown_credit_percent=0)
    assert by_key(rules.match(PERSON, dataclasses.replace(JOB, working_pattern=""), instrument=strict,
                              on=ON))["working_pattern"].credit_percent == 0


@pytest.mark.parametrize("job_ready, earliest, eligible, status", [
    (True, ON + dt.timedelta(days=14), True, rules.MET),
    (True, ON + dt.timedelta(days=15), True, rules.PARTIAL),
    (False, ON, False, rules.NOT_MET),
    (None, None, False, rules.NOT_MET),
])
def test_only_job_ready_persons_are_eligible(job_ready, earliest, eligible, status):
    """BJ-15-2, BJ-15-1: readiness gates the recommendation; a late start only lowers the score."""
    result = rules.match(dataclasses.replace(PERSON, job_ready=job_ready, earliest_start=earliest), JOB, on=ON)
    assert result.eligible is eligible and by_key(result)["availability"].status == status
    if not eligible:
        assert not result.suggested and "BJ-15-2" in result.reasons[0]


def test_threshold_and_weights_come_from_the_instrument_version():
    """BJ-6-2: a version with another threshold and weights gives another decision for the same facts."""
    person = dataclasses.replace(PERSON, skill_level=None)  # skill 0 %, experience 0 %
    assert rules.match(person, JOB, on=ON).score == 70
    occupation_only = rules.InstrumentDefinition("occ", {"occupation": 1}, min_score=90)
    result = rules.match(person, JOB, instrument=occupation_only, on=ON)
    assert result.score == 100 and [c.key for c in result.criteria] == ["occupation"]
    high_bar = rules.InstrumentDefinition("bar", rules.DEFAULT_INSTRUMENT.weights, min_score=75)
    assert not rules.match(person, JOB, instrument=high_bar, on=ON).suggested


@pytest.mark.parametrize("key", ["sex", "ethnicity", "religion", "hukou", "household_registration", "marital_status",
                                 "age", "registration_type"])
def test_protected_characteristics_are_refused_as_criteria(key):
    """BJ-15-4: sex, ethnicity, religion, household registration, marital status and age are never criteria."""
    problems = rules.definition_problems(weights={"occupation": 10, key: 5}, min_score=60, unknown_credit_percent=50,
                                         pay_tolerance_percent=10)
    assert len(problems) == 1 and "禁止" in problems[0]


def test_definition_problems_for_bad_numbers_and_the_default_passes():
    """BJ-6-2: only well-formed versions are published."""
    assert rules.definition_problems(weights=dict(rules.DEFAULT_INSTRUMENT.weights), min_score=60,
                                     unknown_credit_percent=50, pay_tolerance_percent=10) == []
    problems = rules.definition_problems(weights={"occupation": -1, "shoe_size": 3}, min_score=101,
                                         unknown_credit_percent=-1, pay_tolerance_percent=200)
    assert len(problems) == 5


def test_the_facts_have_no_field_for_protected_characteristics():
    """BJ-15-4: the instrument cannot read what it is not given."""
    names = {f.name for f in dataclasses.fields(CandidateFacts)} | {f.name for f in dataclasses.fields(VacancyFacts)}
    assert names.isdisjoint(rules.PROTECTED_ATTRIBUTES)


def test_not_hired_reasons_carry_the_person_attributable_flag():
    """BJ-30-8: declining or not attending is the person's; employer rejection or a filled post is not."""
    assert rules.not_hired_attribution("declined_offer") is True
    assert rules.not_hired_attribution("no_show_interview") is True
    assert rules.not_hired_attribution("employer_rejected") is False
    assert rules.not_hired_attribution("vacancy_filled") is False
    with pytest.raises(KeyError):
        rules.not_hired_attribution("unknown")


def test_failed_events_count_dates_not_vacancies():
    """BJ-28-9, BJ-30-8: one event per recommendation date; a hire that day cancels it; BJ-30-1(e) counts only
    non-attributable failures."""
    d1, d2, d3, d4 = (dt.date(2026, 3, n) for n in (2, 3, 4, 5))
    rows = [(d1, "not_hired", False), (d1, "not_hired", True), (d2, "not_hired", True), (d3, "not_hired", False),
            (d3, "hired", None), (d4, "pending", None)]
    assert rules.failed_event_count(rows) == 2
    assert rules.failed_event_count(rows, non_attributable_only=True) == 1
