"""Browser journey: a job seeker asks on the portal to correct their name, the street's counsellor accepts it, and
the person page shows the new name (PIPL art. 46; deadline and audit per BJ-51-2)."""
import pytest
from playwright.sync_api import expect

from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.workdays.services import calendar_years_seed_from_package

from .helpers import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.req("BJ-51-2")
def test_a_correction_requested_on_the_portal_is_accepted_and_shown(page, live_server, city, staff):
    """BJ-51-2 in the browser: the request is listed with its deadline, the counsellor accepts it and the record
    shows the corrected name."""
    calendar_years_seed_from_package()
    seeker = register_job_seeker(staff.s11_counsellor, city.s11, full_name="王小明", portal_user=staff.seeker_user)
    log_in(page, live_server, "portal-seeker")
    page.goto(f"{live_server.url}/me/privacy/")
    expect(page.get_by_test_id("my-data")).to_contain_text("王小明")
    page.get_by_label("要更正的项目").select_option("full_name")
    page.get_by_label("更正后的信息").fill("王晓明")
    page.get_by_role("button", name="提交更正申请").click()
    expect(page.get_by_test_id("my-requests")).to_contain_text("待答复")
    expect(page.get_by_test_id("my-requests")).to_contain_text("王晓明")

    page.context.clear_cookies()
    log_in(page, live_server, "s11-counsellor")
    page.goto(f"{live_server.url}/privacy/requests/")
    page.get_by_test_id("requests").get_by_role("link").first.click()
    expect(page.get_by_test_id("requested-value")).to_have_text("王晓明")
    page.get_by_role("button", name="同意并更正").click()
    expect(page.get_by_test_id("status")).to_have_text("已更正")
    page.goto(f"{live_server.url}/job-seekers/{seeker.pk}/")
    expect(page.locator("h1")).to_have_text("王晓明")
