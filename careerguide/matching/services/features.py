"""Keeping the match features in step with the data (see `models.JobSeekerMatchFeatures`).

The job-seeker and vacancy services call the two refresh functions in their own transaction after every
change the instrument reads, so a change is matchable at once.  `features_rebuild` recomputes every row
(the `match_features` command) and counts the rows whose stored features differed: the drift.
"""
from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F

from careerguide.common.services import now_or
from careerguide.vacancies.states import VacancyStatus

from .. import match_features
from ..models import (
    JobSeekerFeatureStamp,
    JobSeekerFeaturesVersion,
    JobSeekerMatchFeatures,
    JobSeekerMatchKey,
    VacancyFeatureStamp,
    VacancyFeaturesVersion,
    VacancyMatchFeatures,
)
from ..selectors import (
    district_name_map,
    job_seeker_id_batches,
    job_seeker_records,
    published_vacancy_id_batches,
    stored_job_seeker_features,
    stored_vacancy_features,
    vacancy_records,
)


def job_seeker_feature_rows(*, records: dict[int, dict], districts, now) -> tuple[list, list]:
    """Feature and key rows (unsaved) for person records."""
    features, keys = [], []
    for pk, record in records.items():
        features.append(JobSeekerMatchFeatures(job_seeker_id=pk, facts=record, refreshed_at=now,
                                               **match_features.person_columns(record, districts=districts)))
        keys += [JobSeekerMatchKey(job_seeker_id=pk, **key) for key in match_features.person_keys(record)]
    return features, keys


def vacancy_feature_rows(*, records: dict[int, dict], now) -> list:
    return [VacancyMatchFeatures(vacancy_id=pk, facts=record, refreshed_at=now, **match_features.vacancy_columns(record))
            for pk, record in records.items()]


def _write_job_seekers(ids, records, *, districts, now) -> None:
    features, keys = job_seeker_feature_rows(records=records, districts=districts, now=now)
    JobSeekerMatchKey.objects.filter(job_seeker_id__in=ids).delete()
    JobSeekerMatchFeatures.objects.filter(job_seeker_id__in=ids).delete()
    JobSeekerMatchFeatures.objects.bulk_create(features, batch_size=1000)
    JobSeekerMatchKey.objects.bulk_create(keys, batch_size=2000)


@transaction.atomic
def job_seeker_features_refresh(*, job_seeker, now=None) -> None:
    """Recompute one person's features from their profile, readiness, work history and certificates."""
    records = job_seeker_records(ids=[job_seeker.pk])
    _write_job_seekers([job_seeker.pk], records, districts=district_name_map(), now=now_or(now))
    job_seeker_features_changed(job_seeker_ids=[job_seeker.pk])


def _next_version(*, new_token: bool, model=VacancyFeaturesVersion) -> int:
    """Raise the features' version (locking its row until the transaction ends) and return it."""
    changes = {"seq": F("seq") + 1} | ({"token": uuid.uuid4().hex} if new_token else {})
    if not model.objects.filter(pk=1).update(**changes):
        model.objects.get_or_create(pk=1, defaults={"seq": 0, "token": uuid.uuid4().hex})
        model.objects.filter(pk=1).update(**changes)
    return model.objects.values_list("seq", flat=True).get(pk=1)


def job_seeker_features_changed(*, job_seeker_ids: Iterable[int]) -> None:
    """Record, in the caller's transaction, that what the candidate ranking reads of these persons changed:
    their features, their status (in active matching or not) or their unit (whose jurisdiction sees them).
    Every process's copy (`candidate_store`) reads them again at its next call."""
    seq = _next_version(new_token=False, model=JobSeekerFeaturesVersion)
    JobSeekerFeatureStamp.objects.bulk_create(
        [JobSeekerFeatureStamp(job_seeker_id=pk, seq=seq) for pk in set(job_seeker_ids)],
        update_conflicts=True, unique_fields=["job_seeker_id"], update_fields=["seq"])


def job_seeker_features_replaced() -> None:
    """Record, in the caller's transaction, that the persons' features were rewritten in bulk: every copy is
    reloaded."""
    _next_version(new_token=True, model=JobSeekerFeaturesVersion)


def vacancy_features_changed(*, vacancy_ids: Iterable[int]) -> None:
    """Record, in the caller's transaction, that these vacancies' features were written, replaced or removed."""
    seq = _next_version(new_token=False)
    VacancyFeatureStamp.objects.bulk_create([VacancyFeatureStamp(vacancy_id=pk, seq=seq) for pk in set(vacancy_ids)],
                                            update_conflicts=True, unique_fields=["vacancy_id"], update_fields=["seq"])


def vacancy_features_replaced() -> None:
    """Record, in the caller's transaction, that the features were rewritten in bulk: every copy is reloaded."""
    _next_version(new_token=True)


@transaction.atomic
def vacancy_features_refresh(*, vacancy, now=None) -> None:
    """Recompute one vacancy's features; a vacancy that is not published has none (it is not matchable)."""
    VacancyMatchFeatures.objects.filter(vacancy_id=vacancy.pk).delete()
    if vacancy.status == VacancyStatus.PUBLISHED:
        VacancyMatchFeatures.objects.bulk_create(
            vacancy_feature_rows(records=vacancy_records(ids=[vacancy.pk]), now=now_or(now)))
    vacancy_features_changed(vacancy_ids=[vacancy.pk])


@dataclass
class RebuildReport:
    job_seekers: int = 0
    job_seekers_drifted: int = 0
    vacancies: int = 0
    vacancies_drifted: int = 0
    removed: int = 0


def _person_state(record, districts) -> dict:
    return {"facts": record, **match_features.person_columns(record, districts=districts),
            "keys": sorted((tuple(sorted(k.items())) for k in match_features.person_keys(record)), key=repr)}


def _vacancy_state(record) -> dict:
    return {"facts": record, **match_features.vacancy_columns(record)}


def features_rebuild(*, progress: Callable[[str, int, int], None] | None = None, batch: int = 2000,
                     now=None) -> RebuildReport:
    """Recompute every person's and every published vacancy's features in batches (each batch one
    transaction) and count the rows that drifted from what is stored."""
    now, report, districts = now_or(now), RebuildReport(), district_name_map()
    for done, total, ids in job_seeker_id_batches(size=batch):
        records = job_seeker_records(ids=ids)
        stored = stored_job_seeker_features(ids=ids)
        report.job_seekers += len(ids)
        report.job_seekers_drifted += sum(stored.get(pk) != _person_state(r, districts) for pk, r in records.items())
        with transaction.atomic():
            _write_job_seekers(ids, records, districts=districts, now=now)
            job_seeker_features_replaced()
        if progress:
            progress("job_seekers", done, total)
    with transaction.atomic():
        report.removed = VacancyMatchFeatures.objects.exclude(vacancy__status=VacancyStatus.PUBLISHED).delete()[0]
        vacancy_features_replaced()
    for done, total, ids in published_vacancy_id_batches(size=batch):
        records = vacancy_records(ids=ids)
        stored = stored_vacancy_features(ids=ids)
        report.vacancies += len(ids)
        report.vacancies_drifted += sum(stored.get(pk) != _vacancy_state(r) for pk, r in records.items())
        with transaction.atomic():
            VacancyMatchFeatures.objects.filter(vacancy_id__in=ids).delete()
            VacancyMatchFeatures.objects.bulk_create(vacancy_feature_rows(records=records, now=now), batch_size=1000)
            vacancy_features_replaced()
        if progress:
            progress("vacancies", done, total)
    return report
