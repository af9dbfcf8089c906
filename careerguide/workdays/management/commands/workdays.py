"""``manage.py workdays``: working-day arithmetic and calendar maintenance from the shell.

    workdays add DATE N          the N-th working day after DATE (N < 0: before), one ISO date
    workdays check DATE          "workday" or "holiday" (a weekend day off prints "holiday")
    workdays import FILE [--year Y] [--notice TEXT] [--replace]
                                 load a year from a CSV file (format: workdays.services), audited as the system
    workdays years               the loaded years, one per line: year, source, holidays, make-up working days
    workdays seed                load the years the chinesecalendar package knows that are missing

A date in a year whose calendar is not loaded is an error (exit status 1),
never a Monday-to-Friday guess (CZ-7-9).
"""
import datetime as dt
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from careerguide.common.errors import DomainError
from careerguide.workdays.calendar import CalendarYearNotLoaded
from careerguide.workdays.choices import CalendarSource
from careerguide.workdays.selectors import calendar_not_loaded_message, calendar_year_list, work_calendar
from careerguide.workdays.services import (
    calendar_year_load,
    calendar_year_parse,
    calendar_years_seed_from_package,
    entries_year,
)


def iso_date(value: str) -> dt.date:
    try:
        if len(value) != 10:
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"日期“{value}”无效，应为YYYY-MM-DD格式。") from None


class Command(BaseCommand):
    help = "Working days on the official calendar (add, check) and calendar maintenance (import, years, seed)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True, metavar="{add,check,import,years,seed}")
        add = sub.add_parser("add", help="print the N-th working day after DATE (N may be negative)")
        add.add_argument("date")
        add.add_argument("n", type=int)
        check = sub.add_parser("check", help='print "workday" or "holiday"')
        check.add_argument("date")
        imp = sub.add_parser("import", help="load a year from a CSV file (date,kind,name)")
        imp.add_argument("file")
        imp.add_argument("--year", type=int, help="the year the file must contain (default: the year of its dates)")
        imp.add_argument("--notice", default="", help="the State Council notice the schedule comes from")
        imp.add_argument("--replace", action="store_true", help="replace the year if it is already loaded")
        sub.add_parser("years", help="list the loaded years")
        sub.add_parser("seed", help="load the chinesecalendar package's years that are missing")

    def handle(self, *args, action, **options):
        try:
            return getattr(self, f"handle_{action}")(**options)
        except CalendarYearNotLoaded as exc:
            raise CommandError(calendar_not_loaded_message(error=exc)) from exc
        except DomainError as exc:
            raise CommandError("\n".join(str(m) for m in exc.messages) or exc.code) from exc

    def handle_add(self, *, date, n, **options):
        self.stdout.write(work_calendar().add_workdays(iso_date(date), n).isoformat())

    def handle_check(self, *, date, **options):
        self.stdout.write("workday" if work_calendar().is_workday(iso_date(date)) else "holiday")

    def handle_import(self, *, file, year, notice, replace, **options):
        try:
            data = Path(file).read_bytes()
        except OSError as exc:
            raise CommandError(f"无法读取文件“{file}”：{exc.strerror or exc}") from exc
        entries = calendar_year_parse(text=data)
        found = entries_year(entries=entries)
        if year is not None and found != year:
            raise CommandError(f"文件中的日期属于{found}年，与--year {year}不符。")
        loaded = calendar_year_load(actor=None, year=found, entries=entries, source=CalendarSource.IMPORT,
                                    notice=notice, replace=replace)
        self.stdout.write(f"{loaded.year}: {len(entries)} days loaded")

    def handle_years(self, **options):
        for row in sorted(calendar_year_list(), key=lambda r: r.year):
            self.stdout.write(f"{row.year}\t{row.source}\t{row.holiday_count}\t{row.makeup_count}")

    def handle_seed(self, **options):
        added = calendar_years_seed_from_package(actor=None)
        self.stdout.write(", ".join(map(str, added)) if added else "nothing to seed")
