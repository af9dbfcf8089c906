"""The assessment steps through pages, and the career-orientation report as a PDF with an embedded Chinese font
(CQ-4.3-4, CQ-7.1.6-1, CQ-7.1.6-2, CQ-7.1.7-1, CQ-7.1.7-2)."""
import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

import pytest
import time_machine
from django.urls import reverse

from careerguide.assessments.models import Administration, AssessmentInstrument, AssessmentPlan, CareerOrientationReport
from careerguide.guidance.cq.services.cases import case_register
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.job_seekers.tests.helpers import at
from careerguide.privacy.models import PersonalDataRead

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 3)


def _fonts_and_text(pdf: bytes) -> tuple[str, str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        path.write_bytes(pdf)
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return fonts, text


def post(client, url, section, data):
    return client.post(url, {"section": section, **{f"{section}-{k}": v for k, v in data.items()}})


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils is installed by scripts/setup.sh")
def test_the_assessment_runs_through_pages_and_the_report_prints_in_chinese(client, city, staff):
    """CQ-4.3-4, CQ-7.1.6-1, CQ-7.1.6-2, CQ-7.1.7-1, CQ-7.1.7-2: a published tool is chosen with its purpose and target
    group shown and a reason; results wait for the recipient's agreement; the report cites them, is fed back, and
    downloads as a PDF that embeds a CJK font and carries the Chinese text. BJ-51-2: the page and the PDF are each
    a logged read."""
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name="诸葛兰")
    case = case_register(actor=staff.d1_counsellor, subject=seeker, unit=city.d1, topic="职业方向",
                         preferred_channel="offline", now=at(DAY))
    with time_machine.travel(at(DAY), tick=False):
        client.force_login(staff.d1_head)
        r = post(client, reverse("assessments:instruments"), "publish", {
            "name": "职业兴趣测验", "version": "2024.1", "kind": "psychometric", "licence": "机构授权", "purpose": "了解职业兴趣",
            "target_group": "求职劳动者", "effective_from": "2024-06-01"})
        assert r.status_code == 302
        inst = AssessmentInstrument.objects.get()
        client.force_login(staff.d1_counsellor)
        plans = reverse("assessments:plans")
        assert "用途：了解职业兴趣；适用对象：求职劳动者" in client.get(plans).content.decode()
        base = {"case": case.pk, "purpose": "明确职业方向", "instruments": inst.pk, "schedule": "6月4日上午",
                "mode": "线下机测", "result_use": "当面反馈并用于就业计划"}
        r = post(client, plans, "plan", base)  # no reason for the chosen tool
        assert r.status_code == 200 and "选用" in r.content.decode() and not AssessmentPlan.objects.exists()
        post(client, plans, "plan", {**base, f"reason_{inst.pk}": "适用于初次求职者"})
        plan = AssessmentPlan.objects.get()
        url = reverse("assessments:plan", args=[plan.pk])
        r = post(client, url, "administer", {"method": "tool", "instrument": inst.pk, "administered_on": "2024-06-03",
                                              "result": "社会型（S）得分最高"})
        assert "未经服务对象同意" in r.content.decode() and not Administration.objects.exists()
        post(client, url, "agree", {"method": "signature"})
        post(client, url, "administer", {"method": "tool", "instrument": inst.pk, "administered_on": "2024-06-03",
                                         "result": "社会型（S）得分最高"})
        adm = Administration.objects.get()
        post(client, url, "report", {"analysis": "适合从事社区服务、客户服务类岗位", "cites": adm.pk})
        report = CareerOrientationReport.objects.get()
        page = reverse("assessments:report", args=[report.pk])
        assert "待反馈" in client.get(page).content.decode()
        post(client, page, "feedback", {"channel": "offline", "acknowledgement": "本人签字确认"})
        report.refresh_from_db()
        assert report.status == "fed_back"
        response = client.get(reverse("assessments:report_pdf", args=[report.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == "attachment; filename*=utf-8''" + quote(f"职业倾向分析报告-诸葛兰-{report.pk}.pdf")
    fonts, text = _fonts_and_text(response.content)
    assert any(n in fonts for n in ("WenQuanYi", "Noto", "CJK")) and " yes " in fonts
    flat = text.replace("\n", "")
    for piece in ("职业倾向分析报告", "诸葛兰", "职业兴趣测验", "社会型（S）得分最高", "适合从事社区服务", "本人签字确认",
                  "T/CQTSHRA 002-2024"):
        assert piece in flat
    client.force_login(staff.d2_counsellor)
    assert client.get(reverse("assessments:report_pdf", args=[report.pk])).status_code == 404
    reads = PersonalDataRead.objects.filter(reference=f"R{report.pk:06d}")
    assert {r.purpose for r in reads} == {"service", "report_pdf"}  # BJ-51-2: the report's reads are logged
    assert {(r.subject_type, r.subject_id, r.subject_unit) for r in reads} == {
        ("assessments.assessmentplan", str(plan.pk), city.d1)}
