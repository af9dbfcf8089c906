"""Every audited action of the demo city reads in Chinese on its timeline: no field name, coded value or action
code is left in a rendered detail (the timeline names them by their labels, `audit/presentation.py`)."""
import io
import re

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import models
from django.urls import get_resolver

from careerguide.accounts.models import User
from careerguide.audit.models import AuditEvent
from careerguide.audit.presentation import ACTIONS, ITEMS, UNNAMED_ACTION, timeline_entries

TOKEN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-/:]*")
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
# One audited record of each kind a desk reads the trail of, and the text its page must show.
PAGES = ["job_seekers.jobseeker", "employers.employer", "vacancies.vacancy", "experts.membership", "studios.studio",
         "guidance.guidancecase"]


def _internal_names() -> set[str]:
    """What the project calls things inside: field names, coded choice values, action and item codes."""
    names = set(ACTIONS) | set(ITEMS)
    for model in apps.get_models():
        names |= {f.name for f in model._meta.get_fields()}
    stack = [models.Choices]
    while stack:
        for sub in stack.pop().__subclasses__():
            stack.append(sub)
            names |= {v for v in getattr(sub, "values", ()) if isinstance(v, str)}
    return {n for n in names if n and n.isascii() and not n.isdigit() and len(n) > 1}


def _leftovers(text: str, internal: set[str]) -> list[str]:
    found = [t for t in TOKEN.findall(text) if t in internal or SNAKE.match(t)]
    return found + TIMESTAMP.findall(text)


def _model(object_type: str):
    try:
        return apps.get_model(*object_type.split(".", 1))
    except (LookupError, ValueError):
        return None


@pytest.mark.django_db
def test_every_audited_action_of_the_demo_city_reads_in_chinese(client):
    call_command("seed_demo", job_seekers=5, size="small", stdout=io.StringIO())
    get_resolver().url_patterns  # every app's pages and their choice lists are loaded, as on a running site
    internal = _internal_names()
    events = AuditEvent.objects.order_by("seq")
    assert events.count() > 500 and len(set(events.values_list("action", flat=True))) > 30
    bad = set()
    for event in events.iterator():
        for row in timeline_entries(events=[event], model=_model(event.object_type)):
            if row.action_label == str(UNNAMED_ACTION):
                bad.add((event.object_type, event.action, "action has no label"))
            for change in row.changes:
                for text in (change.label, change.before, change.after, row.reason):
                    for left in _leftovers(str(text), internal):
                        bad.add((event.object_type, event.action, left))
    assert sorted(bad) == []

    client.force_login(User.objects.get(username="city.admin"))
    for object_type in PAGES:
        event = AuditEvent.objects.filter(object_type=object_type).order_by("seq").first()
        page = client.get(f"/audit/{object_type}/{event.object_id}/")
        assert page.status_code == 200, object_type
        body = page.content.decode()
        timeline = body[body.index('data-testid="timeline"'):]
        cells = re.findall(r"<td>([^<]*)</td>", timeline)
        assert cells, object_type
        assert [left for cell in cells for left in _leftovers(cell, internal)] == [], object_type
