"""Browser: a counsellor sees an overdue duty on "my work"; after late completion the district head sees it late."""
import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import PASSWORD, make_user
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule
from careerguide.job_seekers.tests.factories import make_job_seeker

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()


def test_overdue_duty_then_late_in_early_warning(page, live_server, city, staff):
    """BJ-58-1: overdue on the worklist with its clause; late completion shows in the early-warning view."""
    today = timezone.localdate()
    seeker = make_job_seeker(staff.s11_counsellor, city.s11, full_name="浏览器回访对象")
    duty_schedule(actor=staff.s11_counsellor, subject=seeker,
                  spec=DutySpec(kind="browser.visit", title="上岗后回访", clause="BJ-27-7", due_date=today - dt.timedelta(days=2),
                                unit=city.s11, assignee=staff.s11_counsellor, link=f"/job-seekers/{seeker.pk}/"))
    log_in(page, live_server, "s11-counsellor")
    overdue = page.get_by_test_id("overdue")
    expect(overdue).to_contain_text("上岗后回访")
    expect(overdue).to_contain_text("BJ-27-7")
    overdue.get_by_role("link", name="办理").click()
    expect(page.locator("h1")).to_have_text("浏览器回访对象")

    duties_fulfil_for_subject(actor=staff.s11_counsellor, subject=seeker, kind="browser.visit", on=today)
    make_user("d1-head-2", city.d1, [Role.UNIT_HEAD], full_name="甲区副主任")
    page.get_by_role("button", name="退出").click()
    log_in(page, live_server, "d1-head-2")
    page.get_by_role("link", name="质量监测预警").click()
    row = page.get_by_test_id("by-unit").locator("tr", has_text="甲区一街道")
    expect(row).to_contain_text("0%")
    expect(row.locator("td").nth(4)).to_have_text("1")
