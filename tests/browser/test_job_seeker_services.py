"""Browser journeys: a walk-in registered, graded and booked for specialized guidance; an online booking."""
import pytest
from playwright.sync_api import expect

from careerguide.accounts.tests.factories import PASSWORD
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.job_seekers.tests.helpers import person_id
from careerguide.workdays.services import calendar_years_seed_from_package

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
ID = person_id(700)


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()


def test_counsellor_registers_grades_and_books_specialized_guidance(page, live_server, city, staff):
    """BJ-11-1, BJ-12-3, BJ-14-3, BJ-17-3 in the browser: the ledger shows each step."""
    calendar_years_seed_from_package()
    log_in(page, live_server, "s11-counsellor")
    page.goto(f"{live_server.url}/job-seekers/new/")
    page.get_by_label("姓名").fill("冯窗口")
    page.get_by_label("身份证号码", exact=False).first.fill(ID)
    page.get_by_label("学历").select_option("junior_secondary")
    page.get_by_label("失业开始日期").fill("2023-01-01")
    page.get_by_role("button", name="保存").click()
    expect(page.get_by_test_id("form-errors")).to_have_count(0)
    expect(page.locator("h1")).to_have_text("冯窗口")
    expect(page.get_by_test_id("ledger")).to_contain_text("求职登记（前台接待）")

    page.get_by_role("button", name="就业困难程度评估").click()
    expect(page.get_by_test_id("grading-factors")).to_contain_text("失业时长")
    page.get_by_role("link", name="冯窗口").click()
    expect(page.get_by_test_id("ledger")).to_contain_text("就业困难程度评估")

    page.get_by_role("link", name="预约登记").click()
    page.get_by_label("指导需求").fill("希望明确转岗方向")
    page.get_by_label("指导类型").select_option("specialized")
    page.get_by_role("button", name="保存").click()
    expect(page.get_by_test_id("appointments")).to_contain_text("专门指导")
    expect(page.get_by_test_id("ledger")).to_contain_text("预约登记：专门指导")


def test_job_seeker_books_guidance_online(page, live_server, city, staff):
    """BJ-14-6 in the browser: the booking goes to the district of habitual residence."""
    calendar_years_seed_from_package()
    seeker = register_job_seeker(staff.s11_counsellor, city.s11, profile={"habitual_district": city.d2.pk,
                                                                          "platform_permission": True})
    seeker.portal_user = staff.seeker_user
    seeker.save()
    log_in(page, live_server, "portal-seeker")
    page.goto(f"{live_server.url}/me/job-seeking/")
    page.get_by_role("link", name="网上预约就业指导").click()
    page.get_by_label("指导需求").fill("面试技巧")
    page.get_by_label("指导类型").select_option("specialized")
    page.get_by_role("button", name="提交").click()
    expect(page.get_by_test_id("my-appointments")).to_contain_text("开发区就业服务中心")
