"""The in-memory candidate ranking (`candidate_pool`) equals scoring every person one by one (pure, no database).

The persons are drawn from a small code tree so that every occupation partition (own code, minor, medium
and major group, no code, another major group) is met, with many identical persons (ties, broken by the
newer person), malformed codes, several ongoing jobs, jobs starting after the day of the match, and
vacancies without a code, district, pattern or pay."""
import datetime as dt
import random

import pytest

from careerguide.matching import candidate_pool, match_features, reference, rules

ON = dt.date(2026, 3, 3)
DISTRICTS = {11: ("东城区就业服务中心", "东城区"), 12: ("西城区就业服务中心", "西城区"), 13: ("朝阳区就业服务中心", "朝阳区")}
CODES = ["4-02-02-01", "4-02-02-02", "4-02-03-01", "4-02-03", "4-05-01-01", "4-05", "2-02-10-01", "2-02-10-02",
         "2-06-01-01", "6-01-01-01", "9-99", ""]
PATTERNS = ["", "any", "full_time", "part_time", "flexible"]
AREAS = ["", "", "东城区", "西城区、朝阳区", "全市均可", "不限", "海淀"]


def _day(rng, low, high):
    return (ON + dt.timedelta(days=rng.randint(low, high))).isoformat()


def person_record(rng: random.Random) -> dict:
    if rng.random() < 0.3:  # a common profile: many persons tie with it
        return {"sought_occupation_code": "4-02-02-01", "skill_level": 4, "certificates": [],
                "experience": [["4-02-02-01", "2023-01-01", "2025-01-01"]], "salary_min": 5000,
                "working_pattern": "full_time", "habitual_district_id": 11, "sought_area": "", "job_ready": True,
                "earliest_start": None}
    experience = []
    for _ in range(rng.choice([0, 0, 1, 2, 3])):
        start = _day(rng, -3000, 40)  # some start after the day of the match
        end = rng.choice([None, None, _day(rng, -1000, 0)])
        if end is not None and end < start:
            start, end = end, start
        experience.append([rng.choice(CODES), rng.choice([start, start, None]), end])
    return {"sought_occupation_code": rng.choice(CODES), "skill_level": rng.choice([None, 1, 2, 3, 4, 5]),
            "certificates": [[rng.choice(CODES), rng.choice([None, 2, 3, 4])] for _ in range(rng.choice([0, 0, 1, 2]))],
            "experience": experience, "salary_min": rng.choice([None, 4000, 5000, 6000, 9000]),
            "working_pattern": rng.choice(PATTERNS), "habitual_district_id": rng.choice([None, 11, 12, 13]),
            "sought_area": rng.choice(AREAS), "job_ready": rng.random() < 0.85,
            "earliest_start": rng.choice([None, None, _day(rng, 0, 60)])}


def vacancy_record(rng: random.Random) -> dict:
    pay_min = rng.choice([None, 4000, 5000, 7000])
    return {"occupation_code": rng.choice(CODES + ["4-02-02-01"] * 3), "pay_min": pay_min,
            "pay_max": rng.choice([None, (pay_min or 4000) + 1500]), "work_district_id": rng.choice([None, 11, 12, 13]),
            "required_skill_level": rng.choice([None, None, 3, 4]), "min_experience_months": rng.choice([None, 6, 24]),
            "working_pattern": rng.choice(PATTERNS), "start_within_days": rng.choice([None, 7, 30])}


def offer_of(record: dict) -> rules.VacancyFacts:
    return match_features.vacancy_from_record(record, district_names=DISTRICTS.get(record["work_district_id"], ()),
                                              standard_start_days=14)


def pool_of(people: dict[int, dict], units: dict[int, int]) -> candidate_pool.Pool:
    pool = candidate_pool.Pool()
    pool.reserve(sorted(people))
    for pk in sorted(people):
        if people[pk]["job_ready"] is True:
            pool.put(candidate_pool.person_from_record(pk, units[pk], people[pk], districts=DISTRICTS))
    return pool


@pytest.fixture(scope="module")
def world():
    rng = random.Random(7)
    people = {pk: person_record(rng) for pk in range(1, 1201)}
    units = {pk: rng.choice([101, 102, 103]) for pk in people}
    return rng, people, units


DEFINITIONS = [rules.DEFAULT_INSTRUMENT,
               rules.InstrumentDefinition(version="t-2", weights={"occupation": 40, "pay": 20, "location": 20,
                                                                   "availability": 20}, min_score=70),
               rules.InstrumentDefinition(version="t-3", weights={"occupation": 1, "skill_level": 3, "experience": 5,
                                                                   "working_pattern": 2}, min_score=40,
                                          unknown_credit_percent=30, pay_tolerance_percent=20)]


@pytest.mark.parametrize("definition", DEFINITIONS, ids=lambda d: d.version)
def test_every_list_equals_the_one_by_one_ranking(world, definition):
    """BJ-15-2, BJ-15-4, BJ-40-1: the same rows in the same order (score, then newest) as `rules.match` on
    every job-ready person whose wishes the vacancy follows, for vacancies of every kind, in a unit scope
    or city-wide, with and without the threshold, with persons already recommended left out."""
    rng, people, units = world
    pool = pool_of(people, units)
    rows = reference.person_facts_rows(people=people, on=ON)
    facts = {pk: candidate for pk, _record, candidate in rows}
    tiers_seen = set()
    for _ in range(60):
        record = vacancy_record(rng)
        offer = offer_of(record)
        exclude = set(rng.sample(sorted(people), 30))
        for below in (False, True):
            for scope in (None, {101}, {102, 103}):
                query = candidate_pool.Query.of(record, offer, definition=definition, on=ON,
                                                include_below_threshold=below)
                got = candidate_pool.top_candidates(pool, query, units=scope, exclude=exclude)
                in_scope = [row for row in rows if scope is None or units[row[0]] in scope]
                expected = reference.candidate_loop(vacancy=record, offer=offer, rows=in_scope, definition=definition,
                                                    on=ON, exclude=exclude, include_below_threshold=below)
                assert got == expected, (record, scope, below)
                if definition.weights.get("occupation"):
                    tiers_seen.update(rules.match(facts[pk], offer, instrument=definition, on=ON).criteria[0].credit_percent
                                      for pk, _score in got)
    if definition is rules.DEFAULT_INSTRUMENT:
        assert {100, 75, 50, 25, 0} <= tiers_seen  # every occupation partition made a list


def test_a_patched_pool_ranks_as_one_built_afresh(world):
    """Persons changed, taken out and added (a newer pk) rank exactly as in a pool built from the new state."""
    rng, people, units = world
    pool = pool_of(people, units)
    changed = dict(people)
    for pk in rng.sample(sorted(people), 200):
        changed[pk] = person_record(rng)
    for pk in rng.sample(sorted(people), 50):
        changed[pk] = {**changed[pk], "job_ready": False}
    for pk in range(1201, 1231):
        changed[pk] = person_record(rng)
    new_units = {**units, **{pk: 101 for pk in range(1201, 1231)}}
    for pk in sorted(changed):
        if changed[pk] is not people.get(pk):
            if changed[pk]["job_ready"] is True:
                pool.put(candidate_pool.person_from_record(pk, new_units[pk], changed[pk], districts=DISTRICTS))
            else:
                pool.drop(pk)
    fresh = pool_of(changed, new_units)
    assert pool.count == fresh.count
    rows = reference.person_facts_rows(people=changed, on=ON)
    for _ in range(40):
        record = vacancy_record(rng)
        query = candidate_pool.Query.of(record, offer_of(record), definition=rules.DEFAULT_INSTRUMENT, on=ON)
        got = candidate_pool.top_candidates(pool, query, units=None)
        assert got == candidate_pool.top_candidates(fresh, query, units=None)
        assert got == reference.candidate_loop(vacancy=record, offer=offer_of(record), rows=rows,
                                               definition=rules.DEFAULT_INSTRUMENT, on=ON)


def test_a_person_older_than_the_newest_slot_and_never_seen_needs_a_reload():
    """Slots follow pk order: a known person or a newer one fits; an older stranger does not (the store reloads)."""
    pool = candidate_pool.Pool()
    pool.reserve([10, 20])
    assert pool.fits(10) and pool.fits(20) and pool.fits(30) and not pool.fits(15)
    with pytest.raises(ValueError):
        pool.put(candidate_pool.person_from_record(15, 101, person_record(random.Random(1)), districts=DISTRICTS))


def test_protected_characteristics_are_not_read(world):
    """BJ-15-4: a record carrying sex, birth date, ethnicity or household registration files the same person
    (the pool has no column for them) and ranks the same."""
    _rng, people, units = world
    pk = next(pk for pk in sorted(people) if people[pk]["job_ready"] is True)
    plain = candidate_pool.person_from_record(pk, units[pk], people[pk], districts=DISTRICTS)
    marked = candidate_pool.person_from_record(pk, units[pk], {**people[pk], "sex": "female", "birth_date": "1960-01-01",
                                                               "ethnicity": "回族", "hukou": "外省农业户口",
                                                               "marital_status": "married"}, districts=DISTRICTS)
    assert plain == marked
