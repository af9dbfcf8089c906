"""Browser journey: a requirement that excludes rural household registration is caught by the screening,
blocks approval, and comes back to the employer with the phrase highlighted and the legal basis shown."""
import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from careerguide.vacancies.tests.factories import make_agent, make_registered_employer
from careerguide.workdays.services import calendar_years_seed_from_package
from tests.browser.test_vacancy_review import log_in, review_all_pass

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.req("BJ-38-3")]

PHRASE = "农村户口者不予录用"
ARTICLE = "《中华人民共和国就业促进法》第三十一条"


def submit_posting(page, live_server, valid_until):
    page.goto(f"{live_server.url}/me/vacancies/new/")
    page.get_by_label("岗位名称").fill("装配线操作工")
    page.get_by_label("职业", exact=True).fill("电子设备装配工")
    page.get_by_label("用人单位基本情况").fill("区内电子制造企业。")
    page.get_by_label("招用人数").fill("10")
    page.get_by_label("工作内容").fill("负责主板装配与检测。")
    page.get_by_label("招录条件").fill(f"初中以上学历，能适应两班倒，{PHRASE}。")
    page.get_by_label("月劳动报酬下限（元）").fill("5500")
    page.get_by_label("福利待遇").fill("包住宿，提供工作餐。")
    page.get_by_label("社会保险").fill("五险一金。")
    page.get_by_label("有效期至").fill(valid_until)
    page.get_by_role("button", name="提交审核").click()
    expect(page.get_by_test_id("status")).to_have_text("待审核")


def test_rural_household_exclusion_is_returned_with_phrase_and_legal_basis(page, live_server, city, staff):
    """BJ-38-3: “农村户口者不予录用” is found, shown to the reviewer with its article, and returned to the agent
    with the phrase marked and the legal basis beside it."""
    calendar_years_seed_from_package()
    employer = make_registered_employer(staff.s11_officer, city.s11)
    make_agent(employer, "agent-screening")
    valid_until = (timezone.localdate() + dt.timedelta(days=30)).isoformat()

    log_in(page, live_server, "agent-screening")
    submit_posting(page, live_server, valid_until)

    # The reviewer sees the finding with its ground and article, and cannot pass it over.
    log_in(page, live_server, "d1-counsellor")
    page.goto(f"{live_server.url}/vacancies/")
    page.get_by_test_id("queue").get_by_role("link", name="装配线操作工").click()
    findings = page.get_by_test_id("findings")
    expect(findings).to_contain_text(PHRASE)
    expect(findings).to_contain_text("农村户籍")
    expect(findings).to_contain_text(ARTICLE)
    expect(page.get_by_test_id("finding-basis-requirements")).to_contain_text(ARTICLE)
    review_all_pass(page)
    expect(page.get_by_test_id("status")).to_have_text("退回修改")

    # The agent sees the phrase marked in the requirements and the legal basis beside it and in the notice.
    log_in(page, live_server, "agent-screening")
    page.goto(f"{live_server.url}/me/vacancies/")
    page.get_by_role("link", name="装配线操作工").click()
    expect(page.get_by_test_id("status")).to_have_text("退回修改")
    expect(page.locator("[data-field=requirements] mark")).to_have_text(PHRASE)
    basis = page.get_by_test_id("finding-basis-requirements")
    expect(basis).to_contain_text(ARTICLE)
    expect(basis).to_contain_text("农村劳动者进城就业")
    expect(page.get_by_test_id("defects")).to_contain_text(ARTICLE)
