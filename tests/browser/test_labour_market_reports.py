"""Browser: a district analyst opens an occupation analysis report, sees its chart drawn and downloads the PDF
(BJ-52-1)."""
import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.labour_market.services import analysis_report_create
from careerguide.matching.tests.factories import at, published_vacancy, ready_job_seeker
from careerguide.occupations.services import occupations_seed_defaults

from .helpers import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_district_analyst_opens_an_occupation_report_with_its_chart_and_downloads_the_pdf(page, live_server, city,
                                                                                          staff):
    """BJ-52-1: the report page shows the four dimensions and the ECharts chart of the occupation's monthly supply
    and demand; the PDF of the version downloads."""
    occupations_seed_defaults()  # the browser tests run on flushed tables
    analyst = make_user("d1-analyst", city.d1, [Role.ANALYST], full_name="甲区分析员")
    ready_job_seeker(staff, city, ready=None, now=at(2026, 1, 6))
    published_vacancy(staff, city, now=at(2026, 2, 5), headcount=3)
    analysis_report_create(actor=analyst, kind="occupation", occupation_code="4-02-02-01",
                           period_start=dt.date(2026, 1, 1), period_end=dt.date(2026, 3, 31),
                           sections={"work_content": "负责仓储物资的收发与保管。", "skill_requirements": "叉车操作。",
                                     "knowledge_requirements": "物流管理知识。", "vocational_interests": "实际型。"},
                           now=at(2026, 4, 2))
    log_in(page, live_server, "d1-analyst")
    expect(page).to_have_url(re.compile(r"/work/$"))
    page.goto(f"{live_server.url}/labour-market/analysis/")
    page.get_by_role("link", name="仓库管理员职业分析报告").click()
    expect(page.locator("h1")).to_have_text("仓库管理员职业分析报告")
    expect(page.get_by_test_id("profile")).to_contain_text("叉车操作。")
    expect(page.get_by_test_id("totals")).to_contain_text("需求人数 3")
    expect(page.get_by_test_id("chart-trend").locator("canvas")).to_have_count(1)
    expect(page.get_by_test_id("version")).to_contain_text("第1版 · 甲区分析员")
    with page.expect_download() as download_info:
        page.get_by_test_id("pdf").click()
    download = download_info.value
    assert download.suggested_filename == "仓库管理员职业分析报告-第1版.pdf"
    with open(download.path(), "rb") as pdf:
        assert pdf.read(4) == b"%PDF"
