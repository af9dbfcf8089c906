"""Login, lockout, password change, session expiry and roles."""
import pytest
from django.conf import settings
from django.urls import reverse

from careerguide.accounts.models import User
from careerguide.accounts.roles import Role, UserKind
from careerguide.accounts.services import user_create, user_unlock
from careerguide.accounts.tests.factories import PASSWORD
from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError

pytestmark = pytest.mark.django_db


def login(client, username, password):
    return client.post(reverse("accounts:login"), {"username": username, "password": password})


def test_staff_login_lands_on_workbench(client, staff):
    response = login(client, "s11-counsellor", PASSWORD)
    assert response.status_code == 302
    response = client.get(response.url, follow=True)
    assert response.redirect_chain[-1][0] == reverse("workbench:home")
    assert "一街道指导员" in response.content.decode()


def test_wrong_password_message_is_chinese(client, staff):
    response = login(client, "s11-counsellor", "wrong")
    assert "用户名或密码不正确" in response.content.decode()


def test_lockout_after_repeated_failures(client, staff):
    """After LOGIN_FAILURE_LIMIT failures even the right password is refused until unlocked, and the lock is audited."""
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        login(client, "s11-counsellor", "wrong")
    user = User.objects.get(username="s11-counsellor")
    assert user.failed_login_count == settings.LOGIN_FAILURE_LIMIT - 1 and not user.is_locked()
    login(client, "s11-counsellor", "wrong")
    user.refresh_from_db()
    assert user.is_locked()
    assert AuditEvent.objects.filter(object_type="accounts.user", object_id=str(user.pk), action="lock").count() == 1
    response = login(client, "s11-counsellor", PASSWORD)
    assert response.status_code == 200 and "已被锁定" in response.content.decode()
    user_unlock(actor=staff.city_admin, user=user)
    assert login(client, "s11-counsellor", PASSWORD).status_code == 302


def test_success_resets_the_failure_count(client, staff):
    login(client, "s11-counsellor", "wrong")
    login(client, "s11-counsellor", PASSWORD)
    assert User.objects.get(username="s11-counsellor").failed_login_count == 0


def test_sessions_expire():
    assert settings.SESSION_COOKIE_AGE == 30 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST and settings.SESSION_EXPIRE_AT_BROWSER_CLOSE


def test_expired_session_is_sent_to_login(client, staff):
    client.force_login(staff.s11_counsellor)
    session = client.session
    session.set_expiry(-1)
    session.save()
    response = client.get(reverse("workbench:home"))
    assert response.status_code == 302 and response.url.startswith(reverse("accounts:login"))


def test_first_login_must_change_password(client, city):
    user_create(actor=None, username="fresh", full_name="新人", password=PASSWORD, unit=city.s11, roles=[Role.COUNSELLOR])
    client.post(reverse("accounts:login"), {"username": "fresh", "password": PASSWORD})
    assert client.get(reverse("workbench:home")).url == reverse("accounts:password_change")
    response = client.post(reverse("accounts:password_change"), {
        "old_password": PASSWORD, "new_password": "another-good-pass-7", "new_password_again": "another-good-pass-7"})
    assert response.status_code == 302
    assert client.get(reverse("workbench:home")).status_code == 200
    assert AuditEvent.objects.filter(object_type="accounts.user", action="password_change").count() == 1


def test_password_change_rejects_wrong_old_password(client, staff):
    client.force_login(staff.s11_counsellor)
    response = client.post(reverse("accounts:password_change"), {
        "old_password": "nope", "new_password": "another-good-pass-7", "new_password_again": "another-good-pass-7"})
    assert "原密码不正确" in response.content.decode()
    staff.s11_counsellor.refresh_from_db()
    assert staff.s11_counsellor.check_password(PASSWORD)


def test_logout_requires_post(client, staff):
    client.force_login(staff.s11_counsellor)
    assert client.get(reverse("accounts:logout")).status_code == 405
    assert client.post(reverse("accounts:logout")).status_code == 302
    assert client.get(reverse("workbench:home")).status_code == 302


def test_staff_must_belong_to_a_unit_and_roles_are_staff_only(city):
    """BJ-4-1: every staff user belongs to exactly one agency."""
    with pytest.raises(DomainError):
        user_create(actor=None, username="nounit", full_name="x", password=PASSWORD, roles=[Role.COUNSELLOR])
    with pytest.raises(DomainError):
        user_create(actor=None, username="seeker", full_name="x", password=PASSWORD, kind=UserKind.JOB_SEEKER, roles=[Role.COUNSELLOR])
    with pytest.raises(DomainError):
        user_create(actor=None, username="weak", full_name="x", password="123", unit=city.s11)
    assert not User.objects.filter(username__in=["nounit", "seeker", "weak"]).exists()


def test_portal_user_cannot_open_the_workbench(client, staff):
    client.force_login(staff.seeker_user)
    assert client.get(reverse("workbench:home")).status_code == 403
    assert client.get(reverse("accounts:after_login")).url == reverse("portal:me")
