"""Staff and self-service pages: forms, explanation, exports, import, portal summary (no staff notes)."""
import datetime as dt
import io

import pytest
from openpyxl import Workbook

from careerguide.guidance.models import GuidanceAppointment
from careerguide.job_seekers.models import JobSeeker
from careerguide.job_seekers.services.gradings import job_seeker_grade
from careerguide.job_seekers.services.imports import HEADERS
from careerguide.job_seekers.services.ledger import personal_entry_add
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.job_seekers.tests.helpers import person_id

pytestmark = pytest.mark.django_db


def test_register_form_refuses_bad_input_and_saves_the_good(client, city, staff):
    """BJ-11-2: unknown occupation code and future date are named; nothing saved; then a good form saves."""
    client.force_login(staff.s11_counsellor)
    data = {"full_name": "吴窗口", "id_number": person_id(601), "unit": city.s11.pk, "channel": "front_desk",
            "collected_on": "2999-01-01", "sought_occupation_code": "9-99", "health": "no_limitation"}
    page = client.post("/job-seekers/new/", data).content.decode()
    assert "采集日期不能晚于今天" in page and "职业代码“9-99”不存在" in page and not JobSeeker.objects.exists()
    data.update(collected_on="", sought_occupation_code="4-07-01-01", education="college")
    response = client.post("/job-seekers/new/", data)
    seeker = JobSeeker.objects.get()
    assert response.url == f"/job-seekers/{seeker.pk}/"
    detail = client.get(response.url).content.decode()
    assert "求职登记（前台接待）" in detail and "建立个人服务台账" in detail


def test_grading_explanation_override_pdf_and_export(client, city, staff):
    """BJ-12-3 explanation page and override; BJ-17-2 PDF and xlsx exports."""
    seeker = register_job_seeker(staff.s11_counsellor, city.s11, profile={"education": "college"})
    client.force_login(staff.s11_counsellor)
    response = client.post(f"/job-seekers/{seeker.pk}/grade/")
    page = client.get(response.url).content.decode()
    assert "失业时长" in page and "总分" in page
    grading = seeker.gradings.get()
    computed = grading.computed_level
    target = 4 if computed != 4 else 3
    refused = client.post(f"/job-seekers/gradings/{grading.pk}/override/", {"level": target, "reason": ""})
    assert refused.status_code == 200 and "调整理由" in refused.content.decode()
    client.post(f"/job-seekers/gradings/{grading.pk}/override/", {"level": target, "reason": "家庭突发变故"})
    grading.refresh_from_db()
    assert (grading.level, grading.computed_level, grading.override_reason) == (target, computed, "家庭突发变故")
    pdf = client.get(f"/job-seekers/{seeker.pk}/ledger.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    client.force_login(staff.d1_head)  # bulk export is the unit heads' permission (BJ-51-3)
    xlsx = client.get(f"/job-seekers/export.xlsx?level={target}&purpose=季度重点群体核对")
    assert xlsx.content.startswith(b"PK")


def _xlsx(rows):
    wb = Workbook()
    ws = wb.active
    ws.append(list(HEADERS))
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "import.xlsx"
    return buf


def test_bulk_import_reports_each_bad_row_and_saves_nothing(client, city, staff):
    """BJ-11-4: paper registrations keep their real dates; one bad row → nothing saved, every problem listed."""
    client.force_login(staff.s11_counsellor)
    good = ["郑导入", person_id(611), "", "招聘洽谈会", dt.datetime(2024, 5, 10), "初中", "4-02-02-02", None, None, "失业登记"]
    bad = ["王导入", "110105194912310021", "", "前台接待", dt.datetime(2024, 5, 10), "初中", "", None, None, ""]
    page = client.post("/job-seekers/import/", {"file": _xlsx([good, bad])}).content.decode()
    assert "第3行" in page and "校验位" in page and not JobSeeker.objects.exists()
    response = client.post("/job-seekers/import/", {"file": _xlsx([good])})
    assert response.status_code == 302
    reg = JobSeeker.objects.get().registrations.get()
    assert (reg.channel, reg.collected_on, reg.created_late) == ("job_fair", dt.date(2024, 5, 10), True)


def test_self_service_summary_hides_staff_notes_and_online_booking_routes_to_residence(client, city, staff):
    """BJ-14-6 from the portal; the person sees their ledger summary without staff-only notes."""
    seeker = register_job_seeker(staff.s11_counsellor, city.s11, profile={"habitual_district": city.d2.pk,
                                                                          "platform_permission": True})
    seeker.portal_user = staff.seeker_user
    seeker.save()
    job_seeker_grade(actor=staff.s11_counsellor, job_seeker=seeker)
    personal_entry_add(actor=staff.s11_counsellor, job_seeker=seeker, unit=city.s11, section="other",
                       service_type="note", occurred_on=dt.date.today(), summary="内部备注：情绪不稳", staff_only=True)
    client.force_login(staff.seeker_user)
    home = client.get("/me/job-seeking/").content.decode()
    assert "求职登记" in home and "内部备注" not in home and "总分" in home
    client.post("/me/job-seeking/book/", {"need": "想了解面试技巧", "guidance_type": "specialized"})
    assert GuidanceAppointment.objects.get().unit == city.d2
    client.post("/me/job-seeking/intentions/", {"sought_occupation_code": "4-02-01-01", "salary_min": 6000})
    seeker.refresh_from_db()
    assert seeker.sought_occupation.code == "4-02-01-01" and seeker.salary_min == 6000


def test_fairness_page_for_unit_heads_only(client, city, staff):
    client.force_login(staff.s11_counsellor)
    assert client.get("/job-seekers/fairness/").status_code == 403
    client.force_login(staff.d1_head)
    assert client.get("/job-seekers/fairness/?date_from=2024-01-01&date_to=2024-12-31").status_code == 200


def test_guidance_pages_work_for_job_seekers(client, city, staff):
    """BJ-14-2, BJ-14-5 pages."""
    seeker = register_job_seeker(staff.s11_counsellor, city.s11)
    client.force_login(staff.s11_counsellor)
    base = f"/guidance/subjects/job_seekers.jobseeker/{seeker.pk}"
    assert client.post(f"{base}/book/", {"need": "职业方向", "guidance_type": "specialized"}).status_code == 302
    appt = GuidanceAppointment.objects.get()
    assert client.post(f"{base}/specialized/", {"appointment": appt.pk, "assessment_instrument": "兴趣测评",
                                                "assessment_result": "R型", "occupational_info": "技工缺口大",
                                                "advice": "报名焊工培训"}).status_code == 302
    appt.refresh_from_db()
    assert appt.status == "held"
    assert client.get("/guidance/appointments/").status_code == 200
    response = client.post("/guidance/groups/", {"title": "青年求职小组", "common_problem": "缺乏工作经验"})
    assert client.get(response.url).status_code == 200
