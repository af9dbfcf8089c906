"""A person's requests to see or correct their data (PIPL art. 44–46): submitted on the portal or the API, owed by
the serving unit as a duty due in bj.subject_request_workdays working days (BJ-51-2), answered by staff: a copy, a
correction applied through the job-seeker service and audited with the clause, or a refusal with its reason."""
import datetime as dt

import pytest
from django.urls import reverse

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.job_seekers.tests.helpers import at
from careerguide.privacy.models import PersonalDataRead, SubjectRequest
from careerguide.privacy.selectors import subject_request_get, subject_requests_of
from careerguide.privacy.services import (
    subject_request_accept,
    subject_request_provide,
    subject_request_refuse,
    subject_request_submit,
)

pytestmark = pytest.mark.django_db
DAY = dt.date(2026, 3, 3)  # a Tuesday; 15 working days later is Tuesday 24 March (no holiday in between)


@pytest.fixture
def seeker(staff, city):
    return register_job_seeker(staff.s11_counsellor, city.s11, full_name="王小明", portal_user=staff.seeker_user,
                               now=at(DAY))


@pytest.mark.req("BJ-51-2")
def test_a_request_whose_deadline_falls_in_a_year_with_no_calendar_shows_it_once_the_year_is_imported(
        staff, city, seeker):
    """BJ-51-2: 15 working days from 21 December 2026 reach into 2027, which the calendar does not know yet: the
    request is saved and its deadline is pending (shown as none, never guessed); importing 2027 gives the request
    the duty's computed deadline, because the deadline lives on the duty alone."""
    from careerguide.workdays.services import calendar_year_import
    from careerguide.workdays.tests.samples import TEST_2027_CSV

    request = subject_request_submit(actor=staff.seeker_user, job_seeker=seeker, kind="access",
                                     now=at(dt.date(2026, 12, 21)))
    assert subject_requests_of(job_seeker=seeker).get(pk=request.pk).due_date is None
    calendar_year_import(actor=staff.city_admin, year=2027, text=TEST_2027_CSV, notice="测试",
                         now=at(dt.date(2026, 12, 22)))
    duty = Duty.objects.get(kind="bj_subject_request_answer", subject_id=str(request.pk))
    assert duty.due_date is not None and duty.due_date.year == 2027
    assert subject_request_get(actor=staff.s11_counsellor, pk=request.pk).due_date == duty.due_date


@pytest.mark.req("BJ-51-2")
def test_a_correction_request_is_a_duty_due_in_fifteen_working_days(staff, city, seeker):
    """BJ-51-2: the request goes to the serving unit with a duty whose deadline is the policy setting (15 working
    days from the day of the request); it keeps the current value beside the requested one."""
    request = subject_request_submit(actor=staff.seeker_user, job_seeker=seeker, kind="correction", field="full_name",
                                     requested_value="王晓明", note="身份证上为“晓”", now=at(DAY))
    shown = subject_request_get(actor=staff.s11_counsellor, pk=request.pk)
    assert (shown.status, shown.unit, shown.current_value, shown.due_date) == (
        "submitted", city.s11, "王小明", dt.date(2026, 3, 24))
    duty = Duty.objects.get(kind="bj_subject_request_answer", subject_id=str(request.pk))
    assert (duty.due_date, duty.unit, duty.clause) == (dt.date(2026, 3, 24), city.s11, "BJ-51-2")
    assert duty.link == reverse("privacy:request", args=[request.pk])


@pytest.mark.req("BJ-51-2")
def test_an_accepted_correction_changes_the_record_through_its_service_audited_with_the_clause(staff, city, seeker):
    """BJ-51-2: accepting applies the value through the job-seeker service (name, phone, residence, education),
    the record's audit event names the clause, the request and its duty are closed by transition."""
    requests = [subject_request_submit(actor=staff.seeker_user, job_seeker=seeker, kind="correction", field=field,
                                       requested_value=value, now=at(DAY))
                for field, value in (("full_name", "王晓明"), ("phone", "13912345678"),
                                     ("hukou_location", "甲区二街道"), ("education", "大学专科"))]
    for request in requests:
        subject_request_accept(actor=staff.s11_counsellor, request=request, now=at(DAY + dt.timedelta(days=1)))
    seeker.refresh_from_db()
    assert (seeker.full_name, seeker.phone, seeker.hukou_location, seeker.education) == (
        "王晓明", "13912345678", "甲区二街道", "college")
    updates = AuditEvent.objects.filter(object_type="job_seekers.jobseeker", object_id=str(seeker.pk), action="update",
                                        clause="BJ-51-2")
    assert updates.count() == 4
    assert {r.status for r in SubjectRequest.objects.all()} == {"accepted"}
    assert not Duty.objects.filter(kind="bj_subject_request_answer", status="open").exists()
    transitions = AuditEvent.objects.filter(object_type="privacy.subjectrequest", action="transition")
    assert transitions.count() == 4 and {e.changes["after"]["status"] for e in transitions} == {"accepted"}
    with pytest.raises(DomainError):  # answered once only
        subject_request_refuse(actor=staff.s11_counsellor, request=requests[0], reason="重复")


@pytest.mark.req("BJ-51-2")
def test_a_refusal_needs_a_reason_and_leaves_the_record_as_it_was(staff, city, seeker):
    """BJ-51-2: a refusal without a reason is refused on the answer field; with one, the record is unchanged and
    the person sees the reason."""
    request = subject_request_submit(actor=staff.seeker_user, job_seeker=seeker, kind="correction", field="full_name",
                                     requested_value="王大明", now=at(DAY))
    with pytest.raises(DomainError) as refused:
        subject_request_refuse(actor=staff.s11_counsellor, request=request, reason="  ")
    assert "answer" in refused.value.field_errors
    subject_request_refuse(actor=staff.s11_counsellor, request=request, reason="与户籍登记不符", now=at(DAY))
    seeker.refresh_from_db()
    request.refresh_from_db()
    assert (seeker.full_name, request.status, request.answer) == ("王小明", "refused", "与户籍登记不符")


@pytest.mark.req("BJ-51-2")
def test_bad_requests_are_refused_naming_the_field_and_nothing_is_saved(staff, city, seeker):
    """BJ-51-2: a wrong phone, an unknown education, an unchanged value, a missing field or a second open request of
    the same kind: a Chinese message, no request, no duty."""
    cases = [dict(kind="correction", field="phone", requested_value="1234"),
             dict(kind="correction", field="education", requested_value="博士后"),
             dict(kind="correction", field="full_name", requested_value="王小明"),
             dict(kind="correction", field="", requested_value="x"),
             dict(kind="curiosity")]
    for kwargs in cases:
        with pytest.raises(DomainError):
            subject_request_submit(actor=staff.seeker_user, job_seeker=seeker, now=at(DAY), **kwargs)
    assert SubjectRequest.objects.count() == 0 and not Duty.objects.filter(kind="bj_subject_request_answer").exists()
    subject_request_submit(actor=staff.seeker_user, job_seeker=seeker, kind="access", now=at(DAY))
    with pytest.raises(DomainError):
        subject_request_submit(actor=staff.seeker_user, job_seeker=seeker, kind="access", now=at(DAY))
    with pytest.raises(DomainError):  # only for oneself
        subject_request_submit(actor=staff.s11_counsellor, job_seeker=seeker, kind="access", now=at(DAY))
    assert SubjectRequest.objects.count() == 1


@pytest.mark.req("BJ-51-2")
def test_an_access_request_gives_the_person_a_logged_copy_page_and_pdf(client, staff, city, seeker):
    """BJ-51-2: once provided, the portal shows the copy of the person's data (page and PDF), each opening a
    logged read; before that, and for anyone else, there is no copy."""
    request = subject_request_submit(actor=staff.seeker_user, job_seeker=seeker, kind="access", now=at(DAY))
    client.force_login(staff.seeker_user)
    assert client.get(reverse("privacy_portal:copy", args=[request.pk])).status_code == 404
    with pytest.raises(DomainError):
        subject_request_accept(actor=staff.s11_counsellor, request=request)
    subject_request_provide(actor=staff.s11_counsellor, request=request, answer="请查收")
    page = client.get(reverse("privacy_portal:copy", args=[request.pk]))
    assert page.status_code == 200 and "王小明" in page.content.decode()
    pdf = client.get(reverse("privacy_portal:copy", args=[request.pk]), {"format": "pdf"})
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    reads = PersonalDataRead.objects.filter(purpose="subject_access")
    assert reads.count() == 2 and {r.reader for r in reads} == {staff.seeker_user}


@pytest.mark.req("BJ-51-2")
def test_the_portal_page_and_the_staff_page_submit_and_answer(client, staff, city, seeker):
    """BJ-51-2: 我的个人信息 submits a correction (a bad value stays on the form with its message); the serving
    unit's staff accept it on the request page; staff of another district do not see it."""
    client.force_login(staff.seeker_user)
    url = reverse("privacy_portal:home")
    bad = client.post(url, {"action": "correction", "correction-field": "phone", "correction-requested_value": "12"})
    assert bad.status_code == 200 and "data-testid=\"form-errors\"" in bad.content.decode()
    assert SubjectRequest.objects.count() == 0
    ok = client.post(url, {"action": "correction", "correction-field": "hukou_location",
                           "correction-requested_value": "甲区一街道"})
    assert ok.status_code == 302
    request = SubjectRequest.objects.get()
    assert "甲区一街道" in client.get(url).content.decode()
    client.force_login(staff.d2_counsellor)
    assert client.get(reverse("privacy:request", args=[request.pk])).status_code == 404
    client.force_login(staff.s11_counsellor)
    assert "王小明" in client.get(reverse("privacy:requests")).content.decode()
    assert client.post(reverse("privacy:request", args=[request.pk]), {"action": "accept"}).status_code == 302
    assert PersonalDataRead.objects.filter(reference=f"Q{request.pk:06d}", reader=staff.s11_counsellor).exists()
    seeker.refresh_from_db()
    assert seeker.hukou_location == "甲区一街道"


@pytest.mark.req("BJ-51-2")
def test_the_api_submits_lists_and_answers(client, staff, city, seeker):
    """BJ-51-2: the person submits and lists their requests by API; staff list those of their jurisdiction and
    answer; a refusal without a reason or an unknown decision is a 4xx with the field named."""
    client.force_login(staff.seeker_user)
    created = client.post("/api/privacy/my-requests", {"kind": "correction", "field": "education",
                                                       "requested_value": "bachelor_or_above"},
                          content_type="application/json")
    assert created.status_code == 201 and created.json()["status"] == "submitted"
    bad = client.post("/api/privacy/my-requests", {"kind": "correction", "field": "phone", "requested_value": "1"},
                      content_type="application/json")
    assert 400 <= bad.status_code < 500
    assert [r["field"] for r in client.get("/api/privacy/my-requests").json()] == ["education"]
    pk = created.json()["id"]
    client.force_login(staff.s11_counsellor)
    assert client.get("/api/privacy/requests").json()["count"] == 1
    client.force_login(staff.seeker_user)
    phone = client.post("/api/privacy/my-requests", {"kind": "correction", "field": "phone",
                                                     "requested_value": "13912345678"}, content_type="application/json")
    assert phone.json()["requested_value"] == "13912345678"  # the person sees their own number
    client.force_login(staff.s11_counsellor)
    listed = {r["field"]: r["requested_value"] for r in client.get("/api/privacy/requests").json()["items"]}
    assert listed["education"] == "bachelor_or_above" and listed["phone"] != "13912345678" and "5678" in listed["phone"]
    answer = f"/api/privacy/requests/{pk}/answer"
    assert client.post(answer, {"decision": "refuse"}, content_type="application/json").status_code in (400, 422)
    assert client.post(answer, {"decision": "maybe"}, content_type="application/json").status_code in (400, 422)
    accepted = client.post(answer, {"decision": "accept"}, content_type="application/json")
    assert accepted.status_code == 200 and accepted.json()["status"] == "accepted"
    seeker.refresh_from_db()
    assert seeker.education == "bachelor_or_above"
    client.force_login(staff.d2_counsellor)
    assert client.get("/api/privacy/requests").json()["count"] == 0
    assert SubjectRequest.objects.filter(field="phone", status="submitted").count() == 1
    assert client.post(answer, {"decision": "accept"}, content_type="application/json").status_code == 404
