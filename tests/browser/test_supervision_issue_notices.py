"""Browser: a district head records a street's problem, notifies it three times and only then may hold the warning
interview (BJ-58-4)."""
import re

import pytest
from playwright.sync_api import expect

from careerguide.accounts.tests.factories import PASSWORD
from careerguide.supervision.models import NoticeItem, SupervisionIssue

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()


def test_warning_interview_is_offered_only_from_the_third_notice(page, live_server, city, staff):
    """BJ-56-5 the problem is assigned to the street; BJ-58-3 each notice is recorded with its date; BJ-58-4 the
    warning-interview action appears at the 3rd notice, not before, and the interview is recorded; BJ-58-6 statuses."""
    log_in(page, live_server, "d1-head")
    expect(page).to_have_url(re.compile(r"/work/$"))
    page.goto(f"{live_server.url}/supervision/issues/new/")
    page.get_by_label("整改机构").select_option(label=city.s11.name)
    page.locator("#id_title").fill("个人服务台账未记录跟踪回访")
    page.get_by_role("button", name="保存").click()
    expect(page.locator("h1")).to_have_text("个人服务台账未记录跟踪回访")
    expect(page.get_by_test_id("issue-status")).to_have_text("已发现")

    for n, status in ((1, "已通报（第1次）"), (2, "已通报（第2次）")):
        page.get_by_label("通报内容").fill(f"第{n}次通报：请限期整改")
        page.get_by_role("button", name="发出通报").click()
        expect(page.get_by_test_id("issue-status")).to_have_text(status)
        expect(page.get_by_test_id("notice-count")).to_have_text(str(n))
        expect(page.get_by_test_id("action-interview")).to_have_count(0)
    page.get_by_label("通报内容").fill("第3次通报：仍未有效整改")
    page.get_by_role("button", name="发出通报").click()
    expect(page.get_by_test_id("issue-status")).to_have_text("已通报（3次及以上）")
    expect(page.get_by_test_id("action-interview")).to_be_visible()
    expect(page.get_by_test_id("issue-notices").locator("tbody tr")).to_have_count(3)

    page.get_by_label("约谈对象（主要负责人）").fill("一街道主任")
    page.get_by_label("约谈记录").fill("责令一个月内整改到位")
    page.get_by_role("button", name="记录警示约谈").click()
    expect(page.get_by_test_id("issue-status")).to_have_text("已警示约谈")
    expect(page.get_by_test_id("action-interview")).to_have_count(0)
    issue = SupervisionIssue.objects.get()
    assert (issue.status, issue.interview_principal) == ("warning_interview", "一街道主任")
    assert list(NoticeItem.objects.filter(issue=issue).order_by("sequence").values_list("sequence", flat=True)) == [1, 2, 3]

    page.get_by_test_id("issue-notices").get_by_role("link").first.click()
    expect(page.get_by_test_id("notice-issues")).to_contain_text("个人服务台账未记录跟踪回访")
