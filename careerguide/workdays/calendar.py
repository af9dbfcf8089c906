"""Pure working-day calendar (no Django import).

Working days (工作日) are counted on the official national calendar kept as
data: Monday to Friday minus statutory holidays (including in-lieu days), plus
the weekend days the State Council's annual holiday notice turns into working
days (调休上班日) -- BJ-21-8, CZ-7-7, CQ-7.1.2-2, HN-6-14.  A plain
Monday-to-Friday rule is never used as a fallback: any computation that needs a
year whose calendar has not been loaded raises ``CalendarYearNotLoaded``
(CZ-7-9, BJ Open question 6).

Counting convention (Civil Code Art. 201, BJ-21-9, CZ-7-8): the trigger day is
not counted, so ``add_workdays(trigger, n)`` is the n-th working day after the
trigger date.

A "loaded year" is a calendar year by date: the dates of one State Council
notice can fall into the previous calendar year (e.g. 2018-12-29..31 for New
Year 2019), and such dates belong to the earlier year here.

Performance: per loaded year a table is built lazily on first use and cached
on the instance, after which ``is_workday`` and ``add_workdays`` are O(1) and
``workdays_between`` is O(number of years spanned).
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

__all__ = [
    "CalendarYearNotLoaded",
    "WorkCalendar",
    "HOLIDAY",
    "MAKEUP_WORKDAY",
    "chinese_calendar_years",
    "from_chinese_calendar",
    "year_entries_from_chinese_calendar",
]

#: ``kind`` values returned by :func:`year_entries_from_chinese_calendar`.
HOLIDAY = "holiday"
MAKEUP_WORKDAY = "makeup_workday"


class CalendarYearNotLoaded(Exception):
    """A computation needs a calendar year whose holiday schedule is not loaded.

    CZ-7-9: the system refuses to compute a period that reaches into a year
    whose calendar has not been entered; it never falls back to
    Monday-to-Friday.
    """

    def __init__(self, year: int, detail: str | None = None) -> None:
        self.year = year
        self.detail = detail
        message = (
            f"The working-day calendar for year {year} is not loaded: its statutory "
            f"holidays and make-up working days must be entered before working days "
            f"in {year} can be computed."
        )
        if detail:
            message = f"{message} ({detail})"
        super().__init__(message)

    def __reduce__(self):
        return (type(self), (self.year, self.detail))


def _check_date(value: object) -> date:
    """Return ``value`` if it is a plain date; reject datetimes and other types.

    Datetimes are rejected on purpose: turning an instant into a calendar day
    needs a time zone (Asia/Shanghai, BJ-11-4), which is the caller's job.
    """
    if isinstance(value, datetime) or not isinstance(value, date):
        raise TypeError(f"expected datetime.date, got {type(value).__name__}")
    return value


def _days_in_year(year: int) -> int:
    # The stdlib ``calendar`` module is not imported: this module shares its name.
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 366 if leap else 365


@dataclass(frozen=True)
class _YearTable:
    base: int  # ordinal of 1 January
    prefix: list[int]  # prefix[i] = working days among the first i days of the year
    workdays: list[date]  # working days of the year, ascending
    flags: bytes  # flags[i] == 1 if day i of the year is a working day


@dataclass(frozen=True)
class WorkCalendar:
    """Official working-day calendar for a set of loaded years.

    ``holidays`` are statutory days off (including in-lieu days; weekend days
    inside a holiday period may be listed too), ``makeup_workdays`` are weekend
    days that are worked (调休上班日).  A day is a working day if it is a
    make-up working day, or a Monday-to-Friday day that is not a holiday
    (BJ-21-8, CZ-7-7, CQ-7.1.2-2).

    Plain iterables are accepted for the three fields and frozen.  Every listed
    date must fall in a loaded year and no date may be both a holiday and a
    make-up working day (``ValueError``).
    """

    loaded_years: frozenset[int]
    holidays: frozenset[date] = frozenset()
    makeup_workdays: frozenset[date] = frozenset()
    _tables: dict[int, _YearTable] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        years = frozenset(operator.index(y) for y in self.loaded_years)
        holidays = frozenset(_check_date(d) for d in self.holidays)
        makeup = frozenset(_check_date(d) for d in self.makeup_workdays)
        both = holidays & makeup
        if both:
            raise ValueError(
                "dates cannot be both a holiday and a make-up working day: "
                + ", ".join(d.isoformat() for d in sorted(both))
            )
        outside = sorted(d for d in holidays | makeup if d.year not in years)
        if outside:
            raise ValueError(
                "calendar entries outside the loaded years: "
                + ", ".join(d.isoformat() for d in outside)
            )
        object.__setattr__(self, "loaded_years", years)
        object.__setattr__(self, "holidays", holidays)
        object.__setattr__(self, "makeup_workdays", makeup)

    def __repr__(self) -> str:
        years = sorted(self.loaded_years)
        span = f"{years[0]}..{years[-1]}" if years else "none"
        return (
            f"WorkCalendar(years={span} ({len(years)} loaded), "
            f"holidays={len(self.holidays)}, makeup_workdays={len(self.makeup_workdays)})"
        )

    # -- per-year tables -------------------------------------------------

    def _table(self, year: int) -> _YearTable:
        table = self._tables.get(year)
        if table is None:
            table = self._build_table(year)
        return table

    def _build_table(self, year: int) -> _YearTable:
        if year not in self.loaded_years:
            raise CalendarYearNotLoaded(year)
        base = date(year, 1, 1).toordinal()
        holidays = self.holidays
        makeup = self.makeup_workdays
        flags = bytearray(_days_in_year(year))
        prefix = [0]
        workdays: list[date] = []
        count = 0
        for i in range(len(flags)):
            d = date.fromordinal(base + i)
            if d in makeup or (d.weekday() < 5 and d not in holidays):
                flags[i] = 1
                count += 1
                workdays.append(d)
            prefix.append(count)
        table = _YearTable(base=base, prefix=prefix, workdays=workdays, flags=bytes(flags))
        # A racing thread may build the same table; both results are equal.
        self._tables[year] = table
        return table

    # -- queries -----------------------------------------------------------

    def is_workday(self, d: date) -> bool:
        """True if ``d`` is a working day (BJ-21-8); raises if its year is not loaded."""
        if type(d) is not date:
            d = _check_date(d)
        table = self._tables.get(d.year) or self._build_table(d.year)
        return table.flags[d.toordinal() - table.base] == 1

    def add_workdays(self, start: date, n: int) -> date:
        """The n-th working day after ``start`` (n > 0) or the |n|-th before it (n < 0).

        ``start`` itself is never counted (Civil Code Art. 201; BJ-21-9,
        CZ-7-8) and need not be a working day; ``n == 0`` returns ``start``.
        Raises ``CalendarYearNotLoaded`` if the year of ``start`` or any year
        the count reaches into is not loaded (CZ-7-9).
        """
        if type(start) is not date:
            start = _check_date(start)
        if type(n) is not int:
            n = operator.index(n)
        year = start.year
        table = self._tables.get(year) or self._build_table(year)
        if n > 0:
            # 1-based rank of the target among the working days of ``year``.
            k = table.prefix[start.toordinal() - table.base + 1] + n
            days = table.workdays
            while k > len(days):
                k -= len(days)
                year += 1
                days = self._table(year).workdays
            return days[k - 1]
        if n < 0:
            # 0-based index of the target among the working days of ``year``.
            k = table.prefix[start.toordinal() - table.base] + n
            days = table.workdays
            while k < 0:
                year -= 1
                days = self._table(year).workdays
                k += len(days)
            return days[k]
        return start

    def workdays_between(self, a: date, b: date) -> int:
        """Number of working days d with a < d <= b; negative (-count(b < d <= a)) if b < a.

        So ``add_workdays(a, workdays_between(a, b)) == b`` whenever ``b`` is a
        working day.  Raises ``CalendarYearNotLoaded`` unless every year from
        the earlier to the later date is loaded.
        """
        if type(a) is not date:
            a = _check_date(a)
        if type(b) is not date:
            b = _check_date(b)
        if b < a:
            return -self.workdays_between(b, a)
        ta = self._tables.get(a.year) or self._build_table(a.year)
        tb = ta if b.year == a.year else self._table(b.year)
        count_a = ta.prefix[a.toordinal() - ta.base + 1]
        count_b = tb.prefix[b.toordinal() - tb.base + 1]
        if a.year == b.year:
            return count_b - count_a
        total = len(ta.workdays) - count_a + count_b
        for year in range(a.year + 1, b.year):
            total += len(self._table(year).workdays)
        return total

    def next_workday(self, d: date) -> date:
        """The first working day strictly after ``d``."""
        return self.add_workdays(d, 1)

    def previous_workday(self, d: date) -> date:
        """The last working day strictly before ``d``."""
        return self.add_workdays(d, -1)

    def workday_on_or_after(self, d: date) -> date:
        """``d`` if it is a working day, else the next working day (Civil Code Art. 203 roll-forward)."""
        return d if self.is_workday(d) else self.add_workdays(d, 1)


# -- chinesecalendar adapter ----------------------------------------------------


def _package():
    import chinese_calendar  # imported lazily: the pure core does not need it

    return chinese_calendar


def _package_supports(cc, year: int) -> bool:
    try:
        cc.get_holiday_detail(date(year, 7, 1))
    except NotImplementedError:
        return False
    return True


@functools.lru_cache(maxsize=None)
def chinese_calendar_years() -> range:
    """Years for which the installed ``chinesecalendar`` package has data.

    Detected by probing the package (it raises ``NotImplementedError`` for
    years it does not know), starting from a year present in its data and
    keeping only years that actually have entries.
    """
    cc = _package()
    data_years = {d.year for d in cc.holidays} | {d.year for d in cc.workdays}
    if not data_years:
        raise RuntimeError("the chinesecalendar package contains no holiday data")
    seed = max(data_years)
    if not _package_supports(cc, seed):
        raise RuntimeError(f"the chinesecalendar package rejects its own data year {seed}")
    first = last = seed
    while first - 1 in data_years and _package_supports(cc, first - 1):
        first -= 1
    while last + 1 in data_years and _package_supports(cc, last + 1):
        last += 1
    return range(first, last + 1)


def _code_name(cc, english: str | None) -> str:
    """Festival name in code form, e.g. "Spring Festival" -> "spring_festival"."""
    if not english:
        return "unknown"
    try:
        return cc.Holiday(english).name
    except ValueError:
        cleaned = "".join(ch if ch.isalnum() else "_" for ch in english.lower())
        return "_".join(part for part in cleaned.split("_") if part) or "unknown"


def year_entries_from_chinese_calendar(year: int) -> list[tuple[date, str, str]]:
    """Calendar rows for ``year`` from the package: (date, kind, festival code name).

    ``kind`` is ``"holiday"`` (a statutory day off, including in-lieu days and
    weekend days inside the holiday period) or ``"makeup_workday"``
    (调休上班日).  Rows are sorted by date.  Raises ``CalendarYearNotLoaded``
    if the package has no data for ``year``.
    """
    cc = _package()
    year = operator.index(year)
    if year not in chinese_calendar_years():
        raise CalendarYearNotLoaded(year, f"chinesecalendar {cc.__version__} has no data for it")
    rows: list[tuple[date, str, str]] = []
    for d, english in cc.workdays.items():
        if d.year == year:
            rows.append((d, MAKEUP_WORKDAY, _code_name(cc, english)))
    makeup_dates = {row[0] for row in rows}
    for d, english in cc.holidays.items():
        # The package gives a make-up working day precedence over a holiday.
        if d.year == year and d not in makeup_dates:
            rows.append((d, HOLIDAY, _code_name(cc, english)))
    rows.sort()
    return rows


def from_chinese_calendar(years: Iterable[int]) -> WorkCalendar:
    """A ``WorkCalendar`` loaded with the given years from the ``chinesecalendar`` package."""
    loaded = frozenset(operator.index(y) for y in years)
    holidays: set[date] = set()
    makeup: set[date] = set()
    for year in sorted(loaded):
        for d, kind, _name in year_entries_from_chinese_calendar(year):
            (holidays if kind == HOLIDAY else makeup).add(d)
    return WorkCalendar(
        loaded_years=loaded, holidays=frozenset(holidays), makeup_workdays=frozenset(makeup)
    )
