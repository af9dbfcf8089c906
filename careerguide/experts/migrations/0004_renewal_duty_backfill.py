"""Serving experts appointed or renewed before renewals were owed as duties get their renewal duty (CZ-8-2):
owed by the expert, due on the last day of the term, its window opening the configured days before it, with the
reminders when the window opens and the configured days before the end."""
import datetime as dt

from django.db import migrations
from django.utils import timezone

from careerguide.policy.registry import setting_get

KIND = "experts.renewal_apply"
WINDOW_KEY, REMINDER_KEY = "cz.renewal_window_days", "cz.renewal_reminder_days"


def _days(PolicyOverride, city, key, today):
    row = (PolicyOverride.objects.filter(key=key, unit=city, effective_from__lte=today)
           .order_by("-effective_from", "-pk").first()) if city else None
    return int(row.value) if row else int(setting_get(key).default)


def forwards(apps, schema_editor):
    Membership = apps.get_model("experts", "Membership")
    Duty = apps.get_model("duties", "Duty")
    PolicyOverride = apps.get_model("policy", "PolicyOverride")
    Unit = apps.get_model("organisations", "Unit")
    today = timezone.localdate()
    city = Unit.objects.filter(level="city").order_by("pk").first()
    window, reminder = _days(PolicyOverride, city, WINDOW_KEY, today), _days(PolicyOverride, city, REMINDER_KEY, today)
    owing = Membership.objects.filter(programme="cz_expert_team", status="active", term_end__gte=today)
    for m in owing:
        if m.renewals.filter(term_end=m.term_end).exists() or Duty.objects.filter(
                kind=KIND, subject_type="experts.membership", subject_id=str(m.pk), status="open").exists():
            continue
        opens, second = m.term_end - dt.timedelta(days=window), m.term_end - dt.timedelta(days=reminder)
        reminders = sorted(d for d in {opens, second} if today <= d <= m.term_end)
        Duty.objects.create(
            kind=KIND, title=f"申请续聘（聘期{m.term_end}届满）", clause="CZ-8-2", subject_type="experts.membership",
            subject_id=str(m.pk), subject_label=m.name[:200], link="/public/experts/me/", due_date=m.term_end,
            earliest=opens, unit_id=m.unit_id, assignee_id=m.user_id, remind_on=reminders[0] if reminders else None,
            remind_dates=[d.isoformat() for d in reminders[1:]])


class Migration(migrations.Migration):

    dependencies = [
        ("duties", "0002_reminder_dates"),
        ("policy", "0001_initial"),
        ("experts", "0003_annex_fields_and_lookups"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
