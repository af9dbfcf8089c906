"""The published vacancies' match features, kept in memory per process, to rank one person's vacancies.

`matching.batch` ranks a person against a `Catalogue` of every published vacancy in about a millisecond;
loading the catalogue takes seconds.  So each process keeps one, and every read first checks the one
`VacancyFeaturesVersion` row (one primary-key query):

- the same token and version: the copy is current;
- the same token, a higher version: the vacancies stamped after the copy's version (`VacancyFeatureStamp`)
  are reloaded and patched in, so a vacancy published, edited or expired a moment ago is ranked at once;
- another token (a bulk rewrite) or no copy yet: the whole catalogue is read again.

The version is read before the features it describes, so a change committed in between is reloaded once
more, never missed.  Inside a transaction the features read may be this transaction's own uncommitted
writes: then a copy that is not current is built for this call alone and never kept, so a rollback
cannot leave a process with vacancies that were never committed.  One lock serialises the
check, the patch and the ranking, so threads never see a half-patched catalogue.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass

from django.db import connection

from careerguide.vacancies.states import VacancyStatus

from . import batch
from .models import VacancyFeatureStamp, VacancyFeaturesVersion, VacancyMatchFeatures


@dataclass
class _Copy:
    token: str
    seq: int
    standard_start_days: int
    catalogue: batch.Catalogue


_lock = threading.RLock()
_kept: _Copy | None = None


def store_clear() -> None:
    """Forget this process's copy (the next read loads it again)."""
    global _kept
    with _lock:
        _kept = None


def store_kept() -> tuple[str, int, int] | None:
    """(token, version, vacancies) of this process's kept copy, None when it keeps none."""
    with _lock:
        return None if _kept is None else (_kept.token, _kept.seq, len(_kept.catalogue.by_pk))


def _version() -> tuple[str, int]:
    row = VacancyFeaturesVersion.objects.filter(pk=1).values_list("token", "seq").first()
    return row if row is not None else ("", 0)


def _published():
    return VacancyMatchFeatures.objects.filter(vacancy__status=VacancyStatus.PUBLISHED)


def _records(*, ids) -> dict[int, dict]:
    return dict(_published().filter(vacancy_id__in=ids).values_list("vacancy_id", "facts"))


def _load(token: str, seq: int, standard_start_days: int, chunk: int = 5000) -> _Copy:
    """Read every published vacancy, a chunk of records at a time (only the offers are kept)."""
    offers, records = [], {}
    for pk, record in _published().values_list("vacancy_id", "facts").iterator(chunk_size=chunk):
        records[pk] = record
        if len(records) == chunk:
            offers += batch.offers_from_records(records, standard_start_days=standard_start_days)
            records = {}
    offers += batch.offers_from_records(records, standard_start_days=standard_start_days)
    return _Copy(token, seq, standard_start_days, batch.Catalogue.build(offers))


def _patch(kept: _Copy, seq: int) -> _Copy:
    changed = list(VacancyFeatureStamp.objects.filter(seq__gt=kept.seq).values_list("vacancy_id", flat=True))
    records = _records(ids=changed)
    kept.catalogue.replace(changed, batch.offers_from_records(records, standard_start_days=kept.standard_start_days))
    kept.seq = seq
    return kept


def _current(standard_start_days: int) -> _Copy:
    """The catalogue as of now (call with the lock held)."""
    global _kept
    token, seq = _version()
    kept = _kept
    if kept is not None and kept.standard_start_days == standard_start_days and kept.token == token:
        if kept.seq == seq:
            return kept
        if kept.seq < seq and not connection.in_atomic_block:
            return _patch(kept, seq)
    fresh = _load(token, seq, standard_start_days)
    if not connection.in_atomic_block:
        _kept = fresh
    return fresh


def warm(*, standard_start_days: int) -> tuple[str, int, int] | None:
    """Load (or bring up to date) this process's copy now, before any page needs it; `store_kept()` after."""
    with _lock:
        _current(standard_start_days)
    return store_kept()


def ranked_vacancies(*, person_of, weights: batch.Weights, min_score: int,
                     limit: int, exclude=(), include_below_threshold: bool = False,
                     standard_start_days: int) -> list[tuple[int, int]]:
    """(vacancy pk, score) of a person's top `limit` published vacancies (`batch.top_vacancies`) over the
    current catalogue.  `person_of(districts)` builds the person from the catalogue's set of districts."""
    with _lock:
        catalogue = _current(standard_start_days).catalogue
        return batch.top_vacancies(person_of(catalogue.districts), cat=catalogue, w=weights,
                                   min_score=min_score, limit=limit, exclude=exclude,
                                   include_below_threshold=include_below_threshold)
