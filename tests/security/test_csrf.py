"""CSRF on every form and every API write: a signed-in browser session without the token is refused (403).

Pages: every URL of the URLconf is POSTed to without a token (path parameters filled in), so no page that
takes a POST can skip the check. API: every write operation of the OpenAPI document."""
import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from config.api import api

from .known_defects import CSRF_DEFECTS

pytestmark = pytest.mark.django_db

CONVERTER_VALUES = {"int": "1", "str": "x", "slug": "x", "path": "x", "uuid": "00000000-0000-0000-0000-000000000001"}


def page_routes(patterns=None, prefix=""):
    for p in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(p, URLResolver):
            yield from page_routes(p.url_patterns, prefix + str(p.pattern))
        elif isinstance(p, URLPattern):
            route = prefix + str(p.pattern)
            if not route.startswith("api/"):
                yield "/" + re.sub(r"<(?:(\w+):)?\w+>", lambda m: CONVERTER_VALUES[m.group(1) or "str"], route)


def api_writes():
    schema = api.get_openapi_schema(path_prefix="/api/")
    for path, operations in schema["paths"].items():
        for method in operations:
            if method in ("post", "put", "patch", "delete"):
                yield method, re.sub(r"\{[^}]+\}", "1", path)


@pytest.fixture
def guarded(staff):
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff.city_admin)
    return client


def test_every_page_refuses_a_post_without_the_token(guarded):
    routes = sorted(set(page_routes()))
    assert len(routes) > 100
    unguarded = [r for r in routes if guarded.post(r, {"x": "1"}).status_code != 403]
    assert unguarded == []


def test_the_main_forms_accept_the_token(client, staff):
    """The same posts with the page's token get past the check (the refusal above is the token's doing)."""
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(staff.s11_counsellor)
    page = browser.get("/job-seekers/new/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    response = browser.post("/job-seekers/new/", {"csrfmiddlewaretoken": token, "full_name": ""})
    assert response.status_code == 200 and 'data-testid="form-errors"' in response.content.decode()


def _write_case(method, path):
    reason = CSRF_DEFECTS.get(f"{method.upper()} {path}")
    return pytest.param(method, path, marks=[pytest.mark.xfail(strict=True, reason=reason)] if reason else [])


@pytest.mark.parametrize("method,path", [_write_case(m, p) for m, p in sorted(set(api_writes()))])
def test_every_api_write_refuses_a_session_without_the_token(guarded, method, path):
    response = getattr(guarded, method)(path, data="{}", content_type="application/json")
    assert response.status_code == 403, (method, path, response.status_code)
    body = response.json()
    assert body["code"] == "csrf_failed" and "CSRF" in body["messages"][0]


def test_login_form_needs_the_token(staff):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post("/accounts/login/", {"username": "s11-counsellor", "password": "x"})
    assert response.status_code == 403


def test_public_writes_stay_open_to_anonymous_visitors_and_take_a_signed_in_users_token(staff):
    """The public expert forms' JSON twins: an anonymous visitor needs no session or token; a signed-in user's
    write (recorded in their name) is accepted with the CSRF token and refused without it."""
    from careerguide.audit.models import AuditEvent

    body = {"kind": "comment", "content": "希望增加线上咨询时段。"}
    anonymous = Client(enforce_csrf_checks=True)
    assert anonymous.post("/api/experts/public/feedback", data=body, content_type="application/json").status_code == 200

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(staff.s11_counsellor)
    page = browser.get("/job-seekers/new/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    refused = browser.post("/api/experts/public/feedback", data=body, content_type="application/json")
    assert refused.status_code == 403 and refused.json()["code"] == "csrf_failed"
    accepted = browser.post("/api/experts/public/feedback", data=body, content_type="application/json",
                            headers={"X-CSRFToken": token})
    assert accepted.status_code == 200
    assert AuditEvent.objects.filter(actor=staff.s11_counsellor, object_type__icontains="feedback").count() == 1
