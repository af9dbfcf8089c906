"""The auditors' page over the read log and the reveal audit events: filters, the logged CSV export and the paginated
API, for unit heads and city administrators, inside their jurisdiction only (BJ-51-2, BJ-51-3)."""
import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.audit.models import AuditEvent
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.job_seekers.tests.helpers import at
from careerguide.privacy.models import PersonalDataRead
from careerguide.privacy.selectors import access_log
from careerguide.privacy.services import person_read_log, personal_data_reveal

pytestmark = pytest.mark.django_db


@pytest.fixture
def logged(staff, city):
    """Reads on 3 and 5 March by two readers of a street-s11 person, a reveal on 4 March, and a read of a
    district-2 person."""
    ours = make_job_seeker(staff.s11_counsellor, city.s11)
    theirs = make_job_seeker(staff.d2_counsellor, city.d2)
    person_read_log(actor=staff.s11_counsellor, person=ours, fields=("full_name",), now=at(dt.date(2026, 3, 3)))
    person_read_log(actor=staff.k111_assistant, person=ours, fields=("full_name",), purpose="ledger_pdf",
                    now=at(dt.date(2026, 3, 5)))
    with time_machine.travel(at(dt.date(2026, 3, 4)), tick=False):
        personal_data_reveal(actor=staff.s11_counsellor, obj=ours, field="phone", unit=ours.unit)
    person_read_log(actor=staff.d2_counsellor, person=theirs, fields=("full_name",), now=at(dt.date(2026, 3, 3)))
    return ours, theirs


@pytest.mark.req("BJ-51-2")
def test_reads_and_reveals_together_filtered_by_reader_subject_dates_and_purpose(staff, city, logged):
    """BJ-51-2: one view over reads and reveals, newest first, scoped to the auditor's jurisdiction; each filter
    narrows it (dates inclusive of both ends)."""
    ours, theirs = logged
    rows = access_log(actor=staff.d1_head)
    assert [(r.kind, r.at.date()) for r in rows] == [("read", dt.date(2026, 3, 5)), ("reveal", dt.date(2026, 3, 4)),
                                                     ("read", dt.date(2026, 3, 3))]
    assert str(theirs.pk) not in {r.subject_id for r in rows}
    assert len(access_log(actor=staff.city_admin)) == 4
    assert [r.kind for r in access_log(actor=staff.d1_head, reader="社区协理员")] == ["read"]
    assert [r.kind for r in access_log(actor=staff.d1_head, reader="s11-counsellor")] == ["reveal", "read"]
    assert access_log(actor=staff.d1_head, subject=str(theirs.pk)) == []
    assert [r.at.date() for r in access_log(actor=staff.d1_head, date_from=dt.date(2026, 3, 4),
                                            date_to=dt.date(2026, 3, 4))] == [dt.date(2026, 3, 4)]
    assert [r.kind for r in access_log(actor=staff.d1_head, purpose="reveal")] == ["reveal"]
    assert [r.purpose for r in access_log(actor=staff.d1_head, purpose="ledger_pdf")] == ["ledger_pdf"]
    reveal = access_log(actor=staff.d1_head, purpose="reveal")[0]
    assert reveal.fields == ("phone",) and reveal.reader == staff.s11_counsellor.full_name


@pytest.mark.req("BJ-51-2")
def test_the_page_filters_refuses_bad_dates_in_chinese_and_is_for_auditors_only(client, staff, city, logged):
    """BJ-51-2: the page shows the filtered rows; a malformed or reversed date range is a Chinese message naming
    the field, not a 500; a counsellor is refused."""
    client.force_login(staff.d1_head)
    table = client.get(reverse("privacy:reads"), {"purpose": "reveal"}).content.decode().split('data-testid="reads"')[1]
    assert "查看完整信息" in table and "工作人员导出台账PDF" not in table
    table = client.get(reverse("privacy:reads")).content.decode().split('data-testid="reads"')[1]
    assert "查看完整信息" in table and "工作人员导出台账PDF" in table
    bad = client.get(reverse("privacy:reads"), {"date_from": "2026-02-30"})
    assert bad.status_code == 200 and "起始日期格式不正确" in bad.content.decode()
    reversed_range = client.get(reverse("privacy:reads"), {"date_from": "2026-03-05", "date_to": "2026-03-01"})
    assert "截止日期不能早于起始日期" in reversed_range.content.decode()
    client.force_login(staff.s11_counsellor)
    assert client.get(reverse("privacy:reads")).status_code == 403
    assert client.get("/api/privacy/reads").status_code == 403


@pytest.mark.req("BJ-51-3")
def test_the_csv_export_states_its_purpose_and_is_audited(client, staff, city, logged):
    """BJ-51-3: without a purpose nothing is exported; with one the CSV holds the filtered rows and the export is
    an audit event carrying the purpose."""
    client.force_login(staff.d1_head)
    refused = client.get(reverse("privacy:reads_export"), {"purpose": "ledger_pdf"})
    assert refused.status_code == 302 and not AuditEvent.objects.filter(action="read_log_export").exists()
    response = client.get(reverse("privacy:reads_export"), {"purpose": "ledger_pdf", "purpose_text": "季度抽查"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    lines = response.content.decode("utf-8-sig").strip().splitlines()
    assert lines[0].startswith("类别,时间,查阅人") and len(lines) == 2 and "工作人员导出台账PDF" in lines[1]
    event = AuditEvent.objects.get(action="read_log_export")
    assert (event.reason, event.clause, event.actor, event.changes["after"]["rows"]) == (
        "季度抽查", "BJ-51-3", staff.d1_head, 1)


@pytest.mark.req("BJ-51-2")
def test_the_api_is_paginated_filtered_and_scoped(client, staff, city, logged):
    """BJ-51-2: GET /api/privacy/reads returns a page of rows with a count; filters as on the page; bad input is a
    structured 4xx, never a 500."""
    client.force_login(staff.d1_head)
    body = client.get("/api/privacy/reads").json()
    assert body["count"] == 3 and [i["kind"] for i in body["items"]] == ["read", "reveal", "read"]
    assert client.get("/api/privacy/reads", {"purpose": "reveal"}).json()["count"] == 1
    assert client.get("/api/privacy/reads", {"date_to": "2026-03-03"}).json()["count"] == 1
    bad = client.get("/api/privacy/reads", {"date_from": "yesterday"})
    assert 400 <= bad.status_code < 500
    d2_head = make_user("d2-head", city.d2, [Role.UNIT_HEAD])
    client.force_login(d2_head)
    assert client.get("/api/privacy/reads").json()["count"] == 1
    assert PersonalDataRead.objects.count() == 3  # the auditors' reads of the log are not reads of a person
