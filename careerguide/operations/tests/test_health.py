"""/healthz: JSON, no login, the database and the current year's calendar."""
import pytest
import time_machine
from django.test import Client

pytestmark = pytest.mark.django_db


@time_machine.travel("2026-06-01 09:00 +0800")
def test_healthy():
    response = Client().get("/healthz")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "calendar": "ok"}, "calendar_year": 2026}
    assert "no-cache" in response["Cache-Control"]


@time_machine.travel("2099-06-01 09:00 +0800")
def test_a_year_without_calendar_is_unhealthy():
    response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["calendar"] == "missing"


def test_write_methods_are_refused():
    assert Client().post("/healthz").status_code == 405
