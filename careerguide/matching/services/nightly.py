"""The nightly refresh of every person's top 20 vacancies (`manage.py refresh_vacancy_lists`).

Every person in active matching is ranked in memory by `batch` against every published vacancy, with the
instrument in force on the day, as the matching page ranks one person (`selectors.vacancy_suggestions`):
the vacancies of the person's open recommendations are left out.  Persons are read and their lists
written in batches by pk, each batch one transaction that also removes the lists of persons who left
active matching in its range.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction

from careerguide.common.services import now_or

from .. import batch as batch_ranking
from ..models import StoredVacancyList
from ..selectors import (
    definition_of,
    district_name_map,
    instrument_in_force,
    job_ready_start_days,
    matchable_person_count,
    matchable_person_records,
    open_recommendation_pairs,
    published_vacancy_records,
)


@dataclass
class RefreshReport:
    persons: int = 0
    vacancies: int = 0
    listed: int = 0  # persons with at least one vacancy at or above the threshold


def vacancy_lists_refresh(*, on: dt.date, progress: Callable[[int, int], None] | None = None, batch: int = 5000,
                          now=None) -> RefreshReport:
    """Rank and store every matchable person's top 20 published vacancies for the day `on`."""
    now, report = now_or(now), RefreshReport()
    definition = definition_of(instrument=instrument_in_force(on=on))
    names, standard = district_name_map(), job_ready_start_days(on=on)
    vacancies = published_vacancy_records()
    cat = batch_ranking.Catalogue.build(batch_ranking.offers_from_records(vacancies, standard_start_days=standard))
    weights, excluded, total = batch_ranking.Weights.of(definition), open_recommendation_pairs(), matchable_person_count()
    report.vacancies, last = len(vacancies), 0
    while rows := matchable_person_records(after=last, size=batch):
        lists = []
        for pk, record in rows:
            person = batch_ranking.person_from_record(record, on=on, districts=names, definition=definition,
                                                      all_districts=cat.districts)
            top = batch_ranking.top_vacancies(person, cat=cat, w=weights, min_score=definition.min_score,
                                              exclude=excluded.get(pk, ()))
            report.listed += bool(top)
            lists.append(StoredVacancyList(job_seeker_id=pk, ranked_on=on, instrument_version=definition.version,
                                           vacancies=[list(row) for row in top], refreshed_at=now))
        with transaction.atomic():
            StoredVacancyList.objects.filter(job_seeker_id__gt=last, job_seeker_id__lte=rows[-1][0]).delete()
            StoredVacancyList.objects.bulk_create(lists, batch_size=2000)
        last, report.persons = rows[-1][0], report.persons + len(rows)
        if progress:
            progress(report.persons, total)
    with transaction.atomic():
        StoredVacancyList.objects.filter(job_seeker_id__gt=last).delete()
    return report
