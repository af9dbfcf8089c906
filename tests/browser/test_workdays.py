"""Browser journey: a city administrator loads next year's working-day calendar."""
import pytest
from playwright.sync_api import expect

from careerguide.workdays.services import calendar_years_seed_from_package
from careerguide.workdays.tests.samples import TEST_2027_CSV

from .test_shell import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_city_admin_imports_2027_after_a_refused_attempt(page, live_server, city, staff):
    """BJ-21-8, CZ-7-9: the calendar is loaded by a city administrator; a bad schedule saves nothing."""
    calendar_years_seed_from_package()  # a transactional test may run on a flushed database
    log_in(page, live_server, "city-admin")
    page.goto(f"{live_server.url}/workdays/?year=2026")
    expect(page.get_by_test_id("calendar-days")).to_contain_text("调休上班日")
    page.get_by_role("link", name="导入年度日历").click()

    page.get_by_role("spinbutton", name="年度").fill("2027")
    page.get_by_label("或直接粘贴内容").fill("date,kind,name\n2027-01-01,holiday,元旦\n2027-01-04,makeup_workday,元旦\n")
    page.get_by_role("button", name="导入").click()
    expect(page.get_by_test_id("form-errors")).to_contain_text("2027-01-04（星期一）是工作日，不能登记为调休上班日")

    page.get_by_label("或直接粘贴内容").fill(TEST_2027_CSV)
    page.get_by_role("button", name="导入").click()
    expect(page.get_by_role("alert").first).to_contain_text("2027年的工作日历已载入。")
    expect(page.get_by_test_id("calendar-years")).to_contain_text("2027")
    expect(page.get_by_test_id("calendar-days")).to_contain_text("2027-10-09")
