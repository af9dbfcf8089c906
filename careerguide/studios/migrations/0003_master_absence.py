"""The lead master's absence (HN-11-9, HN-11-10) is no longer called a "vacancy", and the year-of-absence
flag is derived from the absence and city HRSS's decision duty instead of being stored."""
from django.db import migrations, models

RENAMED_STAFFING = {"vacant": "master_absent", "natural_exit_due": "master_absent"}


def forwards(apps, schema_editor):
    Studio = apps.get_model("studios", "Studio")
    ExitDecision = apps.get_model("studios", "ExitDecision")
    Studio.objects.filter(staffing__in=RENAMED_STAFFING).update(staffing="master_absent")
    ExitDecision.objects.filter(ground="n2_vacancy").update(ground="n2_master_absent")


def backwards(apps, schema_editor):
    Studio = apps.get_model("studios", "Studio")
    ExitDecision = apps.get_model("studios", "ExitDecision")
    Studio.objects.filter(staffing="master_absent").update(staffing="vacant")
    ExitDecision.objects.filter(ground="n2_master_absent").update(ground="n2_vacancy")


class Migration(migrations.Migration):

    dependencies = [
        ('studios', '0002_sd_recognised_studios'),
    ]

    operations = [
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
