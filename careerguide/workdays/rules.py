"""Pure rules around the working-day calendar (no Django import).

* ``next_year_warning``: when to remind city administrators that a calendar
  year still has to be loaded (BJ Open question 6: the State Council's annual
  schedule is loaded every year by a city-level administrator; CZ-7-9: no
  period may be computed into a year that is not loaded).
* ``festival_name``: Chinese display name for the festival code names that
  ``calendar.year_entries_from_chinese_calendar`` returns.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from types import MappingProxyType

__all__ = ["FESTIVAL_NAMES", "NEXT_YEAR_WARNING_FROM", "festival_name", "next_year_warning"]

#: (month, day) from which the workbench warns that next year's calendar is missing.
#: The General Office of the State Council normally publishes the next year's holiday
#: notice between late October and early December (the notice for 2025 came out on
#: 2024-11-12).  Warning from 1 November leaves about two months to load the year
#: before the first deadline reaches into it, without nagging before the notice can
#: exist.  Deadlines reach into the next year well before 1 January (a 10-working-day
#: period that starts mid-December already does), so waiting longer would be unsafe.
NEXT_YEAR_WARNING_FROM = (11, 1)


def next_year_warning(
    today: date,
    loaded_years: Collection[int],
    warn_from_month: int = NEXT_YEAR_WARNING_FROM[0],
    warn_from_day: int = NEXT_YEAR_WARNING_FROM[1],
) -> int | None:
    """The calendar year administrators must load now, or ``None``.

    * The current year, on any day, if it is not loaded: every working-day
      computation in it is refused (CZ-7-9), so that is always worth a warning.
    * Otherwise next year, from ``warn_from_month``/``warn_from_day`` (inclusive)
      to 31 December, if it is not loaded.
    """
    if today.year not in loaded_years:
        return today.year
    if (today.month, today.day) >= (warn_from_month, warn_from_day) and today.year + 1 not in loaded_years:
        return today.year + 1
    return None


#: Festival code names used by the ``chinesecalendar`` package (``Holiday`` enum).
FESTIVAL_NAMES = MappingProxyType(
    {
        "new_years_day": "元旦",
        "spring_festival": "春节",
        "tomb_sweeping_day": "清明节",
        "labour_day": "劳动节",
        "dragon_boat_festival": "端午节",
        "national_day": "国庆节",
        "mid_autumn_festival": "中秋节",
        "anti_fascist_70th_day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
    }
)


def festival_name(code: str) -> str:
    """Chinese name of a festival code (``"spring_festival"`` -> ``"春节"``); unknown codes unchanged."""
    return FESTIVAL_NAMES.get(code, code)
