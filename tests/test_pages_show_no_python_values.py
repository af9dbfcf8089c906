"""No page prints a value as Python shows it (a dict or list of codes such as {'worker': 3}, a tuple list, an
object's repr, None): every page without URL parameters, opened on the demo city by the city administrator and a
district head, who see the most. The role-menu walk (tests/browser/test_role_navigation.py) checks the menu entries
in the browser; this reaches the pages linked from them too (reports, statistics)."""
import io
import re

import pytest
from django.core.management import call_command

from careerguide.accounts.models import User

from .test_page_smoke import parameterless_routes

PYTHON_VALUE = re.compile(r"\{'\w+': |\{\d+: |\[\('|\[<\w+|<\w+ object at |\bNone\b")
TAGS = re.compile(r"<script.*?</script>|<style.*?</style>|<[^>]+>", re.S)
SKIP = ("/api/docs",)


def shown_text(html: str) -> str:
    main = html.split("<main", 1)[-1].split("</main>", 1)[0]
    return TAGS.sub(" ", main)


def test_the_pattern_catches_printed_values():
    assert PYTHON_VALUE.findall(shown_text("<main><p>按对象{'worker': 3}；份额{1: 25.0}；None</p></main>")) == [
        "{'worker': ", "{1: ", "None"]
    assert PYTHON_VALUE.findall(shown_text("<main><p>按对象：劳动者 3</p><script>x = {'a': 1}</script></main>")) == []


@pytest.mark.django_db
def test_no_page_prints_a_python_value(client):
    call_command("seed_demo", job_seekers=5, size="small", stdout=io.StringIO())
    problems = []
    for username in ("city.admin", "d01.head"):
        client.force_login(User.objects.get(username=username))
        for route in sorted(set(parameterless_routes())):
            if route.startswith(SKIP):
                continue
            response = client.get(route)
            if response.status_code == 200 and response.get("Content-Type", "").startswith("text/html"):
                found = PYTHON_VALUE.findall(shown_text(response.content.decode()))
                if found:
                    problems.append((username, route, sorted(set(found))))
    assert problems == []
