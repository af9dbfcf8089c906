"""Browser journeys in Debian's Chromium: log in, see the workbench, register a job seeker, reveal, timeline."""
import re

import pytest
from playwright.sync_api import expect

from careerguide.accounts.tests.factories import PASSWORD
from careerguide.audit.models import AuditEvent

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
ID = "11010519491231002X"


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()


def test_public_home_and_login_page_are_chinese(page, live_server):
    page.goto(live_server.url + "/")
    expect(page.locator("h1")).to_have_text("公共就业服务与职业指导")
    assert page.evaluate("document.documentElement.lang") == "zh-hans"
    page.get_by_role("link", name="登录").first.click()
    expect(page.get_by_role("button", name="登录")).to_be_visible()


def test_counsellor_registers_a_walk_in_and_reveals_the_id(page, live_server, city, staff):
    """BJ-51-2 and BJ-17-6 in the browser: masked on screen, reveal on request (audited), timeline shows it."""
    log_in(page, live_server, "s11-counsellor")
    expect(page.get_by_test_id("whoami")).to_contain_text("甲区一街道")
    expect(page.get_by_test_id("whoami")).to_contain_text("职业指导人员")
    page.get_by_role("link", name="求职者").click()
    page.get_by_role("link", name="登记求职者").click()

    # A wrong check digit is refused with a Chinese message naming the field.
    page.get_by_label("姓名").fill("赵一鸣")
    page.get_by_label("身份证号码").fill("110105194912310021")
    page.get_by_role("button", name="保存").click()
    expect(page.get_by_test_id("form-errors")).to_contain_text("身份证号码：身份证号码校验位不正确")

    page.get_by_label("身份证号码").fill(ID)
    page.get_by_label("联系电话").fill("13812345678")
    page.get_by_role("button", name="保存").click()
    expect(page.locator("h1")).to_have_text("赵一鸣")
    expect(page.get_by_test_id("masked-id_number")).to_have_text("110105********002X")

    page.get_by_test_id("reveal-id_number").click()
    expect(page.get_by_test_id("revealed")).to_have_text(ID)
    assert AuditEvent.objects.filter(action="reveal", actor=staff.s11_counsellor).count() == 1

    page.get_by_role("link", name="服务留痕").click()
    expect(page.get_by_test_id("timeline")).to_contain_text("查看完整个人信息")
    expect(page.get_by_test_id("timeline")).to_contain_text("BJ-11-1")


def test_other_district_gets_not_found(page, live_server, city, staff):
    """BJ-4-3: out of jurisdiction is a plain 404 in the browser."""
    from careerguide.job_seekers.tests.factories import make_job_seeker

    seeker = make_job_seeker(staff.s11_counsellor, city.s11)
    log_in(page, live_server, "d2-counsellor")
    expect(page).to_have_url(re.compile(r"/work/$"))
    response = page.goto(f"{live_server.url}/job-seekers/{seeker.pk}/")
    assert response.status == 404
