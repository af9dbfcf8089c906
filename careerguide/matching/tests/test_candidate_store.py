"""The process's copy of the matchable persons (`candidate_store`) stays exact after every write path.

These tests commit (transactional database), so the copy is kept between calls and patched, as in a
running server; each list is compared with scoring every person in the viewer's scope one by one, and
each write is checked to have patched the kept copy (same token, a higher version), not reloaded it."""
import pytest
from django.db import transaction

from careerguide.job_seekers.models import JobSeeker
from careerguide.job_seekers.services.ledger import job_seeker_set_status
from careerguide.job_seekers.services.readiness import readiness_assess
from careerguide.job_seekers.services.registration import job_seeker_register, job_seeker_update_profile
from careerguide.job_seekers.services.transfer import job_seeker_transfer
from careerguide.job_seekers.states import JobSeekerStatus
from careerguide.matching import candidate_store, reference
from careerguide.matching.models import JobSeekerFeatureStamp, JobSeekerFeaturesVersion, JobSeekerMatchFeatures
from careerguide.matching.selectors import (
    MATCHABLE_STATUSES,
    candidate_suggestions,
    definition_of,
    vacancy_facts,
    vacancy_record,
)
from careerguide.matching.services.features import features_rebuild
from careerguide.matching.services.instruments import instrument_for
from careerguide.matching.services.profiles import vacancy_match_profile_record
from careerguide.occupations.services import occupations_seed_defaults

from .factories import at, published_vacancy, ready_job_seeker

pytestmark = pytest.mark.django_db(transaction=True)
NOW = at(2026, 3, 3)
ON = NOW.date()


@pytest.fixture
def world(city, staff):
    occupations_seed_defaults()  # transactional tests start from flushed tables
    vacancy = published_vacancy(staff, city, now=NOW)
    vacancy_match_profile_record(actor=staff.s11_officer, vacancy=vacancy, required_skill_level=2,
                                 min_experience_months=12, now=NOW)
    first = ready_job_seeker(staff, city, now=NOW)
    return city, staff, vacancy, first


def listed(actor, vacancy) -> list[tuple[int, int]]:
    return [(s.pk, r.score) for s, r in candidate_suggestions(actor=actor, vacancy=vacancy, on=ON,
                                                              instrument=instrument_for(on=ON),
                                                              include_below_threshold=True)]


def one_by_one(actor, vacancy) -> list[tuple[int, int]]:
    scope = JobSeeker.objects.filter(status__in=MATCHABLE_STATUSES, unit__path__startswith=actor.unit.path)
    people = dict(JobSeekerMatchFeatures.objects.filter(job_seeker__in=scope).values_list("job_seeker_id", "facts"))
    return reference.candidates_for(vacancy=vacancy_record(vacancy=vacancy), offer=vacancy_facts(vacancy=vacancy, on=ON),
                                    people=people, definition=definition_of(instrument=instrument_for(on=ON)), on=ON,
                                    include_below_threshold=True)


def exact(actor, vacancy) -> list[tuple[int, int]]:
    got = listed(actor, vacancy)
    assert got == one_by_one(actor, vacancy)
    return got


def patched_since(kept) -> bool:
    """The copy was patched in place (same token, higher version) since `kept`, and matches the version row."""
    now = candidate_store.store_kept()
    row = JobSeekerFeaturesVersion.objects.get(pk=1)
    return now[0] == kept[0] == row.token and now[1] == row.seq > kept[1]


def stamped(seeker) -> bool:
    return JobSeekerFeatureStamp.objects.get(job_seeker_id=seeker.pk).seq == JobSeekerFeaturesVersion.objects.get(pk=1).seq


def test_registration_profile_edit_and_readiness_are_ranked_at_once(world):
    """BJ-15-1, BJ-15-2, BJ-40-1: a person registered, edited or assessed a moment ago is ranked (or gone) at
    the next call, through a patch of the kept copy."""
    city, staff, vacancy, first = world
    actor = staff.d1_counsellor
    assert exact(actor, vacancy) == [(first.pk, exact(actor, vacancy)[0][1])]
    kept = candidate_store.store_kept()
    assert kept[2] == 1

    second = ready_job_seeker(staff, city, now=NOW, profile={"salary_min": 5000})
    got = exact(actor, vacancy)
    assert {pk for pk, _s in got} == {first.pk, second.pk} and patched_since(kept) and stamped(second)
    assert candidate_store.store_kept()[2] == 2

    kept, before = candidate_store.store_kept(), dict(got)[first.pk]
    job_seeker_update_profile(actor=staff.s11_counsellor, job_seeker=first, data={"salary_min": 8500}, now=NOW)
    got = exact(actor, vacancy)
    assert dict(got)[first.pk] < before and patched_since(kept) and stamped(first)

    kept = candidate_store.store_kept()
    readiness_assess(actor=staff.s11_counsellor, job_seeker=second, start_lead_days=30, advice="建议先参加技能培训。",
                     assessed_on=ON, now=NOW)
    assert [pk for pk, _s in exact(actor, vacancy)] == [first.pk] and patched_since(kept) and stamped(second)
    assert candidate_store.store_kept()[2] == 1


def test_work_history_and_certificates_are_ranked_at_once(world):
    """BJ-15-4: a certificate and work history recorded at a new collection move the person's skill and
    experience credit at the next call."""
    _city, staff, vacancy, first = world
    actor = staff.d1_counsellor
    before = dict(exact(actor, vacancy))[first.pk]
    kept = candidate_store.store_kept()
    job_seeker_register(actor=staff.s11_counsellor, unit=first.unit, full_name=first.full_name,
                        id_number=first.id_number, collected_on=ON, append_to_existing=True, now=NOW,
                        work_history=[{"employer_name": "某仓储公司", "occupation_code": "4-02-02-01",
                                       "started_on": "2023-01-01", "ended_on": "2025-06-30"}])
    with_history = dict(exact(actor, vacancy))[first.pk]
    assert with_history > before and patched_since(kept) and stamped(first)

    kept = candidate_store.store_kept()
    job_seeker_register(actor=staff.s11_counsellor, unit=first.unit, full_name=first.full_name,
                        id_number=first.id_number, collected_on=ON, append_to_existing=True, now=NOW,
                        certificates=[{"name": "仓库管理员职业技能等级证书", "occupation_code": "4-02-02-01",
                                       "skill_level": 2, "issued_on": "2025-01-10"}])
    assert dict(exact(actor, vacancy))[first.pk] > with_history and patched_since(kept) and stamped(first)


def test_a_status_transition_takes_the_person_out_and_back(world):
    """BJ-16-2: an employed person is no longer a candidate; back in service, they are again."""
    city, staff, vacancy, first = world
    actor = staff.d1_counsellor
    second = ready_job_seeker(staff, city, now=NOW)
    assert {pk for pk, _s in exact(actor, vacancy)} == {first.pk, second.pk}
    kept = candidate_store.store_kept()
    job_seeker_set_status(actor=staff.s11_counsellor, job_seeker=first, to=JobSeekerStatus.EMPLOYED, now=NOW)
    assert [pk for pk, _s in exact(actor, vacancy)] == [second.pk] and patched_since(kept) and stamped(first)
    kept = candidate_store.store_kept()
    job_seeker_set_status(actor=staff.s11_counsellor, job_seeker=first, to=JobSeekerStatus.IN_SERVICE, now=NOW)
    assert {pk for pk, _s in exact(actor, vacancy)} == {first.pk, second.pk} and patched_since(kept)


def test_a_transfer_moves_the_person_into_the_receiving_jurisdiction(world):
    """BJ-4-3: a district counsellor sees only the persons of their district's units; a person transferred to
    another district's street (`job_seeker_transfer`) leaves the first list and enters the other at once."""
    city, staff, vacancy, first = world
    assert [pk for pk, _s in exact(staff.d1_counsellor, vacancy)] == [first.pk]
    assert exact(staff.d2_counsellor, vacancy) == []
    kept = candidate_store.store_kept()
    job_seeker_transfer(actor=staff.d1_counsellor, job_seeker=first, to_unit=city.s21, now=NOW)
    assert exact(staff.d1_counsellor, vacancy) == [] and patched_since(kept) and stamped(first)
    assert [pk for pk, _s in exact(staff.d2_counsellor, vacancy)] == [first.pk]


def test_a_bulk_rebuild_reloads_the_copy(world):
    """The feature rebuild draws a new token: every process reads the pool again."""
    _city, staff, vacancy, _first = world
    exact(staff.d1_counsellor, vacancy)
    token = candidate_store.store_kept()[0]
    features_rebuild()
    exact(staff.d1_counsellor, vacancy)
    assert candidate_store.store_kept()[0] != token


def test_a_copy_built_inside_a_rolled_back_transaction_is_not_kept(world):
    """A person registered and ranked in a transaction that rolls back is never suggested afterwards."""
    city, staff, vacancy, first = world
    exact(staff.d1_counsellor, vacancy)
    kept = candidate_store.store_kept()

    class Undo(Exception):
        pass

    with pytest.raises(Undo), transaction.atomic():
        ghost = ready_job_seeker(staff, city, now=NOW)
        assert ghost.pk in {pk for pk, _s in listed(staff.d1_counsellor, vacancy)}
        raise Undo
    assert candidate_store.store_kept() == kept
    assert [pk for pk, _s in exact(staff.d1_counsellor, vacancy)] == [first.pk]
