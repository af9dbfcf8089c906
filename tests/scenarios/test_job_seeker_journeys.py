"""Whole journeys of the job-seeker chapter with frozen time, through pages and the API."""
import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from careerguide.duties.models import Duty
from careerguide.job_seekers.models import JobSeeker
from careerguide.job_seekers.services.gradings import job_seeker_route
from careerguide.job_seekers.services.no_contact import REPORT_KIND, no_contact_scan
from careerguide.job_seekers.services.registration import job_seeker_update_profile
from careerguide.job_seekers.tests.helpers import person_id

pytestmark = pytest.mark.django_db


def moment(day, hour=10):
    return timezone.make_aware(dt.datetime(day.year, day.month, day.day, hour))


def test_online_registration_before_a_holiday_grading_advice_then_certification_and_routing(client, city, staff):
    """BJ-10-1, BJ-11-1, BJ-11-4, BJ-12-3, BJ-13-1, BJ-13-2, BJ-13-3, BJ-17-1: registered online on Friday
    2024-09-27 (National Day follows), graded level 3 without certification, advised, later certified and routed."""
    friday = dt.date(2024, 9, 27)
    id_number = person_id(501, birth=dt.date(1975, 1, 1))
    with time_machine.travel(moment(friday, 20), tick=False):
        client.post("/me/job-seeking/signup/", {"username": "seeker-501", "full_name": "孙网登", "password": "Seeker-pass-2024!"})
        response = client.post("/me/job-seeking/register/", {
            "full_name": "孙网登", "id_number": id_number, "phone": "13900000501", "habitual_district": city.d1.pk,
            "habitual_street": city.s11.pk, "education": "junior_secondary", "unemployed_since": "2023-09-01",
            "registration_type": "urban_unemployment", "health": "no_limitation"})
        assert response.status_code == 302
    seeker = JobSeeker.objects.get(full_name="孙网登")
    reg = seeker.registrations.get()
    assert (reg.channel, reg.collected_on, reg.created_late, seeker.unit, seeker.ledger_opened_on) == (
        "online_registration", friday, False, city.s11, friday)

    monday = dt.date(2024, 9, 30)  # the next working day after the make-up Sunday 09-29
    with time_machine.travel(moment(monday), tick=False):
        client.force_login(staff.s11_counsellor)
        grading = client.post(f"/api/job-seekers/{seeker.pk}/gradings").json()
        assert grading["level"] == 3
        page = client.get(f"/job-seekers/{seeker.pk}/").content.decode()
        assert "就业困难人员认定" in page and "记录政策咨询" in page
        assert client.post(f"/job-seekers/{seeker.pk}/advice/", {"missing_procedures": ["difficulty_certification"],
                                                                 "note": "告知认定流程"}).status_code == 302
    seeker.refresh_from_db()
    assert seeker.status == "registered" and seeker.policy_advice.count() == 1

    later = dt.date(2024, 10, 14)
    with time_machine.travel(moment(later), tick=False):
        job_seeker_update_profile(actor=staff.s11_counsellor, job_seeker=seeker,
                                  data={"difficulty_certified": True, "certified_on": "2024-10-12"})
        job_seeker_route(actor=staff.s11_counsellor, job_seeker=seeker)
    seeker.refresh_from_db()
    assert seeker.status == "routed_to_assistance" and seeker.routings.first().route == "assistance"
    client.force_login(staff.s11_counsellor)
    ledger = client.get(f"/api/job-seekers/{seeker.pk}/ledger").json()
    assert {"registration", "grading", "policy_advice", "routing"} <= {e["service_type"] for e in ledger}


def test_a_silent_registered_unemployed_person_is_stopped_on_the_first_day_after_six_months(client, city, staff):
    """BJ-13-5, BJ-13-6, BJ-13-8, BJ-16-3: last contact 2024-02-29 → nothing on 08-29, duty on 08-30, report stops."""
    last = dt.date(2024, 2, 29)
    client.force_login(staff.s11_counsellor)
    with time_machine.travel(moment(last), tick=False):
        created = client.post("/api/job-seekers/registrations", {
            "full_name": "周静默", "id_number": person_id(502), "unit_id": city.s11.pk,
            "profile": {"registration_type": "urban_unemployment", "education": "college"}}, content_type="application/json")
        assert created.status_code == 201
    seeker = JobSeeker.objects.get(full_name="周静默")
    assert no_contact_scan(now=moment(dt.date(2024, 8, 29))) == 0
    assert no_contact_scan(now=moment(dt.date(2024, 8, 30))) == 1
    assert Duty.objects.get(kind=REPORT_KIND).due_date == dt.date(2024, 8, 30)
    with time_machine.travel(moment(dt.date(2024, 8, 30)), tick=False):
        client.force_login(staff.s11_counsellor)  # a fresh session: idle sessions expire
        response = client.post(f"/job-seekers/{seeker.pk}/no-contact-report/", {"recipient": "甲区就失业登记管理部门"})
        assert response.status_code == 302
        seeker.refresh_from_db()
        assert seeker.status == "stopped_no_contact"
        assert client.post(f"/api/job-seekers/{seeker.pk}/gradings").status_code == 400
