"""Browser journey: anyone searches the expert directory and reads the appointment notice (CZ-11-7, CZ-7-8)."""
import pytest
from playwright.sync_api import expect

from careerguide.experts.tests.factories import appointed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_public_searches_directory_and_reads_notice_dates(page, live_server, city, staff):
    """CZ-11-7: search by area of expertise without logging in; CZ-7-8: the notice shows its explicit dates;
    CZ-11-5: no ID number on the page."""
    m = appointed(staff, city)
    page.goto(f"{live_server.url}/public/experts/")
    page.get_by_label("擅长领域").fill("生涯")
    page.get_by_role("button", name="查询").click()
    expect(page.get_by_test_id("directory")).to_contain_text("林知远")
    expect(page.get_by_test_id("directory")).not_to_contain_text(m.id_number)
    page.get_by_label("擅长领域").fill("无此领域")
    page.get_by_role("button", name="查询").click()
    expect(page.get_by_test_id("directory")).to_contain_text("没有符合条件的专家")
    page.goto(f"{live_server.url}/public/experts/notices/")
    page.get_by_role("link", name="拟聘任人选公示").click()
    expect(page.get_by_test_id("notice-period")).to_contain_text("2025年9月28日至2025年10月10日 24:00")
    expect(page.get_by_test_id("notice-list")).to_contain_text("林知远")
