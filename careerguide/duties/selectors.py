"""Reads of duties: the personal worklist and the early-warning summary (BJ-58-1, BJ-58-2)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import CharField, Count, OuterRef, Q, Subquery
from django.db.models.functions import Cast

from careerguide.accounts.permissions import is_staff
from careerguide.accounts.roles import Role
from careerguide.audit.services import object_label
from careerguide.common.errors import NotFound
from careerguide.organisations.models import Unit
from careerguide.organisations.scoping import visible_to
from careerguide.policy.selectors import policy_value

from .kinds import kind_label
from .measures import FAILED_EVALUATION, QUALITY_EXCEPTIONS, SATISFACTION, measure_counts
from .models import Duty, WarningIndicator
from .rules import (
    MAX_FAILED_AGENCIES,
    MAX_QUALITY_EXCEPTIONS,
    MIN_SATISFIED_PERCENT,
    indicator_breached,
    on_time_rate,
)
from .states import DutyStatus


def duty_list(*, actor):
    return visible_to(actor, Duty.objects.select_related("unit", "assignee"))


def duty_get(*, actor, pk) -> Duty:
    duty = duty_list(actor=actor).filter(pk=pk).first()
    if duty is None:
        raise NotFound()
    return duty


@dataclass
class Worklist:
    overdue: list = field(default_factory=list)
    today: list = field(default_factory=list)
    this_week: list = field(default_factory=list)
    pending: list = field(default_factory=list)  # deadline waiting for a year's calendar

    @property
    def empty(self) -> bool:
        return not (self.overdue or self.today or self.this_week or self.pending)


def duty_worklist(*, actor, today: dt.date, limit: int = 100) -> Worklist:
    """The signed-in person's open duties: overdue, due today, due by the end of this week.
    A unit head sees every open duty of their own unit."""
    mine = Q(assignee=actor)
    if actor.has_role(Role.UNIT_HEAD):
        mine |= Q(unit=actor.unit)
    end_of_week = today + dt.timedelta(days=6 - today.weekday())
    qs = duty_list(actor=actor).filter(mine, status=DutyStatus.OPEN)
    result = Worklist(pending=list(qs.filter(due_date__isnull=True).order_by("pending_start", "pk")[:limit]))
    for duty in qs.filter(due_date__lte=end_of_week).order_by("due_date", "pk")[:limit]:
        bucket = result.overdue if duty.due_date < today else result.today if duty.due_date == today else result.this_week
        bucket.append(duty)
    return result


@dataclass
class WarningRow:
    key: object
    label: str
    open: int = 0
    overdue: int = 0
    on_time: int = 0
    late: int = 0

    @property
    def on_time_rate(self):
        return on_time_rate(self.on_time, self.late)

    def add(self, other: dict) -> None:
        self.open += other["open"]
        self.overdue += other["overdue"]
        self.on_time += other["on_time"]
        self.late += other["late"]


@dataclass
class IndicatorAlert:
    """An indicator breached on one row of the early-warning view (BJ-58-2)."""
    indicator: WarningIndicator
    row_label: str
    value: float | None


@dataclass
class EarlyWarning:
    unit: Unit
    by_unit: list
    by_kind: list
    total: WarningRow
    threshold: float | None = None  # minimum on-time rate; rows below it are flagged (BJ-58-2)
    indicators: list = field(default_factory=list)  # the agencies' own indicators applying here (BJ-58-2)
    alerts: list = field(default_factory=list)  # IndicatorAlert

    def below_threshold(self, row: WarningRow) -> bool:
        return self.threshold is not None and row.on_time_rate is not None and row.on_time_rate < self.threshold


def overdue_q(*, today: dt.date, prefix: str = "") -> Q:
    """The one definition of overdue: open and past its due date (never stored).  `prefix` reaches
    the duty through a relation (e.g. "duty__")."""
    return Q(**{f"{prefix}status": DutyStatus.OPEN, f"{prefix}due_date__lt": today})


def duty_counts(*, qs, today: dt.date):
    """Open, overdue, on-time and late counts per (unit, kind): one grouped query.
    "Late" counts duties done late and open duties already past due."""
    overdue = overdue_q(today=today)
    return qs.values("unit_id", "kind").annotate(
        open=Count("pk", filter=Q(status=DutyStatus.OPEN)),
        overdue=Count("pk", filter=overdue),
        on_time=Count("pk", filter=Q(status=DutyStatus.DONE)),
        late=Count("pk", filter=Q(status=DutyStatus.LATE_DONE) | overdue),
    )


def early_warning_threshold(*, unit, today: dt.date) -> float:
    """The unit's own alert threshold, else its district's, else the city's (BJ-58-2)."""
    return policy_value(key="bj.early_warning_min_on_time_percent", unit=unit, on=today) / 100


def overdue_duty_list(*, actor, unit_id: int | None, today: dt.date, kind: str | None = None, limit: int = 200):
    """Drill-down: the open overdue duties behind a row of the early-warning view."""
    if not is_staff(actor):
        raise NotFound()
    unit = actor.unit if unit_id is None else visible_to(actor, Unit.objects.all(), unit_field="").filter(pk=unit_id).first()
    if unit is None:
        raise NotFound()
    qs = Duty.objects.filter(overdue_q(today=today), unit__path__startswith=unit.path)
    if kind:
        qs = qs.filter(kind=kind)
    return list(qs.select_related("unit", "assignee").order_by("due_date", "pk")[:limit])


def _roll_up(groups, unit, children) -> tuple[WarningRow, dict, dict, dict, WarningRow]:
    """The groups rolled up to the unit's own row and its child units, in total and per kind."""
    own = WarningRow(unit.pk, str(unit.name))
    rows = {child.pk: WarningRow(child.pk, child.name) for child in children}
    by_kind: dict[str, WarningRow] = {}
    per_row_kind: dict[int, dict[str, WarningRow]] = {}
    total = WarningRow(None, "合计")
    paths = dict(Unit.objects.filter(path__startswith=unit.path).values_list("pk", "path"))
    child_ids = set(rows)
    for g in groups:
        total.add(g)
        by_kind.setdefault(g["kind"], WarningRow(g["kind"], kind_label(g["kind"]))).add(g)
        path_ids = [int(p) for p in paths[g["unit_id"]].strip("/").split("/")]
        key = next((pk for pk in path_ids if pk in child_ids), unit.pk)
        (rows[key] if key != unit.pk else own).add(g)
        per_row_kind.setdefault(key, {}).setdefault(g["kind"], WarningRow(key, "")).add(g)
    return own, rows, by_kind, per_row_kind, total


def warning_indicators_for(*, unit: Unit, children=()) -> list[WarningIndicator]:
    """The active indicators that can apply to a view of `unit`: set by the unit or an ancestor (they cover the
    whole view), or by one of its child units (they cover that child's row) (BJ-58-1, BJ-58-2)."""
    ancestors = [int(p) for p in unit.path.strip("/").split("/") if p]
    ids = ancestors + [child.pk for child in children]
    return list(WarningIndicator.objects.filter(active=True, unit_id__in=ids).select_related("unit")
                .order_by("unit__path", "name"))


def _measure_by_row(code: str, *, unit: Unit, children, start: dt.date, end: dt.date) -> dict[int, tuple[int, int]]:
    """A registered measure's (hits, total) per agency, rolled up to the unit's own row and its child units."""
    counts = measure_counts(code, unit=unit, start=start, end=end)
    paths = dict(Unit.objects.filter(pk__in=counts).values_list("pk", "path"))
    child_ids = {child.pk for child in children}
    rows: dict[int, tuple[int, int]] = {}
    for unit_id, (hits, total) in counts.items():
        path_ids = [int(p) for p in paths.get(unit_id, "").strip("/").split("/") if p]
        key = next((pk for pk in path_ids if pk in child_ids), unit.pk)
        before = rows.get(key, (0, 0))
        rows[key] = (before[0] + hits, before[1] + total)
    return rows


def _indicator_alerts(indicators, row_units: dict[int, tuple[Unit, str]], per_row_kind: dict,
                      measures: dict[str, dict[int, tuple[int, int]]]) -> list[IndicatorAlert]:
    alerts = []
    for indicator in indicators:
        for key, (row_unit, label) in row_units.items():
            if not row_unit.path.startswith(indicator.unit.path):
                continue
            counts = WarningRow(key, label)
            for kind, row in per_row_kind.get(key, {}).items():
                if not indicator.kind or indicator.kind == kind:
                    counts.add({"open": row.open, "overdue": row.overdue, "on_time": row.on_time, "late": row.late})
            satisfied, answered = measures.get(SATISFACTION, {}).get(key, (0, 0))
            failed, _graded = measures.get(FAILED_EVALUATION, {}).get(key, (0, 0))
            exceptions, _none = measures.get(QUALITY_EXCEPTIONS, {}).get(key, (0, 0))
            breached, value = indicator_breached(metric=indicator.metric, threshold=indicator.threshold,
                                                 overdue=counts.overdue, on_time=counts.on_time, late=counts.late,
                                                 satisfied=satisfied, answered=answered, failed=failed,
                                                 exceptions=exceptions)
            if breached:
                alerts.append(IndicatorAlert(indicator, label, value))
    return alerts


def early_warning_summary(*, actor, unit_id: int | None, today: dt.date, due_from: dt.date | None = None,
                          due_to: dt.date | None = None, kind: str | None = None) -> EarlyWarning:
    """Overdue counts and on-time rates for a unit's subtree, split by its child units and by duty kind, with the
    alerts of the indicators the city and the districts set (BJ-58-1, BJ-58-2).

    One grouped query over the duties (set-based), then a roll-up of the groups to the child units by
    their paths.  "Late" counts both duties done late and open duties already past due.
    """
    if not is_staff(actor):
        raise NotFound()
    unit = actor.unit if unit_id is None else visible_to(actor, Unit.objects.all(), unit_field="").filter(pk=unit_id).first()
    if unit is None:
        raise NotFound()
    qs = Duty.objects.filter(unit__path__startswith=unit.path).exclude(status=DutyStatus.CANCELLED)
    if due_from:
        qs = qs.filter(due_date__gte=due_from)
    if due_to:
        qs = qs.filter(due_date__lte=due_to)
    if kind:
        qs = qs.filter(kind=kind)
    children = list(unit.children.order_by("path"))
    own, rows, by_kind, per_row_kind, total = _roll_up(duty_counts(qs=qs, today=today), unit, children)
    unit_rows = ([own] if own.open or own.on_time or own.late else []) + list(rows.values())
    indicators = warning_indicators_for(unit=unit, children=children)
    row_units = {unit.pk: (unit, own.label), **{c.pk: (c, c.name) for c in children}}
    metrics = {i.metric for i in indicators}
    measures = {}
    if MIN_SATISFIED_PERCENT in metrics:
        window = policy_value(key="bj.early_warning_satisfaction_window_days", unit=unit, on=today)
        measures[SATISFACTION] = _measure_by_row(SATISFACTION, unit=unit, children=children,
                                                 start=due_from or today - dt.timedelta(days=window - 1),
                                                 end=due_to or today)
    if MAX_FAILED_AGENCIES in metrics:  # the latest published evaluation of each agency up to the view's end
        measures[FAILED_EVALUATION] = _measure_by_row(FAILED_EVALUATION, unit=unit, children=children,
                                                      start=due_from or dt.date.min, end=due_to or today)
    if MAX_QUALITY_EXCEPTIONS in metrics:  # the exceptions open today
        measures[QUALITY_EXCEPTIONS] = _measure_by_row(QUALITY_EXCEPTIONS, unit=unit, children=children, start=today,
                                                       end=today)
    return EarlyWarning(unit=unit, by_unit=unit_rows, by_kind=sorted(by_kind.values(), key=lambda r: -r.overdue), total=total,
                        threshold=early_warning_threshold(unit=unit, today=today), indicators=indicators,
                        alerts=_indicator_alerts(indicators, row_units, per_row_kind, measures))


def warning_indicator_get(*, actor, pk: int) -> WarningIndicator:
    indicator = visible_to(actor, WarningIndicator.objects.select_related("unit")).filter(pk=pk).first()
    if indicator is None:
        raise NotFound()
    return indicator


def published_results(*, unit: Unit, since: dt.date, limit: int = 50) -> list[dict]:
    """Results an agency publishes (BJ-5-10): reference number, service item, outcome and date only,
    never the person or employer served."""
    rows = (Duty.objects.filter(unit=unit, status__in=[DutyStatus.DONE, DutyStatus.LATE_DONE], fulfilled_on__gte=since)
            .order_by("-fulfilled_on", "-pk").values("pk", "kind", "status", "fulfilled_on")[:limit])
    return [{"reference": f"D{r['pk']:07d}", "item": kind_label(r["kind"]), "outcome": DutyStatus(r["status"]).label,
             "date": r["fulfilled_on"]} for r in rows]


def open_duties_for_subject(*, subject, kind: str | None = None):
    """The subject's open duties (of `kind`, when given)."""
    qs = Duty.objects.filter(subject_type=object_label(obj=subject), subject_id=str(subject.pk), status=DutyStatus.OPEN)
    return qs.filter(kind=kind) if kind else qs


def subject_due_date(*, model, kind: str):
    """The due date of the `kind` duty of each row of `model`, as an expression to annotate a queryset with: the
    deadline lives on the duty alone (computed once the year's calendar is loaded), never copied to the subject."""
    duties = Duty.objects.filter(subject_type=model._meta.label_lower, kind=kind,
                                 subject_id=Cast(OuterRef("pk"), output_field=CharField()))
    return Subquery(duties.order_by("-pk").values("due_date")[:1])
