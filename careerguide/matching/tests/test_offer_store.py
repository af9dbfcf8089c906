"""The process's copy of the published vacancies (`offer_store`) stays exact after every write path.

These tests commit (transactional database), so the copy is kept between calls and patched, as in a
running server; each list is compared with scoring every published vacancy one by one."""
import datetime as dt

import pytest
from django.db import transaction

from careerguide.job_seekers.services.readiness import readiness_assess
from careerguide.job_seekers.services.registration import job_seeker_update_profile
from careerguide.matching import offer_store, reference
from careerguide.matching.models import VacancyMatchFeatures
from careerguide.matching.selectors import (
    candidate_record,
    definition_of,
    district_name_map,
    job_ready_start_days,
    vacancy_suggestions,
)
from careerguide.matching.services.features import features_rebuild
from careerguide.matching.services.instruments import instrument_for
from careerguide.matching.services.profiles import vacancy_match_profile_record
from careerguide.occupations.services import occupations_seed_defaults
from careerguide.vacancies.services.vacancy import vacancy_withdraw

from .factories import at, published_vacancy, ready_job_seeker

pytestmark = pytest.mark.django_db(transaction=True)
NOW = at(2026, 3, 3)
ON = NOW.date()


@pytest.fixture
def world(city, staff):
    occupations_seed_defaults()  # transactional tests start from flushed tables
    seeker = ready_job_seeker(staff, city, now=NOW)
    first = published_vacancy(staff, city, now=NOW, valid_until=ON + dt.timedelta(days=60))
    return city, staff, seeker, first


def listed(seeker) -> list[tuple[int, int]]:
    instrument = instrument_for(on=ON)
    return [(v.pk, r.score) for v, r in vacancy_suggestions(job_seeker=seeker, on=ON, instrument=instrument,
                                                            include_below_threshold=True)]


def one_by_one(seeker) -> list[tuple[int, int]]:
    vacancies = dict(VacancyMatchFeatures.objects.filter(vacancy__status="published").values_list("vacancy_id", "facts"))
    return reference.vacancies_for(person=candidate_record(job_seeker=seeker), vacancies=vacancies,
                                   names=district_name_map(), definition=definition_of(instrument=instrument_for(on=ON)),
                                   on=ON, standard_start_days=job_ready_start_days(on=ON), include_below_threshold=True)


def test_the_kept_copy_follows_publication_edit_and_expiry(world):
    """BJ-15-2, BJ-39-1, BJ-40-1, BJ-41-2: a vacancy published, re-profiled or withdrawn a moment ago is ranked
    (or gone) at the next call, through a patch of the kept copy, not a reload."""
    city, staff, seeker, first = world
    assert listed(seeker) == one_by_one(seeker) == [(first.pk, listed(seeker)[0][1])]
    token, seq, count = offer_store.store_kept()
    assert count == 1

    second = published_vacancy(staff, city, now=NOW, name="另一物流有限公司", agent_username="agent-2",
                               occupation_code="4-02-02-02", occupation_name="仓库分拣员", pay_min=7000, pay_max=9000)
    got = listed(seeker)
    assert {pk for pk, _s in got} == {first.pk, second.pk} and got == one_by_one(seeker)
    kept = offer_store.store_kept()
    assert kept[0] == token and kept[1] > seq and kept[2] == 2  # patched, not reloaded

    before = dict(got)[first.pk]
    vacancy_match_profile_record(actor=staff.s11_officer, vacancy=first, required_skill_level=2,
                                 min_experience_months=60, now=NOW)
    got = listed(seeker)
    assert got == one_by_one(seeker) and dict(got)[first.pk] < before

    vacancy_withdraw(actor=second.submitted_by, vacancy=second, now=NOW)
    got = listed(seeker)
    assert [pk for pk, _s in got] == [first.pk] and got == one_by_one(seeker)
    assert offer_store.store_kept()[0] == token and offer_store.store_kept()[2] == 1


def test_a_persons_changes_are_ranked_at_once_over_the_kept_copy(world):
    """BJ-15-1, BJ-15-2: readiness and profile are read fresh on every call; the vacancies' copy is kept."""
    city, staff, seeker, first = world
    published_vacancy(staff, city, now=NOW, name="高薪物流有限公司", agent_username="agent-2", pay_min=9000, pay_max=12000)
    ready = listed(seeker)
    assert ready == one_by_one(seeker) and offer_store.store_kept() is not None
    readiness_assess(actor=staff.s11_counsellor, job_seeker=seeker, start_lead_days=30, advice="建议先参加技能培训。",
                     assessed_on=ON, now=NOW)
    not_ready = listed(seeker)
    assert not_ready == one_by_one(seeker) and not_ready != ready
    job_seeker_update_profile(actor=staff.s11_counsellor, job_seeker=seeker, data={"salary_min": 11000}, now=NOW)
    assert [pk for pk, _s in listed(seeker)] != [pk for pk, _s in not_ready]
    assert listed(seeker) == one_by_one(seeker)


def test_a_bulk_rebuild_reloads_the_copy(world):
    """The feature rebuild draws a new token: every process reads the catalogue again."""
    _city, _staff, seeker, _first = world
    listed(seeker)
    token = offer_store.store_kept()[0]
    features_rebuild()
    assert listed(seeker) == one_by_one(seeker) and offer_store.store_kept()[0] != token


def test_a_copy_built_inside_a_rolled_back_transaction_is_not_kept(world):
    """A vacancy written and ranked in a transaction that rolls back is never suggested afterwards."""
    city, staff, seeker, first = world
    listed(seeker)
    kept = offer_store.store_kept()

    class Undo(Exception):
        pass

    with pytest.raises(Undo), transaction.atomic():
        ghost = published_vacancy(staff, city, now=NOW, name="撤回物流有限公司", agent_username="agent-3")
        assert ghost.pk in {pk for pk, _s in listed(seeker)}
        raise Undo
    assert offer_store.store_kept() == kept
    assert [pk for pk, _s in listed(seeker)] == [first.pk] == [pk for pk, _s in one_by_one(seeker)]
