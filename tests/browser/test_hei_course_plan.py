"""Browser journey: an HEI's career-course plan is entered with its segments by year, a segment without credits is
refused in Chinese, and the curriculum compliance report is opened (SD-13-2, SD-13-3, SD-13-4, SD-13-5, SD-13-7)."""
import pytest
from django.utils import timezone
from playwright.sync_api import expect

from careerguide.accounts.tests.factories import PASSWORD
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.services import unit_create
from careerguide.workforce.services import register

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()


def test_course_plan_entered_and_compliance_report_opened(page, live_server, city, staff):
    """SD-13-2 (required course), SD-13-3 (starts in year 1), SD-13-4 (credits per year; none is refused), SD-13-5
    (blended delivery), SD-13-7 (the HEI's line in the compliance report)."""
    year = timezone.localdate().year
    university = unit_create(actor=None, name="某职业技术大学", code="T-U1", level=UnitLevel.STREET, parent=city.d1)
    register.organisation_profile_set(actor=staff.city_admin, unit=university, org_type="hei", enrolled_students=4000)
    log_in(page, live_server, "city-admin")
    page.goto(f"{live_server.url}/workforce/hei/")
    page.get_by_role("link", name="登记职业发展与就业指导课程计划").click()
    page.get_by_label("高校").select_option(label="某职业技术大学")
    page.get_by_label("教学计划年度").fill(str(year))
    page.get_by_label("课程名称").fill("大学生职业发展与就业指导")
    page.get_by_label("课程性质").select_option("required")
    page.get_by_label("学制（年）").fill("3")
    page.get_by_label("授课方式").select_option("blended")
    page.get_by_label("课程平台").fill("智慧职教")
    page.get_by_role("button", name="保存").click()
    expect(page.get_by_test_id("plans")).to_contain_text("某职业技术大学")
    page.get_by_test_id("plans").get_by_role("link").first.click()
    for year_of_study, title, credits in (("1", "生涯认知与规划", "0"), ("1", "生涯认知与规划", "1"),
                                          ("3", "求职实务与就业安全", "1")):
        page.get_by_role("link", name="分年级安排").first.click()
        page.get_by_label("年级").fill(year_of_study)
        page.get_by_label("教学内容").fill(title)
        page.get_by_label("学分").fill(credits)
        if year_of_study == "3":
            page.get_by_label("就业安全教育：风险防范意识").check()
            page.get_by_label("就业安全教育：维护就业权益").check()
        page.get_by_role("button", name="保存").click()
        if credits == "0":
            expect(page.get_by_test_id("form-errors")).to_be_visible()
            expect(page.get_by_test_id("form-errors")).to_contain_text("学分")
            page.get_by_role("link", name="取消").click()
    expect(page.get_by_test_id("segments")).to_contain_text("求职实务与就业安全")
    expect(page.get_by_test_id("segments")).not_to_contain_text("0.0")
    page.goto(f"{live_server.url}/workforce/hei/")
    page.get_by_role("link", name="课程体系合规情况").click()
    row = page.get_by_test_id("curriculum").get_by_role("row", name="某职业技术大学")
    expect(row).to_contain_text("必修课")
    expect(row).to_contain_text("线上线下相结合")
    expect(row).to_contain_text("1年级1")
