"""Supervision pages and the complaint API: who may open them, jurisdiction, happy paths and refused input."""
import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from django.utils import timezone

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.duties.models import Duty
from careerguide.duties.services import DutySpec, duty_schedule
from careerguide.matching.tests.factories import at
from careerguide.supervision.models import Complaint, SpotCheck, SupervisionIssue, SupervisionNotice
from careerguide.supervision.services.complaints import complaint_record
from careerguide.supervision.services.issues import issue_record, notice_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue(city, staff):
    return issue_record(actor=staff.d1_head, unit=city.s11, title="求职登记台账缺少学历信息", description="抽查3份缺2份",
                        now=at(2026, 3, 2))


def _complaint(staff, city):
    return complaint_record(actor=staff.d1_head, unit=city.d1, complainant="郑先生", channel="phone",
                            subject_kind="posting", subject_label="某公司分拣员招聘", content="薪酬与实际不符",
                            received_on=dt.date(2026, 3, 2))


def test_pages_refuse_anonymous_and_roles_without_the_permission(client, staff, issue):
    """BJ-56-1: only unit heads and the city administrator supervise; BJ-5-4 complaints likewise."""
    assert client.get("/supervision/issues/").status_code == 302  # to the login page
    client.force_login(staff.d1_counsellor)
    for url in ("/supervision/issues/new/", "/supervision/spot-checks/new/", "/supervision/quality/",
                "/supervision/complaints/", "/supervision/complaints/new/"):
        assert client.get(url).status_code == 403, url
    before = SupervisionNotice.objects.count()
    assert client.post(f"/supervision/issues/{issue.pk}/notify/", {"body": "越权通报"}).status_code == 403
    assert SupervisionNotice.objects.count() == before
    client.force_login(staff.seeker_user)
    assert client.get("/supervision/issues/").status_code == 403


def test_rows_outside_the_jurisdiction_are_404(client, city, staff, issue):
    """BJ-4-3 / BJ-56-1: another district sees neither the issue, its notice, the spot check nor the complaint."""
    notice = notice_issue(actor=staff.d1_head, unit=city.s11, issues=[issue], body="第一次通报", now=at(2026, 3, 3))
    complaint = _complaint(staff, city)
    d2_head = make_user("d2-head", city.d2, [Role.UNIT_HEAD], full_name="开发区负责人")
    client.force_login(d2_head)
    for url in (f"/supervision/issues/{issue.pk}/", f"/supervision/notices/{notice.pk}/",
                f"/supervision/notices/{notice.pk}/pdf/", f"/supervision/complaints/{complaint.pk}/"):
        assert client.get(url).status_code == 404, url
    assert client.post(f"/supervision/issues/{issue.pk}/notify/", {"body": "越权"}).status_code == 404
    assert client.post(f"/supervision/complaints/{complaint.pk}/close/", {
        "result": "x", "reply": "y", "replied_on": "2026-03-05"}).status_code == 404
    issue.refresh_from_db()
    assert issue.notice_count == 1
    client.force_login(staff.s11_counsellor)  # the notified street sees its own issue and notice
    assert client.get(f"/supervision/issues/{issue.pk}/").status_code == 200
    assert client.get(f"/supervision/notices/{notice.pk}/").status_code == 200


def test_issue_created_notified_interviewed_referred_and_rectified_through_the_pages(client, city, staff):
    """BJ-56-5 issue assigned to the lower level; BJ-58-3 each notice recorded with date; BJ-58-4 the interview form
    appears only at the 3rd notice; BJ-58-5 referral recorded; BJ-56-5 the street reports, the district verifies;
    BJ-58-6 rectified → closed."""
    client.force_login(staff.d1_head)
    response = client.post("/supervision/issues/new/", {"unit": city.s11.pk, "title": "需求档案未按月更新"})
    issue = SupervisionIssue.objects.get()
    assert response.status_code == 302 and (issue.unit, issue.upper_unit) == (city.s11, city.d1)
    for n in (1, 2):
        client.post(f"/supervision/issues/{issue.pk}/notify/", {"body": f"第{n}次通报"})
        page = client.get(f"/supervision/issues/{issue.pk}/").content.decode()
        assert 'data-testid="action-notify"' in page and 'data-testid="action-interview"' not in page
    client.post(f"/supervision/issues/{issue.pk}/notify/", {"body": "第3次通报"})
    page = client.get(f"/supervision/issues/{issue.pk}/").content.decode()
    assert 'data-testid="action-interview"' in page and "经3次（含）以上通报" in page
    issue.refresh_from_db()
    assert (issue.status, issue.notice_count) == ("notified_3_plus", 3)
    assert client.post(f"/supervision/issues/{issue.pk}/interview/", {
        "held_on": "2026-03-09", "principal": "一街道主任", "notes": "限期整改"}).status_code == 302
    assert client.post(f"/supervision/issues/{issue.pk}/refer/", {
        "referred_on": "2026-04-20", "recipient": "区纪委监委", "materials": "三次通报及约谈记录"}).status_code == 302
    issue.refresh_from_db()
    assert (issue.status, issue.interview_principal, issue.referral_recipient) == (
        "referred_for_accountability", "一街道主任", "区纪委监委")

    client.force_login(staff.s11_counsellor)
    page = client.get(f"/supervision/issues/{issue.pk}/").content.decode()
    assert 'data-testid="action-report"' in page and 'data-testid="action-verify"' not in page
    assert client.post(f"/supervision/issues/{issue.pk}/report/", {"report": "已逐户补录"}).status_code == 302
    client.force_login(staff.d1_head)
    assert client.post(f"/supervision/issues/{issue.pk}/verify/", {"effective": "yes", "reason": "抽查复核通过"}).status_code == 302
    assert client.post(f"/supervision/issues/{issue.pk}/close/").status_code == 302
    issue.refresh_from_db()
    assert (issue.status, issue.rectification_status) == ("closed", "verified")


def test_refused_input_shows_chinese_errors_and_saves_nothing(client, city, staff, issue):
    """BJ-58-4: an interview before the 3rd notice is refused with the reason; required fields are named in Chinese;
    BJ-56-5 a title is required."""
    client.force_login(staff.d1_head)
    response = client.post("/supervision/issues/new/", {"unit": city.s11.pk, "title": ""})
    assert response.status_code == 400 and "问题：这个字段是必填项。" in response.content.decode()
    assert SupervisionIssue.objects.count() == 1
    response = client.post(f"/supervision/issues/{issue.pk}/interview/", {"held_on": "2026-03-09", "principal": "主任"})
    assert response.status_code == 400 and "方可警示约谈；目前已通报0次" in response.content.decode()
    response = client.post(f"/supervision/issues/{issue.pk}/notify/", {"body": ""})
    assert response.status_code == 400 and "通报内容：这个字段是必填项。" in response.content.decode()
    issue.refresh_from_db()
    assert (issue.status, issue.notice_count, issue.interview_on) == ("found", 0, None)
    assert SupervisionNotice.objects.count() == 0
    client.force_login(staff.s11_counsellor)  # the street cannot verify its own rectification
    assert client.post(f"/supervision/issues/{issue.pk}/verify/", {"effective": "yes"}).status_code == 403


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils is installed by scripts/setup.sh")
def test_notice_page_and_pdf_list_the_issue_with_an_embedded_chinese_font(client, city, staff, issue):
    """BJ-58-3: the notice names its issue and date, on screen and printed (通报)."""
    notice = notice_issue(actor=staff.d1_head, unit=city.s11, issues=[issue], body="请于十日内整改", now=at(2026, 3, 3))
    client.force_login(staff.d1_head)
    page = client.get(f"/supervision/notices/{notice.pk}/").content.decode()
    assert "求职登记台账缺少学历信息" in page and "2026-03-03" in page and f"/supervision/notices/{notice.pk}/pdf/" in page
    response = client.get(f"/supervision/notices/{notice.pk}/pdf/")
    pdf = b"".join(response.streaming_content) if response.streaming else response.content
    assert response["Content-Type"] == "application/pdf" and pdf.startswith(b"%PDF")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "notice.pdf"
        path.write_bytes(pdf)
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert any(name in fonts for name in ("WenQuanYi", "Noto", "CJK")) and " yes " in fonts
    for expected in ("督导检查通报", "求职登记台账缺少学历信息", "请于十日内整改", "一街道"):
        assert expected in text, expected


def test_spot_check_created_issue_recorded_and_monthly_notice_issued_from_its_page(client, city, staff):
    """BJ-56-1 direct lower level; BJ-56-6 seed and sample shown; BJ-56-4 the monthly notice names the check's
    problems and fulfils the notice duty; a future month is refused in Chinese and saves nothing."""
    client.force_login(staff.d1_head)
    future = timezone.localdate().replace(day=1) + dt.timedelta(days=40)
    response = client.post("/supervision/spot-checks/new/", {"unit": city.s11.pk, "record_type": "personal_ledger",
                                                             "month": future.isoformat()})
    assert response.status_code == 400 and "不能抽查尚未开始的月份" in response.content.decode()
    assert SpotCheck.objects.count() == 0
    response = client.post("/supervision/spot-checks/new/", {"unit": city.s21.pk, "record_type": "personal_ledger",
                                                             "month": "2026-03-01"})
    assert response.status_code == 400 and SpotCheck.objects.count() == 0  # not a street of this district
    response = client.post("/supervision/spot-checks/new/", {"unit": city.s11.pk, "record_type": "personal_ledger",
                                                             "month": "2026-03-10", "sample_size": "3"})
    check = SpotCheck.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/supervision/spot-checks/{check.pk}/"
    page = client.get(f"/supervision/spot-checks/{check.pk}/").content.decode()
    assert str(check.seed) in page
    client.post(f"/supervision/spot-checks/{check.pk}/issues/", {"unit": city.s11.pk, "title": "台账未记录回访",
                                                                "record_ref": "JS-1"})
    issue = SupervisionIssue.objects.get()
    assert issue.spot_check == check
    response = client.post(f"/supervision/spot-checks/{check.pk}/notice/", {"body": "3月抽查通报"})
    notice = SupervisionNotice.objects.get()
    assert response["Location"] == f"/supervision/notices/{notice.pk}/"
    assert (notice.kind, notice.month, list(notice.issues.all())) == ("monthly", dt.date(2026, 3, 1), [issue])
    # issued today, after the due date of March's notice (8 April 2026): fulfilled, but late
    assert Duty.objects.get(kind="supervision.monthly_notice").status == "late_done"


def test_quality_page_lists_exceptions_per_agency_with_drill_down(client, city, staff):
    """BJ-5-3: overdue deadlines counted per agency, scoped to the district, with the records behind the count."""
    overdue = timezone.localdate() - dt.timedelta(days=3)
    for unit in (city.s11, city.s21):
        duty_schedule(actor=staff.city_admin, subject=unit, spec=DutySpec(
            kind="test.kind", title=f"逾期事项{unit.code}", clause="BJ-5-3", due_date=overdue, unit=unit))
    client.force_login(staff.d1_head)
    page = client.get("/supervision/quality/").content.decode()
    assert city.s11.name in page and city.s21.name not in page
    drill = client.get(f"/supervision/quality/overdue_duty/{city.s11.pk}/").content.decode()
    assert "逾期事项T-S11" in drill
    assert "逾期事项T-S21" not in client.get(f"/supervision/quality/overdue_duty/{city.s21.pk}/").content.decode()
    assert client.get(f"/supervision/quality/no_such_check/{city.s11.pk}/").status_code == 404


def test_complaint_recorded_assigned_and_closed_through_the_pages(client, city, staff):
    """BJ-5-4: recorded with complainant, channel, subject, content and date; assigned to a handler, who opens it and
    closes it with result and reply; missing fields are refused in Chinese and nothing is saved."""
    client.force_login(staff.d1_head)
    data = {"unit": city.d1.pk, "complainant": "郑先生", "contact": "电话回访", "channel": "phone",
            "subject_kind": "posting", "subject_label": "某公司分拣员招聘", "content": "", "received_on": "2026-03-02"}
    response = client.post("/supervision/complaints/new/", data)
    assert response.status_code == 400 and "内容：这个字段是必填项。" in response.content.decode()
    assert Complaint.objects.count() == 0
    response = client.post("/supervision/complaints/new/", {**data, "content": "薪酬与实际不符"})
    complaint = Complaint.objects.get()
    assert response.status_code == 302 and complaint.status == "recorded"
    assert "某公司分拣员招聘" in client.get("/supervision/complaints/").content.decode()
    response = client.post(f"/supervision/complaints/{complaint.pk}/assign/", {"handler": staff.d2_counsellor.pk})
    assert response.status_code == 400  # not a member of this district's staff
    client.post(f"/supervision/complaints/{complaint.pk}/assign/", {"handler": staff.d1_counsellor.pk})
    colleague = make_user("d1-counsellor-2", city.d1, [Role.COUNSELLOR])
    client.force_login(colleague)  # staff who do not handle complaints see only those assigned to them
    assert client.get(f"/supervision/complaints/{complaint.pk}/").status_code == 404
    client.force_login(staff.d1_counsellor)  # the handler opens the link of the notification and closes
    page = client.get(f"/supervision/complaints/{complaint.pk}/").content.decode()
    assert "薪酬与实际不符" in page and f"/supervision/complaints/{complaint.pk}/assign/" not in page
    assert client.post(f"/supervision/complaints/{complaint.pk}/assign/", {"handler": colleague.pk}).status_code == 403
    response = client.post(f"/supervision/complaints/{complaint.pk}/close/", {"result": "已责令更正", "reply": "",
                                                                             "replied_on": "2026-03-06"})
    assert response.status_code == 400 and "答复内容：这个字段是必填项。" in response.content.decode()
    client.post(f"/supervision/complaints/{complaint.pk}/close/", {"result": "已责令更正", "reply": "已电话答复",
                                                                  "replied_on": "2026-03-06"})
    complaint.refresh_from_db()
    assert (complaint.status, complaint.handler, complaint.reply) == ("closed", staff.d1_counsellor, "已电话答复")


def test_complaint_api_records_and_assigns(client, city, staff):
    """BJ-5-4 through the JSON API: record, assign inside the jurisdiction only; counsellors are refused."""
    client.force_login(staff.d1_head)
    body = {"unit_id": city.s11.pk, "complainant": "王女士", "channel": "online", "subject_kind": "staff",
            "subject_label": "窗口工作人员", "content": "态度生硬", "received_on": "2026-03-02"}
    response = client.post("/api/supervision/complaints", body, content_type="application/json")
    assert response.status_code == 200, response.content
    pk = response.json()["id"]
    outside = client.post("/api/supervision/complaints", {**body, "unit_id": city.d2.pk}, content_type="application/json")
    assert outside.status_code == 404 and Complaint.objects.count() == 1
    refused = client.post(f"/api/supervision/complaints/{pk}/assign", {"handler_id": staff.d2_counsellor.pk},
                          content_type="application/json")
    assert refused.status_code == 404
    assigned = client.post(f"/api/supervision/complaints/{pk}/assign", {"handler_id": staff.s11_counsellor.pk},
                           content_type="application/json")
    assert assigned.json() == {"id": pk, "unit": city.s11.name, "status": "assigned", "handler": "一街道指导员"}
    client.force_login(staff.d1_counsellor)
    assert client.post("/api/supervision/complaints", body, content_type="application/json").status_code == 403



def test_issue_api_refuses_a_unit_that_is_not_a_direct_lower_level(client, city, staff):
    """BJ-56-1 through the JSON API: a posted unit id outside the direct lower level is not found, and nothing is saved;
    an issue for a street of the district is recorded."""
    client.force_login(staff.d1_head)
    for unit in (city.d2, city.s21, city.d1):  # another district, its street, the district itself
        response = client.post("/api/supervision/issues", {"unit_id": unit.pk, "title": "越权登记"},
                               content_type="application/json")
        assert response.status_code == 404 and response.json()["code"] == "not_found", unit
    assert SupervisionIssue.objects.count() == 0
    response = client.post("/api/supervision/issues", {"unit_id": city.s11.pk, "title": "台账缺项"},
                           content_type="application/json")
    assert response.status_code == 200 and response.json()["unit"] == city.s11.name
