"""Optional TOTP second factor for staff: enrolment from the account page, the code asked at login,
and units whose staff a city administrator requires to use it."""
import datetime as dt
import re

import pytest
import time_machine
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from careerguide.accounts.models import SecondFactorRequirement
from careerguide.accounts.services import second_factor_requirement_set
from careerguide.accounts.tests.factories import PASSWORD
from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError

pytestmark = pytest.mark.django_db


def code_for(device, offset=0) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = totp.time + offset * device.step
    return f"{totp.token():06d}"


def later(seconds):
    return dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=seconds)


def enrol(client, user):
    client.force_login(user)
    page = client.get(reverse("accounts:security")).content.decode()
    assert "data:image/svg+xml" in page and re.search(r'data-testid="second-factor-secret">[A-Z2-7 ]{20,}<', page)
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post(reverse("accounts:security"), {"action": "confirm", "token": code_for(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    client.logout()
    return device


def test_enrolment_needs_a_correct_code(client, staff):
    client.force_login(staff.s11_counsellor)
    client.get(reverse("accounts:security"))
    response = client.post(reverse("accounts:security"), {"action": "confirm", "token": "000000"})
    assert "验证码不正确或已过期" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=staff.s11_counsellor, confirmed=True).exists()


def test_login_asks_for_the_code_after_the_password(client, staff):
    device = enrol(client, staff.s11_counsellor)
    assert AuditEvent.objects.filter(action="second_factor_enrol", object_id=str(staff.s11_counsellor.pk)).exists()
    response = client.post(reverse("accounts:login"), {"username": "s11-counsellor", "password": PASSWORD})
    assert response.url == reverse("accounts:login_code")
    assert client.get(reverse("workbench:home")).status_code == 302          # not signed in yet
    page = client.post(reverse("accounts:login_code"), {"token": "123456"}).content.decode()
    assert "验证码不正确或已过期" in page
    with time_machine.travel(later(60), tick=False):   # django-otp's back-off: wait after a wrong code
        device.refresh_from_db()
        response = client.post(reverse("accounts:login_code"), {"token": code_for(device)})
    assert response.status_code == 302
    assert client.get(reverse("workbench:home")).status_code == 200


def test_a_wrong_code_backs_off_even_the_right_one(client, staff):
    device = enrol(client, staff.s11_counsellor)
    client.post(reverse("accounts:login"), {"username": "s11-counsellor", "password": PASSWORD})
    client.post(reverse("accounts:login_code"), {"token": "000000"})
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    response = client.post(reverse("accounts:login_code"), {"token": code_for(device)})
    assert response.status_code == 200 and "验证码不正确" in response.content.decode()


def test_the_code_step_expires(client, staff):
    enrol(client, staff.s11_counsellor)
    client.post(reverse("accounts:login"), {"username": "s11-counsellor", "password": PASSWORD})
    with time_machine.travel(later(600)):
        response = client.get(reverse("accounts:login_code"), follow=True)
    assert "登录已超时" in response.content.decode()


def test_a_unit_can_require_it(client, staff):
    second_factor_requirement_set(actor=staff.city_admin, unit=staff.s11_counsellor.unit.parent, required=True)
    client.post(reverse("accounts:login"), {"username": "s11-counsellor", "password": PASSWORD})
    response = client.get(reverse("workbench:home"))
    assert response.url == reverse("accounts:security")
    api = client.get("/api/accounts/me")
    assert api.status_code == 403 and api.json()["code"] == "second_factor_required"
    client.get(reverse("accounts:security"))
    device = TOTPDevice.objects.get(user=staff.s11_counsellor, confirmed=False)
    client.post(reverse("accounts:security"), {"action": "confirm", "token": code_for(device)})
    assert client.get(reverse("workbench:home")).status_code == 200
    response = client.post(reverse("accounts:security"), {"action": "remove"}, follow=True)
    assert "不能关闭" in response.content.decode()
    assert TOTPDevice.objects.filter(user=staff.s11_counsellor, confirmed=True).exists()


def test_staff_elsewhere_are_not_affected(client, staff):
    second_factor_requirement_set(actor=staff.city_admin, unit=staff.d2_counsellor.unit, required=True)
    client.post(reverse("accounts:login"), {"username": "s11-counsellor", "password": PASSWORD})
    assert client.get(reverse("workbench:home")).status_code == 200


def test_only_city_admins_set_the_requirement(client, staff):
    with pytest.raises(DomainError):
        second_factor_requirement_set(actor=staff.d1_head, unit=staff.d1_head.unit, required=True)
    client.force_login(staff.d1_head)
    assert client.get(reverse("accounts:second_factor_units")).status_code == 403
    client.force_login(staff.city_admin)
    page = client.get(reverse("accounts:second_factor_units")).content.decode()
    assert "甲区就业服务中心" in page
    client.post(reverse("accounts:second_factor_units"), {"unit": staff.d1_head.unit.pk, "required": "1"})
    assert SecondFactorRequirement.objects.get(unit=staff.d1_head.unit).required
    assert client.post(reverse("accounts:second_factor_units"), {"unit": "abc", "required": "1"}).status_code == 404


def test_staff_may_switch_an_optional_factor_off(client, staff):
    enrol(client, staff.s11_counsellor)
    client.force_login(staff.s11_counsellor)
    client.post(reverse("accounts:security"), {"action": "remove"})
    assert not TOTPDevice.objects.filter(user=staff.s11_counsellor).exists()
    response = client.post(reverse("accounts:login"), {"username": "s11-counsellor", "password": PASSWORD})
    assert response.url == reverse("accounts:after_login")
