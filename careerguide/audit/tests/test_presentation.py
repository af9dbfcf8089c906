"""The audit timeline shows actions, items and coded values in Chinese, never the internal names."""
import re

import pytest

from careerguide.audit.models import AuditEvent
from careerguide.audit.presentation import item_label, timeline_entries, value_text
from careerguide.job_seekers.models import JobSeeker
from careerguide.job_seekers.tests.factories import register_job_seeker

pytestmark = pytest.mark.django_db
INTERNAL = re.compile(r"\b[a-z]+_[a-z_]+\b|\bfront_desk\b|\bregistration\b|\bchannel\b")


def test_registration_timeline_is_in_words(city, staff):
    """BJ-17-6: the trail of a registration reads as actions and items a counsellor knows."""
    seeker = register_job_seeker(staff.s11_counsellor, city.s11)
    events = AuditEvent.objects.filter(object_type="job_seekers.jobseeker", object_id=str(seeker.pk)).order_by("seq")
    rows = timeline_entries(events=events, model=JobSeeker)
    assert "ledger_entry" in {e.action for e in events}
    text = " ".join([r.action_label for r in rows] + [f"{c.label} {c.before} {c.after}" for r in rows for c in r.changes])
    assert "记入服务台账" in text and "服务渠道" in text
    assert INTERNAL.findall(text) == []


def test_coded_values_and_unknown_items():
    assert value_text("front_desk", "channel") != "front_desk" and not value_text("front_desk", "channel").isascii()
    assert value_text(True) == "是" and value_text(None) == "—"
    assert value_text("registration", "section") == "求职登记情况"
    assert value_text("job_seekers.jobseeker:7") == "求职者（7）"
    assert item_label("no_such_item_anywhere") == "其他事项"
