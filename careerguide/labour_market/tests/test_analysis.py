"""Occupation analysis reports (BJ-52-1) and HR-market analysis reports (BJ-52-4): versioned documents built from
the statistics the system holds, with charts and a PDF, published on the platform."""
import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError
from careerguide.labour_market.charts import bar_chart_svg
from careerguide.labour_market.exports import analysis_pdf
from careerguide.labour_market.models import AnalysisReport
from careerguide.labour_market.services import (
    analysis_report_create,
    analysis_report_publish,
    analysis_report_revise,
)
from careerguide.matching.tests.factories import at, published_vacancy, ready_job_seeker

pytestmark = pytest.mark.django_db
PROFILE = {"work_content": "负责仓储物资的收发、保管与盘点。", "skill_requirements": "熟练使用仓储管理系统、叉车操作证。",
           "knowledge_requirements": "物流管理、安全生产知识。", "vocational_interests": "事务型、实际型。"}
START, END = dt.date(2026, 1, 1), dt.date(2026, 3, 31)


@pytest.fixture
def market(city, staff):
    """In the first quarter of 2026, two warehouse-keeper seekers (January, March) and a posting for 3 (February)."""
    ready_job_seeker(staff, city, ready=None, full_name="林小青", now=at(2026, 1, 6))
    ready_job_seeker(staff, city, ready=None, full_name="周明远", now=at(2026, 3, 4))
    published_vacancy(staff, city, now=at(2026, 2, 5), headcount=3)
    return city


def occupation_report(staff, **kw):
    data = {"actor": staff.city_analyst, "kind": "occupation", "occupation_code": "4-02-02-01", "period_start": START,
            "period_end": END, "sections": PROFILE, "now": at(2026, 4, 2)}
    return analysis_report_create(**{**data, **kw})


def test_an_occupation_report_holds_the_four_dimensions_its_author_date_and_the_occupations_statistics(market, staff):
    """BJ-52-1: work content, skill and knowledge requirements and vocational interests, with author and date; the
    figures are the occupation's own, from the system's records, and aggregates only."""
    report = occupation_report(staff)
    version = report.versions.get()
    assert (report.title, report.occupation_name, version.number, version.author) == (
        "仓库管理员职业分析报告", "仓库管理员", 1, staff.city_analyst)
    assert version.skill_requirements == PROFILE["skill_requirements"] and version.created_at is not None
    assert version.data["totals"] == {"supply": 2, "demand": 3, "ratio": "1.50"}
    assert version.data["trend"] == [{"month": "2026-01", "supply": 1, "demand": 0},
                                     {"month": "2026-02", "supply": 0, "demand": 3},
                                     {"month": "2026-03", "supply": 1, "demand": 0}]
    assert "林小青" not in str(version.data) and "周明远" not in str(version.data)


def test_each_revision_is_a_new_version_and_earlier_ones_stay(market, staff):
    """BJ-52-1: a report is a versioned document; a version is never changed."""
    report = occupation_report(staff)
    second = analysis_report_revise(actor=staff.city_analyst, report=report, period_start=START,
                                    period_end=dt.date(2026, 2, 28), change_note="只统计前两个月",
                                    sections={**PROFILE, "work_content": "收发、保管、盘点和配送。"}, now=at(2026, 4, 3))
    first = report.versions.get(number=1)
    assert (second.number, second.data["totals"]["supply"], first.data["totals"]["supply"]) == (2, 1, 2)
    assert first.work_content == PROFILE["work_content"]
    with pytest.raises(ValueError):
        first.save()
    assert AuditEvent.objects.filter(object_type="labour_market.analysisreport", action="version").count() == 2


def test_missing_dimensions_or_a_wrong_occupation_are_refused_all_at_once_and_nothing_is_saved(market, staff):
    """BJ-52-1: all four dimensions and a real occupation; BJ-52-4: a topic and its analysis."""
    with pytest.raises(DomainError) as exc:
        occupation_report(staff, occupation_code="9-99-99-99", sections={"work_content": "x"})
    assert set(exc.value.field_errors) == {"occupation_code", "skill_requirements", "knowledge_requirements",
                                           "vocational_interests"}
    with pytest.raises(DomainError) as exc:
        analysis_report_create(actor=staff.city_analyst, kind="hr_market", period_start=END, period_end=START,
                               topic="", sections={}, now=at(2026, 4, 2))
    assert set(exc.value.field_errors) == {"period_end", "topic", "body"}
    assert not AnalysisReport.objects.exists()


def test_an_hr_market_report_on_a_topical_issue_is_stored_and_published_in_its_latest_version(market, staff, client):
    """BJ-52-4: a report on a topical or difficult issue is stored and can be published; BJ-53-2 the platform
    shows the published version; BJ-51-3 no personal data."""
    report = analysis_report_create(actor=staff.city_analyst, kind="hr_market", topic="仓储物流用工季节性短缺",
                                    period_start=START, period_end=END, sections={"body": "春节后仓储岗位需求明显上升。"},
                                    now=at(2026, 4, 2))
    assert client.get(f"/labour-market/public/analysis/{report.pk}/").status_code == 404
    analysis_report_publish(actor=staff.city_analyst, report=report, now=at(2026, 4, 3))
    analysis_report_revise(actor=staff.city_analyst, report=report, period_start=START, period_end=END,
                           sections={"body": "修订：需求上升集中在甲区。"}, now=at(2026, 4, 5))
    page = client.get(f"/labour-market/public/analysis/{report.pk}/").content.decode()
    assert "春节后仓储岗位需求明显上升" in page and "修订" not in page  # still the published first version
    analysis_report_publish(actor=staff.city_analyst, report=report, now=at(2026, 4, 6))
    page = client.get(f"/labour-market/public/analysis/{report.pk}/").content.decode()
    assert "修订：需求上升集中在甲区" in page and 'id="analysis-stats"' in page and "林小青" not in page
    with pytest.raises(DomainError):
        analysis_report_publish(actor=staff.city_analyst, report=report, now=at(2026, 4, 7))
    assert client.get(f"/labour-market/public/analysis/{report.pk}/report.pdf").content[:4] == b"%PDF"


def test_the_chart_svg_escapes_labels_and_scales_bars():
    svg = bar_chart_svg(title="<标题>", categories=["A&B", "C"], series=[("人数", [2, 4])])
    assert "&lt;标题&gt;" in svg and "A&amp;B" in svg and svg.startswith("<svg")
    assert 'height="170.0"' in svg  # the largest bar fills the plot height (260 - 40 - 50)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is installed by scripts/setup.sh")
def test_the_pdf_has_the_text_and_the_chart(market, staff):
    """BJ-52-1: the report as a PDF, its chart drawn in it (Chinese text extractable)."""
    version = occupation_report(staff).versions.get()
    content = analysis_pdf(version)
    assert content[:4] == b"%PDF"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.pdf"
        path.write_bytes(content)
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "仓库管理员职业分析报告" in text and "各月求职人数与需求人数" in text and "叉车操作证" in text


def test_pages_refuse_in_chinese_and_are_scoped(market, staff, client):
    """BJ-52-1 through the pages: the analyst role writes, a counsellor may not, another district sees nothing."""
    from careerguide.accounts.roles import Role
    from careerguide.accounts.tests.factories import make_user

    analyst = make_user("d1-analyst", market.d1, [Role.ANALYST], full_name="甲区分析员")
    client.force_login(analyst)
    bad = client.post("/labour-market/analysis/", {"kind": "occupation", "occupation_code": "",
                                                   "period_start": "2026-01-01", "period_end": "2026-03-31"})
    assert bad.status_code == 400 and "请填写职业分类中的职业代码。" in bad.content.decode()
    assert client.post("/labour-market/analysis/", {"kind": "occupation", "occupation_code": "4-02-02-01",
                                                    "period_start": "2026-01-01", "period_end": "2026-03-31",
                                                    **PROFILE}).status_code == 302
    report = AnalysisReport.objects.get()
    assert report.unit == market.d1
    page = client.get(f"/labour-market/analysis/{report.pk}/").content.decode()
    assert "chart-trend" in page and "vendor/echarts/echarts.min.js" in page
    assert client.get(f"/labour-market/analysis/{report.pk}/v1.pdf").content[:4] == b"%PDF"
    client.force_login(make_user("d2-analyst", market.d2, [Role.ANALYST]))
    assert client.get(f"/labour-market/analysis/{report.pk}/").status_code == 404
    client.force_login(staff.d1_counsellor)
    assert client.get("/labour-market/analysis/").status_code == 403
