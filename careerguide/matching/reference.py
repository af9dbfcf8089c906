"""The one-by-one ranking: `rules.match` on every pairing, sorted (pure).  What `ranking` must equal; the
tests and `bench/matching_bench.py` compare the two on the same rows."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from . import match_features, rules


def _top(scored: list[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    return sorted(scored, key=lambda row: (-row[1], -row[0]))[:limit]


def vacancies_for(*, person: Mapping, vacancies: Mapping[int, Mapping], names: Mapping[int, tuple[str, ...]],
                  definition: rules.InstrumentDefinition, on: dt.date, standard_start_days: int, exclude=(),
                  include_below_threshold: bool = False, limit: int = 20) -> list[tuple[int, int]]:
    """(vacancy pk, score) of the top `limit` of `vacancies` (published records) for a person's record."""
    candidate = match_features.candidate_from_record(person, on=on)
    scored = []
    for pk, record in vacancies.items():
        if pk in exclude or not match_features.follows_wishes(person, record,
                                                              pay_tolerance_percent=definition.pay_tolerance_percent):
            continue
        offer = match_features.vacancy_from_record(record, district_names=names.get(record.get("work_district_id"), ()),
                                                   standard_start_days=standard_start_days)
        result = rules.match(candidate, offer, instrument=definition, on=on)
        if include_below_threshold or result.score >= definition.min_score:
            scored.append((pk, result.score))
    return _top(scored, limit)


def candidates_for(*, vacancy: Mapping, offer: rules.VacancyFacts, people: Mapping[int, Mapping],
                   definition: rules.InstrumentDefinition, on: dt.date, exclude=(), include_below_threshold: bool = False,
                   limit: int = 20) -> list[tuple[int, int]]:
    """(person pk, score) of the top `limit` of `people` (records of persons in scope and in active matching)."""
    scored = []
    for pk, person in people.items():
        if person.get("job_ready") is not True:  # not eligible (BJ-15-2), whatever the score
            continue
        if pk in exclude or not match_features.follows_wishes(person, vacancy,
                                                              pay_tolerance_percent=definition.pay_tolerance_percent):
            continue
        result = rules.match(match_features.candidate_from_record(person, on=on), offer, instrument=definition, on=on)
        if result.eligible and (include_below_threshold or result.suggested):
            scored.append((pk, result.score))
    return _top(scored, limit)
