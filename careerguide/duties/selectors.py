"""Reads of duties: the personal worklist and the early-warning summary (BJ-58-1, BJ-58-2)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, Q

from careerguide.accounts.permissions import is_staff
from careerguide.accounts.roles import Role
from careerguide.audit.services import object_label
from careerguide.common.errors import NotFound
from careerguide.organisations.models import Unit
from careerguide.organisations.scoping import visible_to
from careerguide.policy.selectors import policy_value

from .kinds import kind_label
from .models import Duty
from .rules import on_time_rate
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
class EarlyWarning:
    unit: Unit
    by_unit: list
    by_kind: list
    total: WarningRow
    threshold: float | None = None  # minimum on-time rate; rows below it are flagged (BJ-58-2)

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


def early_warning_summary(*, actor, unit_id: int | None, today: dt.date, due_from: dt.date | None = None,
                          due_to: dt.date | None = None, kind: str | None = None) -> EarlyWarning:
    """Overdue counts and on-time rates for a unit's subtree, split by its child units and by duty kind.

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
    groups = duty_counts(qs=qs, today=today)
    children = list(unit.children.order_by("path"))
    own = WarningRow(unit.pk, str(unit.name))
    rows = {child.pk: WarningRow(child.pk, child.name) for child in children}
    by_kind: dict[str, WarningRow] = {}
    total = WarningRow(None, "合计")
    paths = dict(Unit.objects.filter(path__startswith=unit.path).values_list("pk", "path"))
    child_ids = {child.pk for child in children}
    for g in groups:
        total.add(g)
        by_kind.setdefault(g["kind"], WarningRow(g["kind"], kind_label(g["kind"]))).add(g)
        path_ids = [int(p) for p in paths[g["unit_id"]].strip("/").split("/")]
        child = next((pk for pk in path_ids if pk in child_ids), None)
        (rows[child] if child else own).add(g)
    unit_rows = ([own] if own.open or own.on_time or own.late else []) + list(rows.values())
    return EarlyWarning(unit=unit, by_unit=unit_rows, by_kind=sorted(by_kind.values(), key=lambda r: -r.overdue), total=total,
                        threshold=early_warning_threshold(unit=unit, today=today))


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
