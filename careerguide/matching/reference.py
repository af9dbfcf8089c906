"""The one-by-one ranking: `rules.match` on every pairing, sorted (pure).  What `batch` and `candidate_pool` must
equal; the tests and `bench/matching_bench.py` compare them on the same rows.

`vacancy_loop` and `candidate_loop` are the per-pair loop itself, over rows whose instrument facts are
already built (as a caller ranking in Python would hold them); `vacancies_for` and `candidates_for` build
the facts from the records first.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from . import match_features, rules


def _top(scored: list[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    return sorted(scored, key=lambda row: (-row[1], -row[0]))[:limit]


def vacancy_facts_rows(*, vacancies: Mapping[int, Mapping], names: Mapping[int, tuple[str, ...]],
                       standard_start_days: int) -> list[tuple[int, Mapping, rules.VacancyFacts]]:
    return [(pk, record, match_features.vacancy_from_record(
        record, district_names=names.get(record.get("work_district_id"), ()), standard_start_days=standard_start_days))
        for pk, record in vacancies.items()]


def person_facts_rows(*, people: Mapping[int, Mapping], on: dt.date) -> list[tuple[int, Mapping, rules.CandidateFacts]]:
    return [(pk, record, match_features.candidate_from_record(record, on=on)) for pk, record in people.items()]


def vacancy_loop(*, person: Mapping, candidate: rules.CandidateFacts,
                 rows: Iterable[tuple[int, Mapping, rules.VacancyFacts]], definition: rules.InstrumentDefinition,
                 on: dt.date, exclude=(), include_below_threshold: bool = False, limit: int = 20
                 ) -> list[tuple[int, int]]:
    """For each vacancy row: follows the person's wishes? then `rules.match`; the top `limit` of the scores."""
    scored = []
    tolerance = definition.pay_tolerance_percent
    for pk, record, offer in rows:
        if pk in exclude or not match_features.follows_wishes(person, record, pay_tolerance_percent=tolerance):
            continue
        result = rules.match(candidate, offer, instrument=definition, on=on)
        if include_below_threshold or result.score >= definition.min_score:
            scored.append((pk, result.score))
    return _top(scored, limit)


def candidate_loop(*, vacancy: Mapping, offer: rules.VacancyFacts,
                   rows: Iterable[tuple[int, Mapping, rules.CandidateFacts]], definition: rules.InstrumentDefinition,
                   on: dt.date, exclude=(), include_below_threshold: bool = False, limit: int = 20
                   ) -> list[tuple[int, int]]:
    """For each person row: job-ready and the vacancy follows their wishes? then `rules.match`; the top `limit`."""
    scored = []
    tolerance = definition.pay_tolerance_percent
    for pk, person, candidate in rows:
        if candidate.job_ready is not True:  # not eligible (BJ-15-2), whatever the score
            continue
        if pk in exclude or not match_features.follows_wishes(person, vacancy, pay_tolerance_percent=tolerance):
            continue
        result = rules.match(candidate, offer, instrument=definition, on=on)
        if result.eligible and (include_below_threshold or result.suggested):
            scored.append((pk, result.score))
    return _top(scored, limit)


def vacancies_for(*, person: Mapping, vacancies: Mapping[int, Mapping], names: Mapping[int, tuple[str, ...]],
                  definition: rules.InstrumentDefinition, on: dt.date, standard_start_days: int, exclude=(),
                  include_below_threshold: bool = False, limit: int = 20) -> list[tuple[int, int]]:
    """(vacancy pk, score) of the top `limit` of `vacancies` (published records) for a person's record."""
    return vacancy_loop(person=person, candidate=match_features.candidate_from_record(person, on=on),
                        rows=vacancy_facts_rows(vacancies=vacancies, names=names, standard_start_days=standard_start_days),
                        definition=definition, on=on, exclude=exclude, include_below_threshold=include_below_threshold,
                        limit=limit)


def candidates_for(*, vacancy: Mapping, offer: rules.VacancyFacts, people: Mapping[int, Mapping],
                   definition: rules.InstrumentDefinition, on: dt.date, exclude=(), include_below_threshold: bool = False,
                   limit: int = 20) -> list[tuple[int, int]]:
    """(person pk, score) of the top `limit` of `people` (records of persons in scope and in active matching)."""
    return candidate_loop(vacancy=vacancy, offer=offer, rows=person_facts_rows(people=people, on=on),
                          definition=definition, on=on, exclude=exclude, include_below_threshold=include_below_threshold,
                          limit=limit)
