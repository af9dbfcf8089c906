"""Browser journey: an employer agent submits a posting, sees it returned with the flagged phrase highlighted,
corrects it, and a reviewer approves the corrected version."""
import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from careerguide.accounts.tests.factories import PASSWORD
from careerguide.vacancies.models import Vacancy
from careerguide.vacancies.tests.factories import make_agent, make_registered_employer
from careerguide.workdays.services import calendar_years_seed_from_package

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, username):
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()


def review_all_pass(page):
    for criterion in ("truthfulness", "legality", "validity"):
        page.locator(f"input[name={criterion}][value=pass]").check()
    page.get_by_role("button", name="提交审核结果").click()


POSTING = {"岗位名称": "仓库分拣员", "职业": "仓储管理员", "用人单位基本情况": "区内物流企业。", "招用人数": "3",
           "工作内容": "负责货物分拣。", "招录条件": "限男，高中以上学历。", "月劳动报酬下限（元）": "6000",
           "福利待遇": "包工作餐。", "社会保险": "五险一金。"}


def submit_posting(page, live_server, *, valid_until, **fields):
    """The agent fills in the online form (POSTING with `fields` replaced, by label) and submits it."""
    page.goto(f"{live_server.url}/me/vacancies/new/")
    for label, value in {**POSTING, **fields, "有效期至": valid_until}.items():
        page.get_by_label(label, exact=label == "职业").fill(value)  # not 职业代码
    page.get_by_role("button", name="提交审核").click()
    expect(page.get_by_test_id("status")).to_have_text("待审核")


def open_in_queue(page, live_server, title):
    """The reviewer opens the posting from the review queue."""
    page.goto(f"{live_server.url}/vacancies/")
    page.get_by_test_id("queue").get_by_role("link", name=title).click()


def open_own_posting(page, live_server, title, status):
    """The agent opens the posting from the list of their own postings."""
    page.goto(f"{live_server.url}/me/vacancies/")
    page.get_by_role("link", name=title).click()
    expect(page.get_by_test_id("status")).to_have_text(status)


def test_agent_submits_sees_flagged_phrase_and_reviewer_approves_correction(page, live_server, city, staff):
    """BJ-38-3, BJ-39-2, BJ-39-1: the returned posting marks “限男”; the corrected version is approved and listed."""
    calendar_years_seed_from_package()
    employer = make_registered_employer(staff.s11_officer, city.s11)
    make_agent(employer, "agent-browser")
    valid_until = (timezone.localdate() + dt.timedelta(days=30)).isoformat()

    # The agent submits online.
    log_in(page, live_server, "agent-browser")
    submit_posting(page, live_server, valid_until=valid_until)

    # The district reviewer returns it: the screening finding blocks approval.
    log_in(page, live_server, "d1-counsellor")
    open_in_queue(page, live_server, "仓库分拣员")
    expect(page.get_by_test_id("findings")).to_contain_text("限男")
    review_all_pass(page)
    expect(page.get_by_test_id("status")).to_have_text("退回修改")

    # The agent sees the one-time notice with the phrase highlighted, and corrects.
    log_in(page, live_server, "agent-browser")
    open_own_posting(page, live_server, "仓库分拣员", "退回修改")
    expect(page.locator("[data-field=requirements] mark")).to_have_text("限男")
    expect(page.get_by_test_id("defects")).to_contain_text("性别")
    page.get_by_role("link", name="修改并重新提交").click()
    page.get_by_label("招录条件").fill("高中以上学历。")
    page.get_by_role("button", name="重新提交审核").click()
    expect(page.get_by_test_id("status")).to_have_text("待审核")
    expect(page.locator("[data-field=requirements] mark")).to_have_count(0)

    # The reviewer approves version 2: published at once and on the public list.
    log_in(page, live_server, "d1-counsellor")
    open_in_queue(page, live_server, "仓库分拣员")
    review_all_pass(page)
    expect(page.get_by_test_id("status")).to_have_text("已发布")
    vacancy = Vacancy.objects.get()
    assert vacancy.published_version.number == 2
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/vacancies/public/?q=分拣")
    expect(page.get_by_test_id("public-vacancies")).to_contain_text("仓库分拣员")
