"""Difficulty certification with re-routing, the re-grading prompt, and the online-booking grant (BJ-4-3)."""
import datetime as dt

import pytest

from careerguide.common.errors import DomainError, NotFound
from careerguide.guidance.services import appointment_close, appointment_request
from careerguide.job_seekers.models import DifficultyCertification
from careerguide.job_seekers.selectors import job_seeker_get, job_seeker_read_get, regrading_due
from careerguide.job_seekers.services.certification import difficulty_certification_record
from careerguide.job_seekers.services.gradings import job_seeker_grade
from careerguide.job_seekers.services.registration import job_seeker_update_profile
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.job_seekers.tests.helpers import at, person_id

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 3)


def person(staff, city, seed=80, **profile):
    return register_job_seeker(staff.s11_counsellor, city.s11, id_number=person_id(seed), collected_on=DAY, now=at(DAY),
                               profile={"registration_type": "urban_unemployment", **profile})


def test_certification_is_recorded_with_date_and_evidence_and_routing_is_run_again(city, staff):
    """BJ-13-1: certified + job-seeking registration → Chapter 3; the decision is kept with its evidence."""
    p = person(staff, city)
    job_seeker_grade(actor=staff.s11_counsellor, job_seeker=p, now=at(DAY))
    p.refresh_from_db()
    assert p.routings.first().route == "chapter2"
    record = difficulty_certification_record(actor=staff.s11_counsellor, job_seeker=p, status="certified",
                                             decided_on=DAY, authority="甲区一街道社会保障所",
                                             document_ref="认定〔2024〕12号", now=at(DAY, 15))
    p.refresh_from_db()
    assert (p.difficulty_certified, p.certified_on, p.status) == (True, DAY, "routed_to_assistance")
    assert p.routings.first().route == "assistance" and record.authority == "甲区一街道社会保障所"


def test_certification_needs_a_date_an_authority_and_evidence_and_a_refusal_changes_nothing(city, staff):
    """BJ-13-1, open question 34: without a document number or archive item nothing is recorded."""
    p = person(staff, city, seed=81)
    with pytest.raises(DomainError) as exc:
        difficulty_certification_record(actor=staff.s11_counsellor, job_seeker=p, status="certified",
                                        decided_on=DAY + dt.timedelta(days=1), authority="", now=at(DAY))
    assert set(exc.value.field_errors) == {"decided_on", "authority", "document_ref"}
    p.refresh_from_db()
    assert not p.difficulty_certified and not DifficultyCertification.objects.exists() and not p.routings.exists()


def test_an_exit_clears_the_certification(city, staff):
    """BJ-26-2: exit from the difficult-person list updates the status (history kept)."""
    p = person(staff, city, seed=82)
    difficulty_certification_record(actor=staff.s11_counsellor, job_seeker=p, status="certified", decided_on=DAY,
                                    authority="社会保障所", document_ref="A-1", now=at(DAY))
    difficulty_certification_record(actor=staff.s11_counsellor, job_seeker=p, status="exited",
                                    decided_on=DAY + dt.timedelta(days=30), authority="社会保障所", document_ref="A-2",
                                    now=at(DAY + dt.timedelta(days=30)))
    p.refresh_from_db()
    assert (p.difficulty_certified, p.certified_on, p.certifications.count()) == (False, None, 2)


def test_regrading_is_prompted_when_refined_information_changes_after_the_last_grading(city, staff, client):
    """BJ-11-3, BJ-12-4 (open question 29): no prompt right after grading; a prompt after a change; gone on re-grading."""
    p = person(staff, city, seed=83)
    assert not regrading_due(job_seeker=p)  # never graded
    job_seeker_grade(actor=staff.s11_counsellor, job_seeker=p, now=at(DAY))
    assert not regrading_due(job_seeker=p)
    job_seeker_update_profile(actor=staff.s11_counsellor, job_seeker=p, data={"zero_employment_household": True},
                              now=at(DAY, 14))
    assert regrading_due(job_seeker=p)
    client.force_login(staff.s11_counsellor)
    assert 'data-testid="regrading-prompt"' in client.get(f"/job-seekers/{p.pk}/").content.decode()
    job_seeker_grade(actor=staff.s11_counsellor, job_seeker=p, now=at(DAY, 15))
    assert not regrading_due(job_seeker=p)
    assert 'data-testid="regrading-prompt"' not in client.get(f"/job-seekers/{p.pk}/").content.decode()


def _booked(staff, city, seed):
    p = person(staff, city, seed=seed, habitual_district=city.d2.pk, platform_permission=True)
    appt = appointment_request(actor=staff.seeker_user, subject=p, need="面试辅导", guidance_type="specialized",
                               channel="online", now=at(DAY))
    return p, appt


def test_the_district_an_online_booking_was_routed_to_may_read_that_person_while_it_is_open(city, staff, client):
    """BJ-4-3, BJ-14-6: d2 reads the person page and API; manage pages stay 404; the grant ends with the booking."""
    p, appt = _booked(staff, city, 84)
    assert job_seeker_read_get(actor=staff.d2_counsellor, pk=p.pk) == p
    with pytest.raises(NotFound):
        job_seeker_get(actor=staff.d2_counsellor, pk=p.pk)  # the ordinary selector is not widened
    client.force_login(staff.d2_counsellor)
    page = client.get(f"/job-seekers/{p.pk}/")
    assert page.status_code == 200 and 'data-testid="booking-grant"' in page.content.decode()
    assert client.get(f"/api/job-seekers/{p.pk}").status_code == 200
    for url in (f"/job-seekers/{p.pk}/readiness/", f"/archives/job_seekers.jobseeker/{p.pk}/", f"/job-seekers/{p.pk}/ledger.pdf"):
        assert client.get(url).status_code == 404
    assert client.get(f"/guidance/subjects/job_seekers.jobseeker/{p.pk}/specialized/").status_code == 200
    appointment_close(actor=staff.d2_counsellor, appointment=appt, to="cancelled", reason="本人取消", now=at(DAY, 12))
    assert client.get(f"/job-seekers/{p.pk}/").status_code == 404
    assert client.get(f"/api/job-seekers/{p.pk}").status_code == 404


def test_no_grant_without_an_online_booking_to_the_actors_district(city, staff, client):
    """BJ-4-3: a counter booking or a booking to another district gives d2 (or a d1 street) nothing."""
    p = person(staff, city, seed=85, habitual_district=city.d2.pk, platform_permission=True)
    appointment_request(actor=staff.s11_counsellor, subject=p, need="转岗", guidance_type="specialized",
                        channel="counter", now=at(DAY))
    client.force_login(staff.d2_counsellor)
    assert client.get(f"/job-seekers/{p.pk}/").status_code == 404
    other, _appt = _booked(staff, city, 86)
    client.force_login(staff.s12_caseworker)  # a neighbouring street: the booking went to d2, not to it
    assert client.get(f"/job-seekers/{other.pk}/").status_code == 404
    client.force_login(staff.d2_counsellor)
    assert client.get(f"/job-seekers/{other.pk}/").status_code == 200
