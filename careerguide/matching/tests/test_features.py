"""Match features stay in step with every write path, and the ranking over them is exact."""
import datetime as dt
import random

import pytest
from django.core.management import call_command

from careerguide.accounts.models import User
from careerguide.common.demo import synthetic_resident_id
from careerguide.job_seekers.models import JobSeeker
from careerguide.job_seekers.services.readiness import readiness_assess
from careerguide.job_seekers.services.registration import job_seeker_update_profile
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.matching import reference, rules
from careerguide.matching.models import JobSeekerMatchFeatures, JobSeekerMatchKey, VacancyMatchFeatures
from careerguide.matching.selectors import (
    MATCHABLE_STATUSES,
    candidate_suggestions,
    definition_of,
    district_name_map,
    job_ready_start_days,
    job_seeker_records,
    stored_job_seeker_features,
    stored_vacancy_features,
    vacancy_facts,
    vacancy_records,
    vacancy_suggestions,
)
from careerguide.matching.services.features import _person_state, _vacancy_state, features_rebuild
from careerguide.matching.services.instruments import instrument_for
from careerguide.matching.services.profiles import vacancy_match_profile_record
from careerguide.vacancies.models import Vacancy
from careerguide.vacancies.services.vacancy import vacancy_withdraw

from .factories import at, published_vacancy, ready_job_seeker

pytestmark = pytest.mark.django_db
NOW = at(2026, 3, 3)
ON = NOW.date()


def assert_person_in_step(seeker):
    fresh = _person_state(job_seeker_records(ids=[seeker.pk])[seeker.pk], district_name_map())
    assert stored_job_seeker_features(ids=[seeker.pk])[seeker.pk] == fresh


def test_registration_readiness_and_profile_edit_keep_the_person_features_in_step(staff, city):
    """BJ-15-4, BJ-15-1: each write path refreshes the features in its own transaction."""
    seeker = register_job_seeker(staff.s11_counsellor, city.s11, now=NOW, collected_on=ON, profile={
        "sought_occupation_code": "4-02-02-01", "salary_min": 6000, "sought_area": "甲区"},
        work_history=[{"employer_name": "某物流", "occupation_code": "4-02-02-02", "started_on": "2020-01-01",
                       "ended_on": "2022-07-01"}],
        certificates=[{"name": "仓储管理员证书", "occupation_code": "4-02-02-01", "skill_level": 4}])
    assert_person_in_step(seeker)
    assert not JobSeekerMatchKey.objects.filter(job_seeker=seeker).exists()  # not job-ready: no candidate keys
    readiness_assess(actor=staff.s11_counsellor, job_seeker=seeker, start_lead_days=3, assessed_on=ON, now=NOW)
    assert_person_in_step(seeker)
    features = JobSeekerMatchFeatures.objects.get(job_seeker=seeker)
    assert features.job_ready is True and features.exp_closed_months == 30 and features.cert_level_any == 4
    assert set(JobSeekerMatchKey.objects.filter(job_seeker=seeker).values_list("code_group", flat=True)) == {
        "4", "4-02", "4-02-02", "4-02-02-01", "4-02-02-02"}
    job_seeker_update_profile(actor=staff.s11_counsellor, job_seeker=seeker, data={"salary_min": 9000}, now=NOW)
    assert_person_in_step(seeker)
    assert JobSeekerMatchFeatures.objects.get(job_seeker=seeker).salary_min == 9000


def test_publication_profile_and_withdrawal_keep_the_vacancy_features_in_step(staff, city):
    """BJ-39-1, BJ-40-1, BJ-41-2: published vacancies have features; a withdrawn one has none."""
    vacancy = published_vacancy(staff, city, now=NOW)
    assert stored_vacancy_features(ids=[vacancy.pk])[vacancy.pk] == _vacancy_state(vacancy_records(ids=[vacancy.pk])[
        vacancy.pk])
    vacancy_match_profile_record(actor=staff.s11_officer, vacancy=vacancy, required_skill_level=4, now=NOW)
    features = VacancyMatchFeatures.objects.get(vacancy=vacancy)
    assert (features.required_skill_level, features.start_within_days, features.g3) == (4, 14, "4-02-02")
    vacancy_withdraw(actor=vacancy.submitted_by, vacancy=vacancy, now=NOW)
    assert not VacancyMatchFeatures.objects.filter(vacancy=vacancy).exists()


def test_the_profile_defaults_to_the_policy_start_standard(staff, city):
    """BJ-15-1: “2周内” comes from the policy key bj.job_ready_start_days, not a literal."""
    vacancy = published_vacancy(staff, city, now=NOW)
    profile = vacancy_match_profile_record(actor=staff.s11_officer, vacancy=vacancy, now=NOW)
    assert profile.start_within_days == job_ready_start_days(on=ON) == 14


def test_rebuild_reports_drift_and_repairs_it(staff, city):
    """The match_features command recomputes every row and counts those that differed."""
    seeker = ready_job_seeker(staff, city, now=NOW)
    published_vacancy(staff, city, now=NOW)
    JobSeeker.objects.filter(pk=seeker.pk).update(salary_min=12000)  # a change that bypassed the services
    report = features_rebuild()
    assert (report.job_seekers_drifted, report.vacancies_drifted) == (1, 0)
    assert features_rebuild().job_seekers_drifted == 0


def test_protected_characteristics_never_move_a_score(staff, city):
    """BJ-15-4: persons differing only in sex, birth date and household registration get the same scores in
    both directions."""
    rng = random.Random(3)
    vacancy = published_vacancy(staff, city, now=NOW)
    a = ready_job_seeker(staff, city, now=NOW, id_number=synthetic_resident_id(rng, birth=dt.date(1990, 1, 1), male=True))
    b = ready_job_seeker(staff, city, now=NOW, id_number=synthetic_resident_id(rng, birth=dt.date(1962, 5, 5), male=False),
                         profile={"hukou_location": "外省某县", "registration_type": "rural_transfer",
                                  "bj_rural_labour": True})
    assert (a.sex, b.sex) != (a.sex, a.sex) and a.birth_date != b.birth_date
    instrument = instrument_for(on=ON)

    def scores(seeker):
        return [(v.pk, r.score, r.explanation()) for v, r in vacancy_suggestions(job_seeker=seeker, on=ON,
                                                                                 instrument=instrument)]
    assert scores(a) == scores(b) and scores(a)
    by_person = {s.pk: r.score for s, r in candidate_suggestions(actor=staff.s11_counsellor, vacancy=vacancy, on=ON,
                                                                 instrument=instrument)}
    assert by_person[a.pk] == by_person[b.pk]


@pytest.fixture
def generated_city(db):
    call_command("generate_city", job_seekers=600, vacancies=400, seed=11, today=ON, stdout=open("/dev/null", "w"))


@pytest.mark.parametrize("weights", [None, {"occupation": 40, "pay": 20, "location": 20, "availability": 20}])
def test_ranking_equals_scoring_every_row_one_by_one(generated_city, weights):
    """BJ-15-2, BJ-15-4, BJ-40-1: the list is the instrument's true top 20 over every matchable row in the
    viewer's scope, in the same order as scoring each pairing with rules.match (score, then newest)."""
    instrument = instrument_for(on=ON)
    if weights:
        instrument.weights, instrument.min_score = weights, 70  # an unsaved version with other weights
    definition = definition_of(instrument=instrument)
    people = dict(JobSeekerMatchFeatures.objects.values_list("job_seeker_id", "facts"))
    vacancies = dict(VacancyMatchFeatures.objects.values_list("vacancy_id", "facts"))
    names, standard, rng = district_name_map(), job_ready_start_days(on=ON), random.Random(2)
    for pk in rng.sample(sorted(people), 25):
        for below in (False, True):
            got = [(v.pk, r.score) for v, r in vacancy_suggestions(job_seeker=JobSeeker.objects.get(pk=pk), on=ON,
                                                                   instrument=instrument, include_below_threshold=below)]
            assert got == reference.vacancies_for(person=people[pk], vacancies=vacancies, names=names,
                                                  definition=definition, on=ON, standard_start_days=standard,
                                                  include_below_threshold=below)
    for username in ("gen.city", "gen.district"):
        actor = User.objects.get(username=username)
        scope = JobSeeker.objects.filter(status__in=MATCHABLE_STATUSES, unit__path__startswith=actor.unit.path)
        pool = {pk: people[pk] for pk in scope.values_list("pk", flat=True)}
        for pk in rng.sample(sorted(vacancies), 25):
            vacancy = Vacancy.objects.select_related("published_version__work_district").get(pk=pk)
            for below in (False, True):
                got = [(s.pk, r.score) for s, r in candidate_suggestions(actor=actor, vacancy=vacancy, on=ON,
                                                                         instrument=instrument,
                                                                         include_below_threshold=below)]
                assert got == reference.candidates_for(vacancy=vacancies[pk], offer=vacancy_facts(vacancy=vacancy, on=ON),
                                                       people=pool, definition=definition, on=ON,
                                                       include_below_threshold=below)


def test_the_generated_city_is_in_step_and_scored_as_rules_scores_it(generated_city):
    """The generator writes the same features the services would; the rows shown carry the instrument's score."""
    report = features_rebuild()
    assert (report.job_seekers, report.job_seekers_drifted, report.vacancies_drifted) == (600, 0, 0)
    seeker = JobSeeker.objects.order_by("pk")[7]
    rows = vacancy_suggestions(job_seeker=seeker, on=ON, instrument=instrument_for(on=ON), include_below_threshold=True)
    assert len(rows) == 20 and all(isinstance(r, rules.MatchResult) and r.criteria for _v, r in rows)
