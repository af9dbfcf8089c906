"""The matchable persons' match features, kept in memory per process, to rank one vacancy's candidates.

The counterpart of `offer_store` for the other direction: `candidate_pool` ranks a vacancy's candidates
among every matchable person (job-ready, in active matching) in milliseconds; loading the pool takes
seconds.  So each process keeps one, and every read first checks the one `JobSeekerFeaturesVersion` row:

- the same token and version: the copy is current;
- the same token, a higher version: the persons stamped after the copy's version (`JobSeekerFeatureStamp`,
  written with every change of a person's features, status or unit) are read again and put into the copy
  or taken out of it, so a person registered, edited, assessed, moved or closed a moment ago is ranked
  (or gone) at once;
- another token (a bulk rewrite) or no copy yet: the whole pool is read again.

As in `offer_store`, the version is read before the rows it describes, a copy built inside a transaction
is used for that call only (it may hold uncommitted writes), and one lock serialises check, patch and
ranking.
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass

from django.db import connection
from django.db.models.sql.constants import MULTI

from . import candidate_pool
from .models import JobSeekerFeatureStamp, JobSeekerFeaturesVersion, JobSeekerMatchFeatures


@dataclass
class _Copy:
    token: str
    seq: int
    statuses: tuple
    districts: dict
    pool: candidate_pool.Pool


_lock = threading.RLock()
_kept: _Copy | None = None


def store_clear() -> None:
    """Forget this process's copy (the next read loads it again)."""
    global _kept
    with _lock:
        _kept = None


def store_kept() -> tuple[str, int, int] | None:
    """(token, version, persons) of this process's kept copy, None when it keeps none."""
    with _lock:
        return None if _kept is None else (_kept.token, _kept.seq, _kept.pool.count)


def _version() -> tuple[str, int]:
    row = JobSeekerFeaturesVersion.objects.filter(pk=1).values_list("token", "seq").first()
    return row if row is not None else ("", 0)


def _rows(statuses, **filters):
    return (JobSeekerMatchFeatures.objects.filter(job_seeker__status__in=statuses, job_ready=True, **filters)
            .values_list("job_seeker_id", "job_seeker__unit_id", "facts"))


def _fetch(queryset, chunk: int):
    """The rows of a `values_list` query as the database returns them, `chunk` at a time: no per-value model
    converters (the load decodes `facts` itself, once per row)."""
    compiler = queryset.query.get_compiler(using=queryset.db)
    for rows in compiler.execute_sql(MULTI, chunked_fetch=True, chunk_size=chunk):  # a server-side cursor where the
        yield from rows                                                              # database has them


def _load(token: str, seq: int, statuses: tuple, districts: dict, chunk: int = 20000) -> _Copy:
    """Every person with features gets a slot (so one who becomes matchable later keeps pk order); the
    matchable ones are read in one pk-ordered query, a chunk of rows at a time, and filed."""
    pool = candidate_pool.Pool()
    pool.reserve(pk for (pk,) in _fetch(JobSeekerMatchFeatures.objects.order_by("job_seeker_id")
                                        .values_list("job_seeker_id"), chunk))
    person, put, loads = candidate_pool.Reader(districts).person, pool.put, json.loads
    for pk, unit, facts in _fetch(_rows(statuses).order_by("job_seeker_id"), chunk):
        put(person(pk, unit, loads(facts) if isinstance(facts, (str, bytes)) else facts))
    return _Copy(token, seq, statuses, districts, pool)


def _patch(kept: _Copy, seq: int) -> _Copy | None:
    """Put the stamped persons in again; None when one of them cannot be (a reload is needed)."""
    changed = set(JobSeekerFeatureStamp.objects.filter(seq__gt=kept.seq).values_list("job_seeker_id", flat=True))
    current = {pk: (unit, record) for pk, unit, record in _rows(kept.statuses, job_seeker_id__in=changed)}
    if not all(kept.pool.fits(pk) for pk in current):  # matchable now, older than the newest slot, never seen
        return None
    reader = candidate_pool.Reader(kept.districts)
    for pk in sorted(changed):
        if pk in current:
            kept.pool.put(reader.person(pk, *current[pk]))
        else:
            kept.pool.drop(pk)
    kept.seq = seq
    return kept


def _current(statuses: tuple, districts: dict) -> _Copy:
    """The pool as of now (call with the lock held)."""
    global _kept
    token, seq = _version()
    kept = _kept
    if kept is not None and kept.statuses == statuses and kept.districts == districts and kept.token == token:
        if kept.seq == seq:
            return kept
        if kept.seq < seq and not connection.in_atomic_block:
            patched = _patch(kept, seq)
            if patched is not None:
                return patched
    fresh = _load(token, seq, statuses, districts)
    if not connection.in_atomic_block:
        _kept = fresh
    return fresh


def warm(*, statuses, districts: dict) -> tuple[str, int, int] | None:
    """Load (or bring up to date) this process's copy now, before any page needs it; `store_kept()` after."""
    with _lock:
        _current(tuple(statuses), districts)
    return store_kept()


def ranked_candidates(*, query: candidate_pool.Query, statuses, districts: dict, units, exclude=(),
                      limit: int = 20) -> list[tuple[int, int]]:
    """(person pk, score) of a vacancy's top `limit` job-ready persons in active matching (`statuses`) of
    `units` (None: every unit), over the current pool (`candidate_pool.top_candidates`)."""
    with _lock:
        pool = _current(tuple(statuses), districts).pool
        return candidate_pool.top_candidates(pool, query, units=units, exclude=exclude, limit=limit)
