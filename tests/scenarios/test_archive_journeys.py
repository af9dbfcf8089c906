"""Journeys over the e-archives (BJ-9-1, BJ-9-2, BJ-9-3), certification with archived evidence, and the key-enterprise desk."""
import datetime as dt

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from careerguide.audit.models import AuditEvent
from careerguide.documents.models import ArchiveItem, ArchiveUse, CreditRecord
from careerguide.duties.models import Duty
from careerguide.employers.tests.factories import make_catalogue, make_key_enterprise
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.job_seekers.tests.helpers import person_id
from careerguide.notifications.models import Notification

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def moment(day, hour=10):
    return timezone.make_aware(dt.datetime(day.year, day.month, day.day, hour))


def test_certification_evidence_is_archived_then_used_for_certification_credit_and_export(client, city, staff, settings):
    """BJ-9-1, BJ-9-2, BJ-9-3, BJ-13-1: the certification decision is uploaded to the personal e-archive, chosen as
    evidence on the certification page (routing follows), archived; an integrity record entered by the counsellor is
    reviewed by the district head; the ledger export is filed; every use is logged and audited."""
    day = dt.date(2026, 3, 2)
    with time_machine.travel(moment(day), tick=False):
        seeker = register_job_seeker(staff.s11_counsellor, city.s11, id_number=person_id(900), collected_on=day,
                                     profile={"registration_type": "urban_unemployment"})
        client.force_login(staff.s11_counsellor)
        assert client.post(f"/archives/job_seekers.jobseeker/{seeker.pk}/", {
            "action": "upload", "category": "P05", "title": "就业困难人员认定决定书",
            "upload": SimpleUploadedFile("认定决定书.pdf", PDF)}).status_code == 302
        item = ArchiveItem.objects.get()
        assert client.post(f"/job-seekers/{seeker.pk}/certification/", {
            "status": "certified", "decided_on": day.isoformat(), "authority": "甲区一街道社会保障所",
            "evidence": item.pk}).status_code == 302
        seeker.refresh_from_db()
        assert (seeker.difficulty_certified, seeker.status) == (True, "routed_to_assistance")
        assert client.post(f"/archives/job_seekers.jobseeker/{seeker.pk}/", {
            "action": "archive", "item": item.pk, "retention": "30y"}).status_code == 302
        item.refresh_from_db()
        assert (item.archived_on, item.retain_until) == (day, dt.date(2056, 3, 2))
        assert client.post(f"/archives/job_seekers.jobseeker/{seeker.pk}/", {
            "action": "credit", "record_type": "commendable", "fact": "如实提供认定材料", "evidence": item.pk,
            "occurred_on": day.isoformat()}).status_code == 302
        assert client.get(f"/job-seekers/{seeker.pk}/ledger.pdf").status_code == 200
    with time_machine.travel(moment(day + dt.timedelta(days=1)), tick=False):
        client.force_login(staff.d1_head)
        record = CreditRecord.objects.get()
        assert client.post(f"/archives/job_seekers.jobseeker/{seeker.pk}/", {
            "action": "review", "record": record.pk, "approve": "yes"}).status_code == 302
        page = client.get(f"/archives/job_seekers.jobseeker/{seeker.pk}/").content.decode()
        assert "就业困难人员认定决定书" in page and "已复核" in page and "个人服务台账（2026-03-02导出）" in page
        assert client.get(f"/archives/job_seekers.jobseeker/{seeker.pk}/items/{item.pk}/").status_code == 200
    record.refresh_from_db()
    assert (record.status, record.reviewed_by) == ("reviewed", staff.d1_head)
    uses = list(ArchiveUse.objects.filter(subject_id=str(seeker.pk)).values_list("action", "user__username"))
    assert ("download", "d1-head") in uses and ("generate", "s11-counsellor") in uses
    assert AuditEvent.objects.filter(action="archive_download", object_id=str(item.pk)).count() == 1


def test_a_key_enterprise_request_at_a_district_desk_reaches_the_street_officer(client, city, staff):
    """BJ-47-3, BJ-5-6: received at the district desk, the street account officer sees it in the inbox and in the
    request list, and closes it on the next working day; the duty is met."""
    make_catalogue(staff.city_admin, now=moment(dt.date(2026, 1, 2)))
    agreement = make_key_enterprise(staff, city)
    friday = dt.date(2026, 3, 6)
    with time_machine.travel(moment(friday), tick=False):
        client.force_login(staff.d1_counsellor)
        assert client.post("/employers/key-enterprises/requests/", {
            "credit_code": agreement.employer.credit_code, "category": "recruitment", "channel": "front_desk",
            "content": "春节后返岗缺工50人"}).status_code == 302
    duty = Duty.objects.get(kind="employers.key_enterprise_request")
    assert (duty.assignee, duty.due_date) == (staff.s11_officer, dt.date(2026, 3, 10))
    assert Notification.objects.filter(recipient=staff.s11_officer).count() == 1
    with time_machine.travel(moment(dt.date(2026, 3, 9)), tick=False):
        client.force_login(staff.s11_officer)
        page = client.get("/employers/key-enterprises/requests/").content.decode()
        assert "春节后返岗缺工50人" in page and "甲区指导员" in page
        request_pk = agreement.employer.requests.get().pk
        client.post(f"/employers/key-enterprises/requests/{request_pk}/close/", {"result": "已推送3场专场招聘会"})
    duty.refresh_from_db()
    assert (duty.status, duty.fulfilled_on) == ("done", dt.date(2026, 3, 9))
