"""Login through the real page: lockout after repeated failures and its end, the password policy with Chinese
messages, idle and browser-close session expiry."""
import datetime as dt

import pytest
import time_machine
from django.conf import settings
from django.test import Client
from django.urls import reverse

from careerguide.accounts.models import User
from careerguide.accounts.tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def login(client, username, password):
    return client.post(reverse("accounts:login"), {"username": username, "password": password})


def later(minutes):
    return dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=minutes)


def test_lockout_backs_off_and_ends(staff):
    client = Client()
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        assert "用户名或密码不正确" in login(client, "s11-counsellor", "wrong-password").content.decode()
    locked = login(client, "s11-counsellor", PASSWORD)
    assert locked.status_code == 200 and "已被锁定" in locked.content.decode()
    with time_machine.travel(later(settings.LOGIN_LOCKOUT_MINUTES - 1)):
        assert "已被锁定" in login(client, "s11-counsellor", PASSWORD).content.decode()
    with time_machine.travel(later(settings.LOGIN_LOCKOUT_MINUTES + 1)):
        assert login(client, "s11-counsellor", PASSWORD).status_code == 302


def test_unknown_users_get_the_same_answer(staff):
    """No hint whether an account exists."""
    client = Client()
    known = login(client, "s11-counsellor", "wrong-password").content.decode()
    unknown = login(client, "nobody-here", "wrong-password").content.decode()
    assert "用户名或密码不正确" in known and "用户名或密码不正确" in unknown


def test_the_validators_are_configured():
    names = {v["NAME"].rsplit(".", 1)[1]: v.get("OPTIONS", {}) for v in settings.AUTH_PASSWORD_VALIDATORS}
    assert set(names) == {"UserAttributeSimilarityValidator", "MinimumLengthValidator", "CommonPasswordValidator",
                          "NumericPasswordValidator"}
    assert names["MinimumLengthValidator"]["min_length"] >= 10


@pytest.mark.parametrize("password,message", [
    ("Ab1!x", "密码长度太短，至少需要10个字符"),
    ("password123", "这个密码太常见了"),
    ("83920174650183", "密码只包含数字"),
    ("s11-counsellor1", "太相似"),
])
def test_password_policy_messages_are_chinese(client, staff, password, message):
    client.force_login(staff.s11_counsellor)
    response = client.post(reverse("accounts:password_change"), {
        "old_password": PASSWORD, "new_password": password, "new_password_again": password})
    html = response.content.decode()
    assert response.status_code == 200 and message in html and "新密码：" in html
    assert User.objects.get(pk=staff.s11_counsellor.pk).check_password(PASSWORD)


def test_an_idle_session_expires(staff):
    client = Client()
    login(client, "s11-counsellor", PASSWORD)
    assert client.get(reverse("workbench:home")).status_code == 200
    with time_machine.travel(later(settings.SESSION_COOKIE_AGE // 60 - 5)):
        assert client.get(reverse("workbench:home")).status_code == 200     # activity renews it
    with time_machine.travel(later(settings.SESSION_COOKIE_AGE // 60 + 30)):
        response = client.get(reverse("workbench:home"))
    assert response.status_code == 302 and response.url.startswith(reverse("accounts:login"))


def test_the_session_cookie_ends_with_the_browser(staff):
    client = Client()
    login(client, "s11-counsellor", PASSWORD)
    response = client.get(reverse("workbench:home"))
    cookie = response.cookies["sessionid"]
    assert cookie["expires"] == "" and cookie["max-age"] == "" and cookie["httponly"]
