"""The settings page and the override form."""
import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from careerguide.audit.models import AuditEvent
from careerguide.policy.models import PolicyOverride
from careerguide.policy.registry import SETTINGS

pytestmark = pytest.mark.django_db


def test_list_page_shows_every_setting_with_its_clause(client, staff):
    client.force_login(staff.s11_counsellor)
    response = client.get(reverse("policy:list"))
    assert response.status_code == 200
    html = response.content.decode()
    text = re.sub(r"<[^>]+>", " ", html)
    for setting in SETTINGS.values():
        assert str(setting.label) in text and setting.clause in text
        assert setting.key not in text  # the key names the setting in links, never on screen
    assert "北京市精细化公共就业服务实施细则" in html and "不可放宽" in html
    assert "调整参数" not in html  # a counsellor cannot override


def test_list_page_needs_a_signed_in_staff_member(client, staff):
    assert client.get(reverse("policy:list")).status_code == 302
    client.force_login(staff.seeker_user)
    assert client.get(reverse("policy:list")).status_code == 403


def test_history_page_and_unknown_key(client, city, staff):
    PolicyOverride.objects.create(key="bj.followup_window_days", unit=city.d1, value=5,
                                  effective_from=dt.date(2030, 1, 1), reason="区内从严", created_by=staff.d1_head)
    client.force_login(staff.s11_counsellor)
    response = client.get(reverse("policy:history", args=["bj.followup_window_days"]) + "?on=2030-01-01")
    html = response.content.decode()
    assert response.status_code == 200 and "BJ-27-7" in html and "区内从严" in html and city.d1.name in html
    assert client.get(reverse("policy:history", args=["bj.nope"])).status_code == 404


def test_override_form_is_refused_to_counsellors(client, staff):
    client.force_login(staff.s11_counsellor)
    assert client.get(reverse("policy:override")).status_code == 403


def test_override_form_saves_and_redirects_to_history(client, city, staff):
    client.force_login(staff.d1_head)
    today = timezone.localdate()
    response = client.post(reverse("policy:override"), {
        "key": "bj.guidance_follow_up_workdays", "unit": city.d1.pk, "value": "4",
        "effective_from": today.isoformat(), "reason": "区级从严执行",
    })
    assert response.status_code == 302
    assert response.url == reverse("policy:history", args=["bj.guidance_follow_up_workdays"])
    override = PolicyOverride.objects.get()
    assert (override.unit, override.value, override.effective_from) == (city.d1, 4, today)


def test_override_form_shows_chinese_errors_and_saves_nothing(client, city, staff):
    """BJ-5-8: loosening the 5-working-day follow-up limit is refused on the form."""
    client.force_login(staff.city_admin)
    response = client.post(reverse("policy:override"), {
        "key": "bj.guidance_follow_up_workdays", "unit": city.city.pk, "value": "7",
        "effective_from": timezone.localdate().isoformat(), "reason": "试行",
    })
    html = response.content.decode()
    assert response.status_code == 200
    assert "未保存任何信息" in html and "不能放宽" in html
    assert PolicyOverride.objects.count() == 0
    assert not AuditEvent.objects.filter(object_type="policy.policyoverride").exists()


def test_district_head_is_offered_only_own_district(client, city, staff):
    client.force_login(staff.d1_head)
    response = client.get(reverse("policy:override") + "?key=bj.guidance_follow_up_workdays")
    units = list(response.context["form"].fields["unit"].queryset)
    assert units == [city.d1]
    assert "BJ-27-1" in response.content.decode()
