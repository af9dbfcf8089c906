"""The nightly refresh ranks every person at once in memory: each score is `rules.match`'s, and each stored
list is the one-by-one ranking of that person, row for row."""
import datetime as dt
import io
import random

import pytest
from django.core.management import call_command

from careerguide.job_seekers.models import JobSeeker
from careerguide.matching import batch, match_features, reference, rules
from careerguide.matching.models import JobSeekerMatchFeatures, StoredVacancyList, VacancyMatchFeatures
from careerguide.matching.selectors import MATCHABLE_STATUSES, definition_of, district_name_map, job_ready_start_days
from careerguide.matching.services.instruments import instrument_for
from careerguide.matching.services.nightly import vacancy_lists_refresh

pytestmark = pytest.mark.django_db
ON = dt.date(2026, 3, 3)
OTHER_WEIGHTS = {"occupation": 40, "pay": 20, "location": 20, "availability": 20}


@pytest.fixture
def generated_city(db):
    call_command("generate_city", job_seekers=500, vacancies=400, seed=5, today=ON, stdout=io.StringIO())


def _definition(weights):
    instrument = instrument_for(on=ON)
    if weights:
        instrument.weights, instrument.min_score = weights, 70  # an unsaved version with other weights
    return definition_of(instrument=instrument)


@pytest.mark.parametrize("weights", [None, OTHER_WEIGHTS])
def test_each_score_is_the_instruments_score(generated_city, weights):
    """BJ-15-4: the in-memory scorer gives rules.match's score for every pairing it is asked about."""
    definition, names, standard = _definition(weights), district_name_map(), job_ready_start_days(on=ON)
    people = dict(JobSeekerMatchFeatures.objects.values_list("job_seeker_id", "facts"))
    vacancies = dict(VacancyMatchFeatures.objects.values_list("vacancy_id", "facts"))
    offers = batch.offers_from_records(vacancies, standard_start_days=standard)
    weights_ = batch.Weights.of(definition)
    districts = {o.district for o in offers}
    rng = random.Random(3)
    for pk in rng.sample(sorted(people), 60):
        person = batch.person_from_record(people[pk], on=ON, districts=names, definition=definition,
                                          all_districts=districts)
        facts = match_features.candidate_from_record(people[pk], on=ON)
        for offer in rng.sample(offers, 60):
            record = vacancies[offer.pk]
            expected = rules.match(facts, match_features.vacancy_from_record(
                record, district_names=names.get(record.get("work_district_id"), ()), standard_start_days=standard),
                instrument=definition, on=ON).score
            level = batch.occupation_level(person, offer)
            occupation = definition.unknown_credit_percent if level is None else {4: 100, 3: 75, 2: 50, 1: 25, 0: 0}[level]
            location = person.location.get(offer.district, person.location_other)
            assert batch._score(weights_, person, offer, occupation, location) == expected


@pytest.mark.parametrize("weights", [None, OTHER_WEIGHTS])
def test_every_list_equals_the_one_by_one_ranking(generated_city, weights):
    """BJ-15-2, BJ-15-4: each person's list is the instrument's true top 20 over every published vacancy that
    follows the person's wishes, in the order of scoring each pairing with rules.match (score, then newest)."""
    definition, names, standard = _definition(weights), district_name_map(), job_ready_start_days(on=ON)
    people = dict(JobSeekerMatchFeatures.objects.values_list("job_seeker_id", "facts"))
    vacancies = dict(VacancyMatchFeatures.objects.values_list("vacancy_id", "facts"))
    cat = batch.Catalogue.build(batch.offers_from_records(vacancies, standard_start_days=standard))
    w = batch.Weights.of(definition)
    for pk in random.Random(1).sample(sorted(people), 150):
        record = people[pk]
        person = batch.person_from_record(record, on=ON, districts=names, definition=definition,
                                          all_districts=cat.districts)
        for below in (False, True):
            exclude = set(random.Random(pk).sample(sorted(vacancies), 3)) if pk % 2 else set()
            got = batch.top_vacancies(person, cat=cat, w=w, min_score=definition.min_score, exclude=exclude,
                                      include_below_threshold=below)
            assert got == reference.vacancies_for(person=record, vacancies=vacancies, names=names, definition=definition,
                                                  on=ON, standard_start_days=standard, exclude=exclude,
                                                  include_below_threshold=below), (pk, below)


def test_the_refresh_stores_every_matchable_persons_list(generated_city):
    """BJ-15-2: every person in active matching gets the list the matching page would rank; others none."""
    lines = []
    report = vacancy_lists_refresh(on=ON, progress=lambda done, total: lines.append((done, total)), batch=120)
    matchable = set(JobSeeker.objects.filter(status__in=MATCHABLE_STATUSES).values_list("pk", flat=True))
    assert report.persons == len(matchable) and lines[-1] == (len(matchable), len(matchable))
    stored = dict(StoredVacancyList.objects.values_list("job_seeker_id", "vacancies"))
    assert set(stored) == matchable
    definition, names = definition_of(instrument=instrument_for(on=ON)), district_name_map()
    people = dict(JobSeekerMatchFeatures.objects.values_list("job_seeker_id", "facts"))
    vacancies = dict(VacancyMatchFeatures.objects.values_list("vacancy_id", "facts"))
    for pk in random.Random(4).sample(sorted(matchable), 40):
        assert [tuple(row) for row in stored[pk]] == reference.vacancies_for(
            person=people[pk], vacancies=vacancies, names=names, definition=definition, on=ON,
            standard_start_days=job_ready_start_days(on=ON))
    assert sum(len(rows) for rows in stored.values()) > 0
    JobSeeker.objects.filter(pk=min(matchable)).update(status="employed")
    out = io.StringIO()
    call_command("refresh_vacancy_lists", on=ON + dt.timedelta(days=1), stdout=out)
    assert f"已更新{len(matchable) - 1:,}名求职者" in out.getvalue()
    assert not StoredVacancyList.objects.filter(job_seeker_id=min(matchable)).exists()
    assert set(StoredVacancyList.objects.values_list("ranked_on", flat=True)) == {ON + dt.timedelta(days=1)}


def test_a_patched_catalogue_ranks_as_one_built_afresh(generated_city):
    """BJ-15-2, BJ-15-4: taking vacancies out, changing and adding them in place leaves every person's list
    as ranking over a catalogue built from the new set (what the page's kept copy relies on)."""
    definition, names, standard = _definition(None), district_name_map(), job_ready_start_days(on=ON)
    people = dict(JobSeekerMatchFeatures.objects.values_list("job_seeker_id", "facts"))
    vacancies = dict(VacancyMatchFeatures.objects.values_list("vacancy_id", "facts"))
    rng = random.Random(9)
    cat = batch.Catalogue.build(batch.offers_from_records(vacancies, standard_start_days=standard))
    removed = rng.sample(sorted(vacancies), 40)
    edited = {pk: {**vacancies[pk], "occupation_code": vacancies[rng.choice(sorted(vacancies))]["occupation_code"],
                   "working_pattern": rng.choice(["", "any", "part_time"])} for pk in rng.sample(sorted(vacancies), 40)}
    added = {max(vacancies) + n: vacancies[pk] for n, pk in enumerate(rng.sample(sorted(vacancies), 30), start=1)}
    after = {pk: r for pk, r in {**vacancies, **edited, **added}.items() if pk not in removed}
    cat.replace([*removed, *edited, *added], batch.offers_from_records(
        {pk: after[pk] for pk in [*edited, *added] if pk in after}, standard_start_days=standard))
    fresh = batch.Catalogue.build(batch.offers_from_records(after, standard_start_days=standard))
    assert cat.by_pk == fresh.by_pk
    w = batch.Weights.of(definition)
    for pk in rng.sample(sorted(people), 80):
        person = batch.person_from_record(people[pk], on=ON, districts=names, definition=definition,
                                          all_districts=cat.districts)
        got = batch.top_vacancies(person, cat=cat, w=w, min_score=definition.min_score, include_below_threshold=True)
        assert got == reference.vacancies_for(person=people[pk], vacancies=after, names=names, definition=definition,
                                              on=ON, standard_start_days=standard, include_below_threshold=True)
