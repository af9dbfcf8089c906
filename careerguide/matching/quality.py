"""The instrument's ranking quality on the labelled quality set (pure): nDCG@10 and precision@5.

For each job seeker the set's 40 vacancies are ranked by `rules.match` (score descending, then the set's
order); gains are 2^relevance − 1; a vacancy is relevant for precision when its relevance is 2 or 3.
Persons with no relevant vacancy are left out of both means."""
from __future__ import annotations

import datetime as dt
import math

from . import match_features, rules


def _names(districts: dict) -> dict[int, tuple[str, ...]]:
    return {int(pk): (name,) for pk, name in districts.items()}


def rankings(data: dict, *, instrument: rules.InstrumentDefinition = rules.DEFAULT_INSTRUMENT) -> dict[str, list[str]]:
    on, names = dt.date.fromisoformat(data["on"]), _names(data["districts"])
    offers = [(v["id"], match_features.vacancy_from_record(v, district_names=names[v["work_district_id"]],
                                                           standard_start_days=v["start_within_days"]))
              for v in data["vacancies"]]
    out = {}
    for person in data["job_seekers"]:
        facts = match_features.candidate_from_record(person, on=on)
        scored = [(rules.match(facts, offer, instrument=instrument, on=on).score, -n, vid)
                  for n, (vid, offer) in enumerate(offers)]
        out[person["id"]] = [vid for _s, _n, vid in sorted(scored, reverse=True)]
    return out


def _dcg(gains: list[int]) -> float:
    return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(gains))


def evaluate(data: dict, *, instrument: rules.InstrumentDefinition = rules.DEFAULT_INSTRUMENT) -> tuple[float, float]:
    """(mean nDCG@10, mean precision@5)."""
    ndcgs, precisions = [], []
    for pid, ranked in rankings(data, instrument=instrument).items():
        labels = data["relevance"][pid]
        ideal = _dcg(sorted(labels.values(), reverse=True)[:10])
        if not any(g >= 2 for g in labels.values()) or ideal == 0:
            continue
        ndcgs.append(_dcg([labels[v] for v in ranked[:10]]) / ideal)
        precisions.append(sum(labels[v] >= 2 for v in ranked[:5]) / 5)
    return sum(ndcgs) / len(ndcgs), sum(precisions) / len(precisions)
