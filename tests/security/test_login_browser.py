"""The lockout in the browser: five wrong passwords, then even the right one is refused with a Chinese message."""
import pytest
from django.conf import settings
from playwright.sync_api import expect

from careerguide.accounts.tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def submit(page, live_server, password):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill("s11-counsellor")
    page.get_by_label("密码").fill(password)
    page.get_by_role("button", name="登录").click()


def test_lockout_through_the_login_page(page, live_server, city, staff):
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        submit(page, live_server, "wrong-password")
        expect(page.get_by_test_id("form-errors")).to_contain_text("用户名或密码不正确")
    submit(page, live_server, PASSWORD)
    expect(page.get_by_test_id("form-errors")).to_contain_text("已被锁定")
    expect(page).to_have_url(f"{live_server.url}/accounts/login/")
