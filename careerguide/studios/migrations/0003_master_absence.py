"""The lead master's absence (HN-11-9, HN-11-10) is no longer called a "vacancy", and the year-of-absence
flag is derived from the absence and city HRSS's decision duty instead of being stored."""
from django.db import migrations, models

RENAMED_STAFFING = {"vacant": "master_absent", "natural_exit_due": "master_absent"}


def forwards(apps, schema_editor):
    Studio = apps.get_model("studios", "Studio")
    ExitDecision = apps.get_model("studios", "ExitDecision")
    Studio.objects.filter(staffing__in=RENAMED_STAFFING).update(staffing="master_absent")
    ExitDecision.objects.filter(ground="n2_vacancy").update(ground="n2_master_absent")


def open_decision_duties(apps, schema_editor):
    """Studios already absent keep their flag date: city HRSS's decision duty opens on the stored date."""
    Studio = apps.get_model("studios", "Studio")
    Duty = apps.get_model("duties", "Duty")
    Unit = apps.get_model("organisations", "Unit")
    city = Unit.objects.filter(level="city").first()
    absent = Studio.objects.filter(staffing__in=RENAMED_STAFFING, registration="active", natural_exit_due_on__isnull=False)
    for studio in absent:
        Duty.objects.create(
            kind="studios.continuation_decision", clause="HN-11-10", subject_type="studios.studio",
            subject_id=str(studio.pk), subject_label=f"{studio.name}（{studio.registration_number}）"[:200],
            title=f"{studio.name}领衔大师空缺满一年：决定是否不适合存续", link=f"/studios/{studio.pk}/",
            due_date=studio.natural_exit_due_on, earliest=studio.natural_exit_due_on, unit=city)


def backwards(apps, schema_editor):
    Studio = apps.get_model("studios", "Studio")
    ExitDecision = apps.get_model("studios", "ExitDecision")
    Studio.objects.filter(staffing="master_absent").update(staffing="vacant")
    ExitDecision.objects.filter(ground="n2_master_absent").update(ground="n2_vacancy")


class Migration(migrations.Migration):

    dependencies = [
        ('duties', '0002_reminder_dates'),
        ('studios', '0002_sd_recognised_studios'),
    ]

    operations = [
        migrations.RunPython(open_decision_duties, migrations.RunPython.noop),
        migrations.RenameField(
            model_name='studio',
            old_name='vacancy_started_on',
            new_name='master_absent_since',
        ),
        migrations.AlterField(
            model_name='studio',
            name='master_absent_since',
            field=models.DateField(blank=True, null=True, verbose_name='领衔大师空缺开始日期'),
        ),
        migrations.RemoveField(
            model_name='studio',
            name='natural_exit_due_on',
        ),
        migrations.AlterField(
            model_name='studio',
            name='staffing',
            field=models.CharField(choices=[('staffed', '大师在岗'), ('master_absent', '领衔大师空缺')], default='staffed', max_length=20, verbose_name='大师状态'),
        ),
        migrations.RunPython(forwards, backwards),
    ]
