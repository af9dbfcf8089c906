"""Grading persistence, override, explanation, history, publication, fairness and routing
(BJ-12-1, BJ-12-2, BJ-12-3, BJ-12-4, BJ-13-1, BJ-13-2, BJ-13-3, BJ-13-4)."""
import datetime as dt

import pytest

from careerguide.common.errors import DomainError
from careerguide.job_seekers.models import Grading, InstrumentPublication
from careerguide.job_seekers.selectors import grading_fairness, grading_history, instrument_for, personal_ledger
from careerguide.job_seekers.services.gradings import (
    grading_override,
    instrument_publish,
    job_seeker_grade,
    policy_advice_record,
)
from careerguide.job_seekers.services.registration import job_seeker_update_profile
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.job_seekers.tests.helpers import at, person_id
from careerguide.policy.models import PolicyOverride

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 3)
KEY_PROFILE = {"education": "junior_secondary", "unemployed_since": "2022-01-01", "health": "limited",
               "zero_employment_household": True}


def seeker(staff, city, seed=10, profile=None, birth=dt.date(1975, 1, 1), male=None):
    return register_job_seeker(staff.s11_counsellor, city.s11, id_number=person_id(seed, birth=birth, male=male),
                               collected_on=DAY, now=at(DAY), profile=profile or {})


def test_grading_stores_version_inputs_points_total_level_grader_and_date(city, staff):
    """BJ-12-1, BJ-12-3: result 1-4 with everything needed to explain it."""
    person = seeker(staff, city, profile=KEY_PROFILE)
    grading = job_seeker_grade(actor=staff.s11_counsellor, job_seeker=person, now=at(DAY))
    assert grading.instrument_version == "careerguide-default-1" and grading.graded_on == DAY
    assert grading.grader == staff.s11_counsellor and grading.level in (1, 2, 3, 4)
    assert grading.total == sum(f["points"] for f in grading.factor_points)
    assert {f["label"] for f in grading.factor_points} >= {"失业时长", "健康状况"}
    assert grading.inputs["education"] == "junior_secondary"
    assert not {"sex", "hukou", "ethnicity", "religion"} & set(grading.inputs)
    assert personal_ledger(job_seeker=person).filter(service_type="grading").exists()


def test_current_level_is_the_latest_grading_and_history_is_kept(city, staff):
    """BJ-12-4."""
    person = seeker(staff, city, profile={"education": "bachelor_or_above"})
    first = job_seeker_grade(actor=staff.s11_counsellor, job_seeker=person, graded_on=DAY, now=at(DAY))
    job_seeker_update_profile(actor=staff.s11_counsellor, job_seeker=person, data=KEY_PROFILE, now=at(DAY + dt.timedelta(days=7)))
    second = job_seeker_grade(actor=staff.s11_counsellor, job_seeker=person, now=at(DAY + dt.timedelta(days=7)))
    person.refresh_from_db()
    assert person.current_level == second.level != first.level
    assert list(grading_history(job_seeker=person)) == [second, first]


def test_override_needs_a_written_reason_and_keeps_the_computed_level(city, staff):
    """BJ-12-3: staff override only with a reason; the computed level stays beside it; tier stays derived (BJ-12-2)."""
    person = seeker(staff, city, profile={"education": "bachelor_or_above"})
    grading = job_seeker_grade(actor=staff.s11_counsellor, job_seeker=person, now=at(DAY))
    with pytest.raises(DomainError) as exc:
        grading_override(actor=staff.s11_counsellor, grading=grading, level=3, reason="  ", now=at(DAY))
    assert "reason" in exc.value.field_errors
    grading.refresh_from_db()
    assert grading.level == grading.computed_level == 1
    grading_override(actor=staff.s11_counsellor, grading=grading, level=3, reason="长期照料重病家属，实际求职困难", now=at(DAY))
    grading.refresh_from_db()
    person.refresh_from_db()
    assert (grading.computed_level, grading.level, grading.overridden) == (1, 3, True)
    assert person.current_level == 3


def test_only_the_city_publishes_an_instrument_version(city, staff):
    """BJ-12-1, BJ-12-3: one city-wide tool; districts cannot publish."""
    with pytest.raises(DomainError):
        instrument_publish(actor=staff.d1_head, version="careerguide-default-1", effective_from=DAY)
    assert not InstrumentPublication.objects.exists()
    instrument_publish(actor=staff.city_admin, version="careerguide-default-1", effective_from=DAY)
    assert instrument_for(on=DAY).version == "careerguide-default-1"


def test_key_tier_without_certification_gets_advice_prompt_and_services_continue(city, staff):
    """BJ-13-2, BJ-13-3: level 3-4 with a registration but no certification → policy advice, Chapter 2 continues."""
    person = seeker(staff, city, profile={**KEY_PROFILE, "registration_type": "urban_unemployment"})
    grading = job_seeker_grade(actor=staff.s11_counsellor, job_seeker=person, now=at(DAY))
    assert grading.level >= 3
    routing = person.routings.get()
    assert (routing.route, routing.advice_required, routing.missing_procedures) == ("chapter2", True, ["difficulty_certification"])
    advice = policy_advice_record(actor=staff.s11_counsellor, job_seeker=person, missing_procedures=routing.missing_procedures,
                                  note="已告知认定所需材料", now=at(DAY))
    assert advice.staff == staff.s11_counsellor and advice.given_on == DAY
    person.refresh_from_db()
    assert person.status == "registered"


def test_rural_labour_missing_registration_is_advised_transfer_registration(city, staff):
    """BJ-13-4: Beijing rural labour is advised the transfer-employment registration."""
    person = seeker(staff, city, profile={**KEY_PROFILE, "bj_rural_labour": True})
    job_seeker_grade(actor=staff.s11_counsellor, job_seeker=person, now=at(DAY))
    assert person.routings.get().missing_procedures == ["transfer_employment_registration", "difficulty_certification"]


def test_certified_and_registered_person_is_routed_to_assistance(city, staff):
    """BJ-13-1: registration plus certification → Chapter 3 assistance, recorded and exposed."""
    person = seeker(staff, city, profile={**KEY_PROFILE, "registration_type": "urban_unemployment",
                                          "difficulty_certified": True, "certified_on": "2024-05-01"})
    job_seeker_grade(actor=staff.s11_counsellor, job_seeker=person, now=at(DAY))
    person.refresh_from_db()
    assert person.status == "routed_to_assistance"
    assert person.routings.get().route == "assistance"


def test_key_tier_threshold_is_a_policy_value(city, staff):
    """BJ-12-2: the tier boundary is read from policy (here raised to 4), never typed."""
    level3 = {"education": "junior_secondary", "unemployed_since": "2023-06-01", "registration_type": "urban_unemployment"}
    person = seeker(staff, city, seed=31, profile=level3)
    assert job_seeker_grade(actor=staff.s11_counsellor, job_seeker=person, now=at(DAY)).level == 3
    assert person.routings.get().advice_required is True
    PolicyOverride.objects.create(key="bj.key_tier_min_level", unit=city.city, value=4, effective_from=dt.date(2018, 1, 1),
                                  created_by=staff.city_admin)
    other = seeker(staff, city, seed=32, profile=level3)
    assert job_seeker_grade(actor=staff.s11_counsellor, job_seeker=other, now=at(DAY)).level == 3
    assert other.routings.get().advice_required is False


def test_grading_without_education_is_refused_and_saves_nothing(city, staff):
    person = register_job_seeker(staff.s11_counsellor, city.s11, collected_on=DAY, now=at(DAY), profile={"education": ""})
    with pytest.raises(DomainError) as exc:
        job_seeker_grade(actor=staff.s11_counsellor, job_seeker=person, now=at(DAY))
    assert "education" in exc.value.field_errors and not Grading.objects.exists()


def test_fairness_report_counts_levels_by_sex_and_age_band(city, staff):
    """BJ-12-3: distribution by sex and age band for a period, latest grading per person, scoped."""
    a = seeker(staff, city, seed=21, profile=KEY_PROFILE, birth=dt.date(1970, 1, 1), male=True)
    b = seeker(staff, city, seed=22, profile={"education": "bachelor_or_above"}, birth=dt.date(2000, 1, 1), male=False)
    for p in (a, b):
        job_seeker_grade(actor=staff.s11_counsellor, job_seeker=p, now=at(DAY))
    report = grading_fairness(actor=staff.d1_head, date_from=DAY, date_to=DAY)
    assert report["total"] == 2
    by_sex = {r["label"]: r for r in report["by_sex"]}
    assert by_sex["男"]["total"] == 1 and by_sex["女"]["total"] == 1 and by_sex["女"]["counts"][0] == 1
    assert grading_fairness(actor=staff.d2_counsellor, date_from=DAY, date_to=DAY)["total"] == 0


def test_a_district_override_of_the_key_tier_minimum_changes_the_stored_tier_there_only(city, staff):
    """BJ-12-2: a district lowers its key-tier minimum to 2 from a date; a level-2 person graded in
    that district is stored in the key tier, while a level-2 person in another district keeps the general tier."""
    from careerguide.policy.services import policy_override_create

    policy_override_create(actor=staff.d1_head, key="bj.key_tier_min_level", unit=city.d1, value=2,
                           effective_from=DAY, reason="本区将2级纳入重点帮扶", now=at(DAY - dt.timedelta(days=7)))
    here = seeker(staff, city, seed=41, profile={"education": "junior_secondary"})
    there = register_job_seeker(staff.d2_counsellor, city.s21, id_number=person_id(42, birth=dt.date(1975, 1, 1)),
                                collected_on=DAY, now=at(DAY), profile={"education": "junior_secondary"})
    graded_here = job_seeker_grade(actor=staff.s11_counsellor, job_seeker=here, now=at(DAY))
    graded_there = job_seeker_grade(actor=staff.d2_counsellor, job_seeker=there, now=at(DAY))
    graded_here.refresh_from_db()
    graded_there.refresh_from_db()
    assert (graded_here.level, graded_here.tier) == (2, "key")
    assert (graded_there.level, graded_there.tier) == (2, "general")
    before = job_seeker_grade(actor=staff.s11_counsellor, job_seeker=here, graded_on=DAY - dt.timedelta(days=1),
                              now=at(DAY))
    assert (before.level, before.tier) == (2, "general")  # the override is effective from DAY only
