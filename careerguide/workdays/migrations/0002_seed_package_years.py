"""Seed every year the installed ``chinesecalendar`` package knows (source "package").

Later years are entered by a city administrator (``workdays:import`` or
``manage.py workdays import``).  Uses the pure adapter in ``calendar.py`` and
the name table in ``rules.py``; both import no Django.  About 800 rows in four
bulk inserts.
"""
import uuid

from django.db import migrations
from django.utils import timezone


def seed(apps, schema_editor):
    from careerguide.workdays.calendar import chinese_calendar_years, year_entries_from_chinese_calendar
    from careerguide.workdays.rules import festival_name

    import chinese_calendar

    CalendarYear = apps.get_model("workdays", "CalendarYear")
    CalendarDay = apps.get_model("workdays", "CalendarDay")
    CalendarVersion = apps.get_model("workdays", "CalendarVersion")
    db = schema_editor.connection.alias
    now = timezone.now()
    existing = set(CalendarYear.objects.using(db).values_list("year", flat=True))
    years = [y for y in chinese_calendar_years() if y not in existing]
    notice = f"chinesecalendar {chinese_calendar.__version__}"
    rows = CalendarYear.objects.using(db).bulk_create(
        [CalendarYear(year=y, source="package", loaded_at=now, notice=notice, created_at=now, updated_at=now)
         for y in years]
    )
    if rows and rows[0].pk is None:  # backends that do not return keys from bulk inserts
        rows = list(CalendarYear.objects.using(db).filter(year__in=years))
    by_year = {row.year: row for row in rows}
    CalendarDay.objects.using(db).bulk_create(
        [CalendarDay(year=by_year[y], date=d, kind=kind, name=festival_name(code))
         for y in years for d, kind, code in year_entries_from_chinese_calendar(y)],
        batch_size=500,
    )
    CalendarVersion.objects.using(db).update_or_create(pk=1, defaults={"token": uuid.uuid4()})


def unseed(apps, schema_editor):
    CalendarYear = apps.get_model("workdays", "CalendarYear")
    CalendarVersion = apps.get_model("workdays", "CalendarVersion")
    db = schema_editor.connection.alias
    CalendarYear.objects.using(db).filter(source="package").delete()
    CalendarVersion.objects.using(db).update_or_create(pk=1, defaults={"token": uuid.uuid4()})


class Migration(migrations.Migration):
    dependencies = [("workdays", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
