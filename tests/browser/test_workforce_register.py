"""Browser: a unit head registers a counsellor, sees the BJ-61-1 warning, records training and sees the hours."""
import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from careerguide.accounts.tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()


def test_register_counsellor_and_record_training(page, live_server, city, staff):
    """BJ-60-1, BJ-61-1, BJ-69-2, BJ-69-3: registration, certificate warning, mandatory assessment, hours report."""
    today = timezone.localdate()
    log_in(page, live_server, "d1-head")
    page.goto(f"{live_server.url}/workforce/")
    page.get_by_role("link", name="登记人员").click()
    page.get_by_label("姓名").fill("韩雪")
    page.get_by_label("专(兼)职").select_option("part_time")
    page.get_by_label("职业指导人员").check()
    page.get_by_label("入职日期").fill(dt.date(today.year, 1, 1).isoformat())
    page.get_by_role("button", name="保存").click()
    expect(page.locator("h1")).to_have_text("韩雪")
    expect(page.get_by_test_id("warning").first).to_contain_text("职业指导人员")
    page.get_by_role("link", name="登记培训").click()
    page.get_by_label("培训机构").fill("市就业训练中心")
    page.get_by_label("开始日期").fill(today.isoformat())
    page.get_by_label("结束日期").fill(today.isoformat())
    page.get_by_label("学时").fill("12")
    page.get_by_role("button", name="保存").click()
    expect(page.locator(".invalid-feedback, .alert-danger").first).to_contain_text("考评结果")
    page.get_by_label("考评结果").select_option("passed")
    page.get_by_role("button", name="保存").click()
    expect(page.get_by_test_id("trainings")).to_contain_text("12")
    page.goto(f"{live_server.url}/workforce/training-hours/")
    expect(page.get_by_test_id("hours")).to_contain_text("韩雪")
