"""Writes to the working-day calendar (BJ-21-8, CZ-7-9): loading a year, parsing an import file.

Import file format (``calendar_year_parse``)
--------------------------------------------
A CSV file in UTF-8 (a byte-order mark, as Excel writes it, is accepted)::

    date,kind,name
    2027-01-01,holiday,元旦
    2027-02-06,makeup_workday,春节
    ...

* The first row that is not blank and not a comment is the header: exactly
  ``date,kind,name`` (or ``日期,类型,名称``).
* ``date``: ``YYYY-MM-DD`` (``YYYY/M/D`` as re-saved by Excel is accepted too).
* ``kind``: ``holiday`` (法定节假日: a statutory day off, including in-lieu
  days; weekend days inside a holiday period may be listed) or
  ``makeup_workday`` (调休上班日: a Saturday or Sunday that is worked).
  The Chinese labels are accepted as well.
* ``name``: the festival, e.g. 春节 (required, at most 64 characters).
* Blank lines and lines starting with ``#`` are ignored.
* Ordinary weekdays and weekends are not listed.  All rows belong to one year.

Every problem is reported in Chinese with its line number; nothing is saved
unless the whole file is valid.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import uuid
from collections.abc import Iterable

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.accounts.permissions import is_city_admin
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, now_or, refuse, refuse_forbidden

from .calendar import HOLIDAY, MAKEUP_WORKDAY, chinese_calendar_years, year_entries_from_chinese_calendar
from .choices import CalendarSource
from .error_codes import WorkdaysErrorCode
from .models import CalendarDay, CalendarVersion, CalendarYear
from .rules import festival_name

CLAUSE = "BJ-21-8"
MIN_YEAR, MAX_YEAR = 2000, 2100
NAME_MAX_LENGTH = 64
NOTICE_MAX_LENGTH = 500
MAX_ROWS = 400  # a year has at most 366 days
MAX_REPORTED_PROBLEMS = 20

Entry = tuple[dt.date, str, str]

_KIND_ALIASES = {
    HOLIDAY: HOLIDAY, "法定节假日": HOLIDAY, "节假日": HOLIDAY, "放假": HOLIDAY,
    MAKEUP_WORKDAY: MAKEUP_WORKDAY, "调休上班日": MAKEUP_WORKDAY, "调休上班": MAKEUP_WORKDAY, "上班": MAKEUP_WORKDAY,
}
_HEADERS = (("date", "kind", "name"), ("日期", "类型", "名称"))
_DATE_RE = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$")
_WEEKDAYS = "一二三四五六日"


def _weekday_label(d: dt.date) -> str:
    return _("星期%(day)s") % {"day": _WEEKDAYS[d.weekday()]}


def _raise_problems(problems: list[str], *, field: str = "entries") -> None:
    if not problems:
        return
    shown = problems[:MAX_REPORTED_PROBLEMS]
    if len(problems) > len(shown):
        shown.append(_("……另有%(n)d处错误未列出。") % {"n": len(problems) - len(shown)})
    raise DomainError(field_errors={field: shown}, clause=CLAUSE, code=CommonErrorCode.INVALID)


# ---------------------------------------------------------------------------
# Parsing an import file
# ---------------------------------------------------------------------------


def _decoded(text: str | bytes) -> str:
    """The file as text: UTF-8, with or without the byte-order mark Excel writes."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            refuse(_("文件不是UTF-8编码，请在Excel中另存为“CSV UTF-8（逗号分隔）”后重新导入。"), code=CommonErrorCode.INVALID,
                   clause=CLAUSE, field="entries")
    return text.lstrip("\ufeff")


def _rows(text: str):
    """(first line number, stripped cells) of every row that is not blank and not a comment."""
    reader = csv.reader(io.StringIO(text))
    line = 0
    for row in reader:
        line_start, line = line + 1, reader.line_num
        cells = [cell.strip() for cell in row]
        if any(cells) and not cells[0].startswith("#"):
            yield line_start, cells


def _header_problem(line: int, cells: list[str]) -> str | None:
    if tuple(c.lower() for c in cells) in _HEADERS:
        return None
    return (_("第%(line)d行：表头应为“date,kind,name”（或“日期,类型,名称”），实际为“%(got)s”。")
            % {"line": line, "got": ",".join(cells)})


def _row_date(line: int, raw: str, problems: list[str]) -> dt.date | None:
    match = _DATE_RE.match(raw)
    if match:
        try:
            return dt.date(*(int(part) for part in match.groups()))
        except ValueError:
            pass
    problems.append(_("第%(line)d行：日期“%(value)s”无效，应为YYYY-MM-DD格式，如2027-01-01。") % {"line": line, "value": raw})
    return None


def _row_kind(line: int, raw: str, problems: list[str]) -> str | None:
    kind = _KIND_ALIASES.get(raw.lower())
    if kind is None:
        problems.append(_("第%(line)d行：类型“%(value)s”无效，应为holiday（法定节假日）或makeup_workday（调休上班日）。")
                        % {"line": line, "value": raw})
    return kind


def _row_name(line: int, name: str, problems: list[str]) -> None:
    if not name:
        problems.append(_("第%(line)d行：缺少名称（如“春节”）。") % {"line": line})
    elif len(name) > NAME_MAX_LENGTH:
        problems.append(_("第%(line)d行：名称不能超过%(max)d个字。") % {"line": line, "max": NAME_MAX_LENGTH})


def _row_entry(line: int, cells: list[str], seen: dict[dt.date, int]) -> tuple[Entry | None, list[str]]:
    """One data row as an entry, or the problems of the row (each naming the line)."""
    if len(cells) != 3:
        return None, [_("第%(line)d行：应有3列（日期,类型,名称），实际有%(n)d列。") % {"line": line, "n": len(cells)}]
    raw_date, raw_kind, name = cells
    problems: list[str] = []
    day = _row_date(line, raw_date, problems)
    kind = _row_kind(line, raw_kind, problems)
    _row_name(line, name, problems)
    if day is not None:
        if day in seen:
            problems.append(_("第%(line)d行：日期%(date)s与第%(first)d行重复。")
                            % {"line": line, "date": day.isoformat(), "first": seen[day]})
        else:
            seen[day] = line
    return (None if problems else (day, kind, name)), problems


def calendar_year_parse(*, text: str | bytes) -> list[Entry]:
    """Parse the CSV import format described in this module's docstring into
    ``[(date, kind, name)]`` sorted by date; raises ``DomainError`` naming each bad line."""
    problems: list[str] = []
    entries: list[Entry] = []
    seen: dict[dt.date, int] = {}
    rows = _rows(_decoded(text))
    header = next(rows, None)
    if header is None:
        problems.append(_("文件为空：第一行应为表头“date,kind,name”，其后每行一个节假日或调休上班日。"))
    elif (problem := _header_problem(*header)) is not None:
        problems.append(problem)
    else:
        for count, (line, cells) in enumerate(rows, start=1):
            if count > MAX_ROWS:
                problems.append(_("第%(line)d行：行数超过%(max)d行，一个年度的节假日安排不会有这么多行。") % {"line": line, "max": MAX_ROWS})
                break
            entry, row_problems = _row_entry(line, cells, seen)
            problems.extend(row_problems)
            if entry is not None:
                entries.append(entry)
    _raise_problems(problems)
    entries.sort()
    return entries


def entries_year(*, entries: Iterable[Entry]) -> int:
    """The one calendar year all entries belong to; ``DomainError`` if none or several."""
    years = sorted({d.year for d, _kind, _name in entries})
    if not years:
        refuse(_("没有任何节假日安排。"), code=CommonErrorCode.INVALID, clause=CLAUSE, field="entries")
    if len(years) > 1:
        refuse(_("文件包含多个年度（%(years)s）的日期，请每次只导入一个年度。") % {"years": "、".join(map(str, years))},
               code=CommonErrorCode.INVALID, clause=CLAUSE, field="entries")
    return years[0]


# ---------------------------------------------------------------------------
# Loading a year
# ---------------------------------------------------------------------------


def _validate(year, entries, source, notice) -> list[Entry]:
    if not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        refuse(_("年度应在%(min)d至%(max)d之间。") % {"min": MIN_YEAR, "max": MAX_YEAR}, code=CommonErrorCode.INVALID,
               clause=CLAUSE, field="year")
    if source not in CalendarSource.values:
        refuse(_("数据来源无效。"), code=CommonErrorCode.INVALID, clause=CLAUSE)
    if len(notice) > NOTICE_MAX_LENGTH:
        refuse(_("依据文件不能超过%(max)d个字。") % {"max": NOTICE_MAX_LENGTH}, code=CommonErrorCode.INVALID,
               clause=CLAUSE, field="notice")
    problems: list[str] = []
    cleaned: list[Entry] = []
    seen: set[dt.date] = set()
    for entry in entries:
        try:
            day, kind, name = entry
        except (TypeError, ValueError):
            problems.append(_("节假日安排的每一项应为（日期, 类型, 名称）。"))
            continue
        if isinstance(day, dt.datetime) or not isinstance(day, dt.date):
            problems.append(_("“%(value)s”不是日期。") % {"value": day})
            continue
        label = f"{day.isoformat()}（{_weekday_label(day)}）"
        name = (name or "").strip()
        if day.year != year:
            problems.append(_("%(date)s不属于%(year)d年。") % {"date": label, "year": year})
        if day in seen:
            problems.append(_("%(date)s重复出现。") % {"date": label})
        seen.add(day)
        if kind not in (HOLIDAY, MAKEUP_WORKDAY):
            problems.append(_("%(date)s的类型“%(kind)s”无效。") % {"date": label, "kind": kind})
        elif kind == MAKEUP_WORKDAY and day.weekday() < 5:
            problems.append(_("%(date)s是工作日，不能登记为调休上班日；调休上班日只能是周六或周日。") % {"date": label})
        if not name:
            problems.append(_("%(date)s缺少名称。") % {"date": label})
        elif len(name) > NAME_MAX_LENGTH:
            problems.append(_("%(date)s的名称不能超过%(max)d个字。") % {"date": label, "max": NAME_MAX_LENGTH})
        cleaned.append((day, kind, name))
    if not problems and not any(kind == HOLIDAY for _day, kind, _name in cleaned):
        problems.append(_("%(year)d年的安排中没有任何法定节假日，请核对国务院办公厅的节假日安排通知。") % {"year": year})
    _raise_problems(problems)
    return sorted(cleaned)


def _bump_version() -> None:
    CalendarVersion.objects.update_or_create(pk=1, defaults={"token": uuid.uuid4()})


def _days_summary(entries: Iterable[Entry]) -> list[str]:
    return [f"{d.isoformat()},{kind},{name}" for d, kind, name in entries]


# Called with `now=` after a year is loaded, in the same transaction (the duty engine computes the
# deadlines that were waiting for the year; registered in DutiesConfig.ready).
YEAR_LOADED_HOOKS: list = []


@transaction.atomic
def calendar_year_load(*, actor, year: int, entries: Iterable[Entry], source: str, notice: str = "",
                       replace: bool = False, now: dt.datetime | None = None) -> CalendarYear:
    """Load (or with ``replace=True`` replace) the holidays and make-up working days of ``year``.

    ``entries`` are ``(date, kind, name)`` with kind ``"holiday"`` or ``"makeup_workday"``.
    Refused with a ``DomainError`` -- and nothing saved -- if a date lies outside
    ``year``, is listed twice, a make-up working day is not a Saturday or Sunday, a
    name is missing, no holiday is listed, or the year is already loaded and
    ``replace`` is false.  ``actor`` is a city administrator, or ``None`` for the
    system (management command).  Writes one audit event (BJ-21-8).
    """
    if actor is not None and not is_city_admin(actor):
        refuse_forbidden(message=_("只有市级管理员可以维护工作日历。"), clause=CLAUSE)
    notice = (notice or "").strip()
    cleaned = _validate(year, list(entries), source, notice)
    now = now_or(now)
    # Serialise calendar writes: the version row is the lock.
    CalendarVersion.objects.select_for_update().get_or_create(pk=1)
    calendar_year = CalendarYear.objects.select_for_update().filter(year=year).first()
    before = None
    if calendar_year is not None:
        if not replace:
            refuse(_("%(year)d年的工作日历已载入；如需按新的通知替换，请确认替换。") % {"year": year},
                   code=WorkdaysErrorCode.EXISTS, clause=CLAUSE, field="year")
        before = {"source": calendar_year.source, "notice": calendar_year.notice,
                  "days": _days_summary(calendar_year.days.values_list("date", "kind", "name"))}
        calendar_year.days.all().delete()
        calendar_year.source, calendar_year.notice = source, notice
        calendar_year.loaded_at, calendar_year.loaded_by = now, actor
        calendar_year.save()
    else:
        calendar_year = CalendarYear.objects.create(year=year, source=source, notice=notice, loaded_at=now, loaded_by=actor)
    CalendarDay.objects.bulk_create([CalendarDay(year=calendar_year, date=d, kind=kind, name=name) for d, kind, name in cleaned])
    _bump_version()
    after = {"year": year, "source": source, "notice": notice,
             "holidays": sum(1 for e in cleaned if e[1] == HOLIDAY),
             "makeup_workdays": sum(1 for e in cleaned if e[1] == MAKEUP_WORKDAY),
             "days": _days_summary(cleaned)}
    audit(actor=actor, obj=calendar_year, unit=getattr(actor, "unit", None), action="update" if before else "create",
          clause=CLAUSE, before=before, after=after, now=now)
    for hook in YEAR_LOADED_HOOKS:
        hook(now=now)
    return calendar_year


def calendar_year_import(*, actor, year: int, file=None, text: str = "", notice: str = "", replace: bool = False,
                         now: dt.datetime | None = None) -> CalendarYear:
    """Load ``year`` from an uploaded file (source: import) or pasted text (source: manual) in the import format
    (``calendar_year_parse``)."""
    content, source = (file.read(), CalendarSource.IMPORT) if file else (text, CalendarSource.MANUAL)
    return calendar_year_load(actor=actor, year=year, entries=calendar_year_parse(text=content), source=source,
                              notice=notice, replace=replace, now=now)


def calendar_years_seed_from_package(*, actor=None, now: dt.datetime | None = None) -> list[int]:
    """Load every year the ``chinesecalendar`` package knows that is not loaded yet; returns them.

    The data migration does the same on a new database; this is for databases
    emptied afterwards (e.g. tests that flush tables) and ``manage.py workdays seed``.
    """
    import chinese_calendar

    notice = f"chinesecalendar {chinese_calendar.__version__}"
    loaded = set(CalendarYear.objects.values_list("year", flat=True))
    added = []
    for year in chinese_calendar_years():
        if year in loaded:
            continue
        entries = [(d, kind, festival_name(code)) for d, kind, code in year_entries_from_chinese_calendar(year)]
        calendar_year_load(actor=actor, year=year, entries=entries, source=CalendarSource.PACKAGE, notice=notice, now=now)
        added.append(year)
    return added
