"""The demo city as `seed_demo` builds it, in Chromium: a street counsellor's workbench and the city's
labour-market charts have content for the default period.  The two pages are saved in a temporary folder; with
UPDATE_SCREENSHOTS=1 they replace the README's screenshots (docs/screenshots/)."""
import io
import os
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from careerguide.common.demo_data import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
README_SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def screenshots(tmp_path):
    return README_SCREENSHOTS if os.environ.get("UPDATE_SCREENSHOTS") == "1" else tmp_path


@pytest.fixture
def demo_city():
    """The full demo city; transactional tests start from flushed tables, so the reference data first."""
    from careerguide.occupations.services import occupations_seed_defaults

    occupations_seed_defaults()
    call_command("seed_demo", stdout=io.StringIO())


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="登录").click()
    expect(page).to_have_url(re.compile(r"/work/$"))


def test_demo_workbench_and_labour_market_charts(page, live_server, demo_city, screenshots):
    screenshots.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1280, "height": 860})

    log_in(page, live_server, "s0101.counsellor")
    expect(page.get_by_test_id("overdue")).to_be_visible()
    expect(page.get_by_test_id("overdue").locator("tbody tr").first).to_be_visible()
    page.screenshot(path=str(screenshots / "workbench.png"))

    page.context.clear_cookies()
    log_in(page, live_server, "city.analyst")
    page.goto(f"{live_server.url}/labour-market/")
    totals = page.get_by_test_id("totals")
    supply, demand = (int(n) for n in re.findall(r"(?:求职人数|需求人数) (\d+)", totals.inner_text()))
    assert supply > 20 and demand > 20  # the month so far, not a handful
    expect(page.get_by_test_id("ratios").locator("tbody tr")).not_to_have_count(1)
    expect(page.locator("#chart-ratio canvas")).to_be_visible()
    expect(page.locator("#chart-age canvas")).to_be_visible()
    page.wait_for_timeout(600)  # the charts' entry animation
    page.screenshot(path=str(screenshots / "labour-market.png"))
