"""Every read of a person's data by staff is logged, not only reveals (BJ-51-2): the job-seeker page, its API detail
and ledger PDF, the assistance case page and ledger PDF, the CQ guidance case (page and API) and the e-archive."""
import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from careerguide.assistance.tests.helpers import signed
from careerguide.guidance.cq.services.cases import case_register
from careerguide.guidance.cq.tests.helpers import qualify_agency, qualify_guidance_staff
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.job_seekers.tests.helpers import at
from careerguide.privacy.models import PersonalDataRead
from careerguide.privacy.services import person_read_log

pytestmark = [pytest.mark.django_db, pytest.mark.req("BJ-51-2")]


def _reads(**filters):
    return list(PersonalDataRead.objects.filter(**filters).order_by("pk"))


def test_the_job_seeker_page_api_and_pdf_each_log_one_staff_read(client, staff, city):
    """BJ-51-2: page, API detail and ledger PDF each write one row naming the staff reader, the person, the unit
    serving the person and the purpose; a refused read (outside the jurisdiction) writes nothing."""
    seeker = make_job_seeker(staff.s11_counsellor, city.s11)
    client.force_login(staff.s11_counsellor)
    assert client.get(reverse("job_seekers:detail", args=[seeker.pk])).status_code == 200
    assert client.get(f"/api/job-seekers/{seeker.pk}").status_code == 200
    assert client.get(reverse("job_seekers:ledger_pdf", args=[seeker.pk])).status_code == 200
    assert client.get(f"/api/job-seekers/{seeker.pk}/ledger").status_code == 200
    reads = _reads(subject_id=str(seeker.pk))
    assert [r.purpose for r in reads] == ["service", "service_api", "ledger_pdf", "service_api"]
    assert {(r.reader, r.reader_kind, r.subject_type, r.subject_unit) for r in reads} == {
        (staff.s11_counsellor, "staff", "job_seekers.jobseeker", city.s11)}
    assert "phone_masked" in reads[0].fields and "ledger" in reads[2].fields
    client.force_login(staff.d2_counsellor)  # another district
    assert client.get(reverse("job_seekers:detail", args=[seeker.pk])).status_code == 404
    assert client.get(f"/api/job-seekers/{seeker.pk}").status_code == 404
    assert PersonalDataRead.objects.count() == 4


def test_logging_a_read_is_one_insert(staff, city):
    """BJ-51-2: the row is written with one INSERT and no SELECT (no lookup of reader unit or person)."""
    seeker = make_job_seeker(staff.s11_counsellor, city.s11)
    with CaptureQueriesContext(connection) as queries:
        person_read_log(actor=staff.s11_counsellor, person=seeker, fields=("full_name",))
    statements = [q["sql"].split()[0].upper() for q in queries.captured_queries]
    assert statements.count("INSERT") == 1 and "SELECT" not in statements


def test_the_assistance_case_page_and_ledger_pdf_log_the_person_read(client, staff, city):
    """BJ-51-2: the case page and its ledger PDF log a read of the case's person, with the case as reference."""
    case = signed(staff, city)
    before = PersonalDataRead.objects.count()
    client.force_login(staff.s12_caseworker)
    assert client.get(reverse("assistance:case", args=[case.pk])).status_code == 200
    assert client.get(reverse("assistance:ledger_pdf", args=[case.pk])).status_code == 200
    reads = _reads()[before:]
    assert [(r.purpose, r.subject_id, r.reference) for r in reads] == [
        ("service", str(case.job_seeker_id), f"A{case.pk:06d}"), ("ledger_pdf", str(case.job_seeker_id), f"A{case.pk:06d}")]
    assert reads[0].reader == staff.s12_caseworker and reads[0].subject_unit == case.job_seeker.unit


def test_a_cq_case_of_a_worker_logs_the_read_on_page_and_api(client, staff, city):
    """BJ-51-2: the CQ case page and API detail of a worker's case log a read of the person (the case is the
    reference)."""
    qualify_agency(city.d1, staff)
    qualify_guidance_staff(staff.d1_counsellor, by=staff.city_admin)
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name="宇文舒")
    case = case_register(actor=staff.d1_counsellor, subject=seeker, unit=city.d1, topic="求职",
                         preferred_channel="offline", now=at(dt.date(2024, 6, 3)))
    client.force_login(staff.d1_counsellor)
    assert client.get(reverse("guidance:cq:case", args=[case.pk])).status_code == 200
    assert client.get(f"/api/guidance/cq/cases/{case.pk}").status_code == 200
    reads = _reads(reference=f"CQ{case.pk:06d}")
    assert [(r.purpose, r.subject_type, r.subject_id, r.subject_unit) for r in reads] == [
        ("service", "job_seekers.jobseeker", str(seeker.pk), city.d1)] * 2
    assert "contact" in reads[0].fields


def test_a_person_s_e_archive_logs_the_read(client, staff, city):
    """BJ-51-2: opening a job seeker's e-archive logs a read (purpose: e-archive)."""
    seeker = make_job_seeker(staff.s11_counsellor, city.s11)
    client.force_login(staff.s11_counsellor)
    url = reverse("documents:archive", args=["job_seekers.jobseeker", seeker.pk])
    assert client.get(url).status_code == 200
    assert [(r.purpose, r.subject_id) for r in _reads()] == [("archive", str(seeker.pk))]
