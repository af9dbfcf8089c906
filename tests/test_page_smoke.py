"""Every page without URL parameters opens without a server error for each kind of user, on the demo city."""
import io

import pytest
from django.core.management import call_command
from django.urls import URLPattern, URLResolver, get_resolver

from careerguide.accounts.models import User

SKIP_PREFIXES = ("api/", "accounts/logout/")


def parameterless_routes(patterns=None, prefix=""):
    for p in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(p, URLResolver):
            yield from parameterless_routes(p.url_patterns, prefix + str(p.pattern))
        elif isinstance(p, URLPattern) and "<" not in str(p.pattern) and not getattr(p.pattern, "_regex", "").count("("):
            route = prefix + str(p.pattern)
            if not route.startswith(SKIP_PREFIXES):
                yield "/" + route


USERS = ["city.admin", "d01.head", "s0101.counsellor", "s0101.caseworker", "city.analyst", "d01.officer",
         "k010101.assistant", "seeker.demo", "agent.demo", None]


@pytest.mark.django_db
def test_every_page_opens_without_a_server_error(client):
    """Smoke test over the demo city (built inside this test's transaction, so nothing leaks)."""
    call_command("seed_demo", job_seekers=5, size="small", stdout=io.StringIO())
    routes = sorted(set(parameterless_routes()))
    assert len(routes) > 40
    failures = []
    for username in USERS:
        client.logout()
        if username:
            client.force_login(User.objects.get(username=username))
        for route in routes:
            response = client.get(route)
            if response.status_code >= 500:
                failures.append((username, route, response.status_code))
            elif response.status_code == 200 and response.get("Content-Type", "").startswith("text/html"):
                assert b'lang="zh-hans"' in response.content or b"<html" not in response.content, route
    assert failures == []
