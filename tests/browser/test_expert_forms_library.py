"""Browser journey: a district head enrols an expert into the county library, is refused in Chinese
first, and a counsellor then draws a review panel with recusal (SD-9-1, SD-9-4)."""
import random

import pytest
from playwright.sync_api import expect

from careerguide.accounts.tests.factories import PASSWORD
from careerguide.common.demo import synthetic_resident_id

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()


def test_enrol_refused_then_saved_and_panel_drawn(page, live_server, city, staff):
    """SD-9-1: enrolment form with a Chinese refusal and nothing saved; SD-9-4: the drawn panel names the
    recused expert."""
    log_in(page, live_server, "d1-head")
    page.goto(f"{live_server.url}/experts/library/enrol/")
    page.get_by_label("专家库层级").select_option("county")
    page.get_by_label("姓名").fill("宋知行")
    page.get_by_label("身份证号码").fill("370102198002021230")
    page.get_by_label("所在单位").fill("甲区某大学")
    page.get_by_label("专业领域").fill("职业生涯规划")
    page.get_by_label("职称或技能等级").fill("副教授")
    page.get_by_label("聘期开始").fill("2026-01-01")
    page.get_by_label("聘期结束").fill("2029-12-31")
    page.get_by_role("button", name="提交").click()
    expect(page.get_by_test_id("form-errors")).to_contain_text("请填写有效的居民身份证号码")
    page.get_by_label("身份证号码").fill(synthetic_resident_id(random.Random(4), region="370102"))
    page.get_by_role("button", name="提交").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("宋知行")
    page.goto(f"{live_server.url}/experts/library/draw/")
    page.get_by_label("用途").select_option("review")
    page.get_by_label("活动").fill("技能竞赛评审")
    page.get_by_label("日期").fill("2026-05-01")
    page.get_by_label("评审或评价对象所在单位").fill("甲区某大学")
    page.get_by_label("抽取人数").fill("1")
    page.get_by_role("button", name="抽取").click()
    expect(page.get_by_test_id("form-errors")).to_contain_text("回避后可抽取的专家只有0名")
