"""Running a recognised studio: targets, subsidies, sample audits, exits (HN-8-*, HN-9-*, HN-10-*, HN-11-*)."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from .base import gettext_noop as _

T1, T2, T3 = "t1_regional_exchange", "t2_four_into", "t3_backbone"
VENUES = ("park", "campus", "enterprise", "community")


def quarter_of(d: date) -> tuple[date, date]:
    q0 = (d.month - 1) // 3 * 3 + 1
    start = date(d.year, q0, 1)
    end = date(d.year + (q0 == 10), 1 if q0 == 10 else q0 + 3, 1) - timedelta(days=1)
    return start, end


def measured_periods(*, recognised_on: date, until: date, ended_on: date | None = None):
    """HN-10-4: calendar quarters and years starting on or after the recognition date and ending by
    `until`; nothing after deregistration or revocation (`ended_on`).  Returns (quarters, years)."""
    stop = min(until, ended_on) if ended_on else until
    quarters, years = [], []
    start, _end = quarter_of(recognised_on)
    if start < recognised_on:
        start = _end + timedelta(days=1)
    while True:
        q_start, q_end = quarter_of(start)
        if q_end > stop:
            break
        quarters.append((q_start, q_end))
        start = q_end + timedelta(days=1)
    year = recognised_on.year if recognised_on == date(recognised_on.year, 1, 1) else recognised_on.year + 1
    while date(year, 12, 31) <= stop:
        years.append((date(year, 1, 1), date(year, 12, 31)))
        year += 1
    return quarters, years


def current_periods(today: date) -> dict:
    q = quarter_of(today)
    return {T1: q, T2: (date(today.year, 1, 1), date(today.year, 12, 31)), T3: (date(today.year, 1, 1), date(today.year, 12, 31))}


@dataclass(frozen=True)
class Activity:
    on: date
    target: str
    regional: bool = False
    venue: str = ""


@dataclass(frozen=True)
class Trainee:
    person_key: str
    completed_on: date | None


def target_actual(target: str, period: tuple[date, date], activities, trainees) -> int:
    """HN-10-1, HN-10-2, HN-10-3, HN-10-5: an activity counts only for the target declared on it;
    T1 needs the regional scope, T2 counts all four venue types together, T3 counts distinct persons
    whose training ended in the period."""
    start, end = period
    if target == T3:
        return len({t.person_key for t in trainees if t.completed_on and start <= t.completed_on <= end})
    count = 0
    for a in activities:
        if a.target != target or not start <= a.on <= end:
            continue
        if target == T1 and not a.regional:
            continue
        if target == T2 and a.venue not in VENUES:
            continue
        count += 1
    return count


def target_report(*, recognised_on: date, until: date, ended_on: date | None, activities, trainees,
                  thresholds: dict) -> list[dict]:
    """HN-10-8: per target and period: target, actual, met."""
    quarters, years = measured_periods(recognised_on=recognised_on, until=until, ended_on=ended_on)
    rows = []
    for period in quarters:
        actual = target_actual(T1, period, activities, trainees)
        rows.append({"target": T1, "period": period, "required": thresholds[T1], "actual": actual,
                     "met": actual >= thresholds[T1]})
    for period in years:
        for t in (T2, T3):
            actual = target_actual(t, period, activities, trainees)
            rows.append({"target": t, "period": period, "required": thresholds[t], "actual": actual,
                         "met": actual >= thresholds[t]})
    return rows


def unmet_warnings(*, today: date, activities, trainees, thresholds: dict, warning_days: int) -> list[dict]:
    """HN-10-8: within `warning_days` calendar days before the current period ends, targets still unmet."""
    out = []
    for target, period in current_periods(today).items():
        if (period[1] - today).days > warning_days:
            continue
        actual = target_actual(target, period, activities, trainees)
        if actual < thresholds[target]:
            out.append({"target": target, "period": period, "required": thresholds[target], "actual": actual})
    return out


def repeat_trainees(trainees) -> set:
    """HN-10-7: persons counted in one year and again in a later year."""
    years: dict[str, set] = {}
    for t in trainees:
        if t.completed_on:
            years.setdefault(t.person_key, set()).add(t.completed_on.year)
    return {k for k, ys in years.items() if len(ys) > 1}


def expenditure_allowed(*, granted: Decimal, spent: Decimal, amount: Decimal) -> bool:
    """HN-8-4: spending recorded against the one-time subsidy never exceeds the grant."""
    return amount > 0 and spent + amount <= granted


def draw_sample(pool, size: int, seed: int) -> list:
    """HN-9-2: a reproducible draw of `size` (≥ 1) items from `pool` with `seed`."""
    items = sorted(pool)
    if size < 1 or size > len(items):
        raise ValueError("sample size must be between 1 and the pool size")
    return sorted(random.Random(seed).sample(items, size))


# Exit grounds (HN-11-8, HN-11-10, HN-11-13 .. HN-11-16, HN-11-20).
N1, N2, N3 = "n1_legal_person_ended", "n2_master_absent", "n3_voluntary"
F1, F2, F3 = "f1_rectification_failed", "f2_falsification", "f3_fund_misuse"
NATURAL, FORCED = frozenset({N1, N2, N3}), frozenset({F1, F2, F3})


def exit_ground_check(ground: str, *, lost_legal_person=False, stopped_functions=False, absence_flagged=False,
                      unfit_to_continue=False, host_applied=False, rectification_failed=False,
                      serious=False, evidence="") -> tuple[bool, str]:
    """Whether a ground for deregistration or revocation is made out; returns (ok, reason)."""
    if ground == N1:
        ok = lost_legal_person and stopped_functions
        return ok, "" if ok else _("须同时满足：终止法人资格且不再继续履行职能。")
    if ground == N2:
        ok = absence_flagged and unfit_to_continue
        return ok, "" if ok else _("须空缺满一年并经认定不适合存续。")
    if ground == N3:
        return host_applied, "" if host_applied else _("须有所在单位自主申请注销。")
    if ground == F1:
        return rectification_failed, "" if rectification_failed else _("须经考核评估不合格且限期整改仍不达标。")
    if ground in (F2, F3):
        ok = serious and bool((evidence or "").strip())
        return ok, "" if ok else _("须认定情节严重（或造成严重后果、恶劣影响）并附证据。")
    return False, _("未知的退出情形。")


def exit_registration(ground: str) -> str:
    """HN-11-7: natural exit → deregistered (注销), forced exit → revoked (撤销)."""
    return "deregistered" if ground in NATURAL else "revoked"
