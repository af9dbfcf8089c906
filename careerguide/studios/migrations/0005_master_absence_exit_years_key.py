"""The policy key of the HN-11-10 year of absence is named for the lead master's absence, not a vacancy:
overrides stored under the old key move to the new one."""
from django.db import migrations

OLD, NEW = "hn.vacancy_exit_years", "hn.master_absence_exit_years"


def forwards(apps, schema_editor):
    apps.get_model("policy", "PolicyOverride").objects.filter(key=OLD).update(key=NEW)


def backwards(apps, schema_editor):
    apps.get_model("policy", "PolicyOverride").objects.filter(key=NEW).update(key=OLD)


class Migration(migrations.Migration):

    dependencies = [
        ("policy", "0001_initial"),
        ("studios", "0004_operation_pages"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
