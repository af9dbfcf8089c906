"""Writes to duties and the shared state-machine step.

`transition()` is the one state-machine step every workflow uses: it refuses
a move not in the table (with a Chinese message naming both states), sets the
status, stamps the milestone time, writes the audit event, schedules and
cancels the duties the move implies, and queues side effects for after the
commit.  Nothing else assigns a status.  `duty_schedule()` is the one API a
module calls to owe someone something by a date.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.models import User
from careerguide.accounts.roles import Role
from careerguide.audit.services import audit_record, object_label
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.notifications.services import notify
from careerguide.workdays.calendar import CalendarYearNotLoaded
from careerguide.workdays.links import calendar_import_link
from careerguide.workdays.selectors import work_calendar

from .kinds import kind_is_declared, kind_link
from .models import Duty, DutySnapshot
from .rules import PendingDue, TooEarly, fulfilment_status
from .selectors import duty_counts, open_duties_for_subject
from .states import DUTY_TRANSITIONS, DutyStatus


class InvalidTransition(DomainError):
    pass


@dataclass(frozen=True)
class DutySpec:
    """A duty a transition creates: what, which clause, by when, owed by whom."""

    kind: str
    title: str
    clause: str
    due_date: date | PendingDue     # a PendingDue while the year's calendar is not loaded (see workday_due)
    unit: object
    assignee: object = None
    earliest: date | None = None
    link: str = ""
    remind_on: tuple[date, ...] = ()   # reminders on these dates too (besides the last working days)


def _label(obj, field: str, value) -> str:
    choices = dict(obj._meta.get_field(field).flatchoices)
    return str(choices.get(value, value))


def transition(*, obj, to: str, actor, table: dict, unit, clause: str = "", reason: str = "", field: str = "status",
               milestone_field: str | None = None, now=None, schedule=(), cancel_kinds=(), cancel_reason: str = "",
               on_commit=()):
    """Move `obj.<field>` to `to`; return the audit event that records the move."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("transition() must run inside the service's transaction")
    current = getattr(obj, field)
    if to not in table.get(current, ()):
        raise InvalidTransition(
            _("不能从“%(current)s”变更为“%(to)s”。") % {"current": _label(obj, field, current), "to": _label(obj, field, to)},
            clause=clause, code=CommonErrorCode.INVALID_TRANSITION)
    now = now or timezone.now()
    setattr(obj, field, to)
    update_fields = [field]
    if milestone_field:
        setattr(obj, milestone_field, now)
        update_fields.append(milestone_field)
    if any(f.name == "updated_at" for f in obj._meta.concrete_fields):
        update_fields.append("updated_at")
    obj.save(update_fields=update_fields)
    event = audit_record(actor=actor, obj=obj, unit=unit, action="transition", clause=clause, reason=reason, now=now,
                         before={field: current}, after={field: to})
    for kind in cancel_kinds:
        duties_cancel_for_subject(actor=actor, subject=obj, kind=kind, reason=cancel_reason or reason, now=now)
    for spec in schedule:
        duty_schedule(actor=actor, subject=obj, spec=spec, created_by_event=event, now=now)
    for callback in on_commit:
        transaction.on_commit(callback)
    return event


def _today(now) -> dt.date:
    return timezone.localdate(now or timezone.now())


def workday_due(*, start: date, workdays: int, calendar=None) -> date | PendingDue:
    """The date `workdays` working days after `start`, or a PendingDue when the count reaches into a
    year whose statutory calendar is not loaded yet: the duty is then saved with its deadline pending
    and computed when the year is imported (never a Monday-to-Friday guess)."""
    calendar = calendar or work_calendar()
    try:
        return calendar.add_workdays(start, workdays)
    except CalendarYearNotLoaded as error:
        return PendingDue(start=start, workdays=workdays, year=error.year)


def _warn_calendar_missing(pending: PendingDue, now) -> None:
    """Tell the city administrators once per missing year that deadlines are waiting for its calendar."""
    for admin in User.objects.filter(is_active=True, role_assignments__role=Role.CITY_ADMIN).distinct():
        notify(recipient=admin, subject=_("%(y)s年工作日历尚未导入，已有事项的截止日期待定") % {"y": pending.year},
               body=_("请尽快导入该年度的法定节假日和调休安排，待定的截止日期将自动计算。"), link=calendar_import_link(),
               dedup_key=f"calendar-pending:{pending.year}:{admin.pk}", now=now)


@transaction.atomic
def duty_schedule(*, actor, subject, spec: DutySpec, created_by_event=None, now=None) -> Duty:
    """Create a duty for `subject` (any model instance).  The one API modules call to owe something."""
    if not kind_is_declared(spec.kind):
        raise RuntimeError(f"duty kind {spec.kind!r} is not declared in any app's duty_kinds.KINDS")
    pending = spec.due_date if isinstance(spec.due_date, PendingDue) else None
    due = None if pending else spec.due_date
    if spec.earliest is not None and due is not None and spec.earliest > due:
        raise DomainError(_("办理窗口的开始日期不能晚于截止日期。"), code=CommonErrorCode.INVALID)
    reminders = sorted(d for d in set(spec.remind_on) if (due is None or d <= due) and d >= _today(now))
    duty = Duty.objects.create(
        kind=spec.kind, title=spec.title, clause=spec.clause, subject_type=object_label(obj=subject),
        subject_id=str(subject.pk), subject_label=str(subject)[:200], link=spec.link or kind_link(spec.kind, subject),
        due_date=due, earliest=spec.earliest, unit=spec.unit, assignee=spec.assignee, created_by_event=created_by_event,
        pending_start=pending.start if pending else None, pending_workdays=pending.workdays if pending else None,
        remind_on=reminders[0] if reminders else None, remind_dates=[d.isoformat() for d in reminders[1:]],
    )
    audit_record(actor=actor, obj=duty, unit=spec.unit, action="create", clause=spec.clause, now=now,
                 after={"kind": spec.kind, "due_date": due, "due_pending": str(pending) if pending else None,
                        "earliest": spec.earliest, "subject": f"{duty.subject_type}:{duty.subject_id}"})
    if pending:
        _warn_calendar_missing(pending, now)
    return duty


@transaction.atomic
def duties_pending_resolve(*, now=None) -> int:
    """Compute the deadlines that were waiting for a year's calendar, now that it may be loaded; a duty
    already met is judged again against its deadline.  Returns how many deadlines were computed."""
    calendar = work_calendar()
    resolved = 0
    for duty in Duty.objects.select_for_update().filter(due_date__isnull=True).exclude(status=DutyStatus.CANCELLED):
        due = workday_due(start=duty.pending_start, workdays=duty.pending_workdays, calendar=calendar)
        if isinstance(due, PendingDue):
            continue
        duty.due_date, duty.pending_start, duty.pending_workdays = due, None, None
        duty.save(update_fields=["due_date", "pending_start", "pending_workdays", "updated_at"])
        audit_record(actor=None, obj=duty, unit=duty.unit, action="deadline_computed", clause=duty.clause, now=now,
                     after={"due_date": due})
        if duty.status == DutyStatus.DONE and duty.fulfilled_on and duty.fulfilled_on > due:
            transition(obj=duty, to=DutyStatus.LATE_DONE, actor=None, table=DUTY_TRANSITIONS, unit=duty.unit,
                       clause=duty.clause, reason=_("截止日期确定后按逾期完成计"), now=now)
        resolved += 1
    return resolved


@transaction.atomic
def duty_fulfil(*, actor, duty: Duty, on: dt.date, event=None, now=None) -> Duty:
    """Record that `event` satisfied the duty on `on`: done in time or late (BJ-21-9, BJ-27-7)."""
    try:
        # While the deadline waits for the calendar the duty counts as met; it is judged again when computed.
        status = fulfilment_status(due_date=duty.due_date or date.max, earliest=duty.earliest, on=on)
    except TooEarly:
        raise DomainError(_("尚未到该事项的办理时间窗口（%(date)s起），本次记录不能视为完成。") % {"date": duty.earliest},
                          clause=duty.clause, code=CommonErrorCode.TOO_EARLY) from None
    duty.fulfilled_on = on
    duty.fulfilled_by_event = event
    duty.save(update_fields=["fulfilled_on", "fulfilled_by_event", "updated_at"])
    transition(obj=duty, to=status, actor=actor, table=DUTY_TRANSITIONS, unit=duty.unit, clause=duty.clause, now=now)
    return duty


@transaction.atomic
def duty_cancel(*, actor, duty: Duty, reason: str, now=None) -> Duty:
    if not (reason or "").strip():
        raise DomainError(field_errors={"reason": [_("取消待办事项必须填写原因。")]}, code=CommonErrorCode.REQUIRED)
    duty.cancel_reason = reason.strip()
    duty.save(update_fields=["cancel_reason", "updated_at"])
    transition(obj=duty, to=DutyStatus.CANCELLED, actor=actor, table=DUTY_TRANSITIONS, unit=duty.unit, clause=duty.clause,
               reason=reason, now=now)
    return duty


@transaction.atomic
def duties_fulfil_for_subject(*, actor, subject, kind: str, on: dt.date, event=None, now=None) -> list[Duty]:
    """Fulfil the subject's open duties of `kind` whose window has opened by `on`."""
    done = []
    for duty in open_duties_for_subject(subject=subject, kind=kind).filter(Q(earliest__isnull=True) | Q(earliest__lte=on)).order_by("due_date"):
        done.append(duty_fulfil(actor=actor, duty=duty, on=on, event=event, now=now))
    return done


@transaction.atomic
def duties_cancel_for_subject(*, actor, subject, kind: str, reason: str, now=None) -> int:
    duties = list(open_duties_for_subject(subject=subject, kind=kind))
    for duty in duties:
        duty_cancel(actor=actor, duty=duty, reason=reason or _("业务状态变更，事项不再需要办理。"), now=now)
    return len(duties)


@transaction.atomic
def duties_reassign_for_subject(*, actor, subject, assignee, kinds=(), clause: str = "", now=None) -> int:
    """Hand the subject's open duties (of `kinds`, or all) to a new assignee, e.g. when a case worker
    or an account officer changes; each move is audited.  Returns how many moved."""
    duties = open_duties_for_subject(subject=subject)
    if kinds:
        duties = duties.filter(kind__in=kinds)
    moved = 0
    for duty in duties.exclude(assignee=assignee):
        before = duty.assignee_id
        duty.assignee = assignee
        duty.save(update_fields=["assignee", "updated_at"])
        audit_record(actor=actor, obj=duty, unit=duty.unit, action="reassign", clause=clause or duty.clause, now=now,
                     before={"assignee": before}, after={"assignee": getattr(assignee, "pk", None)})
        moved += 1
    return moved


@transaction.atomic
def duties_daily_snapshot(*, now=None) -> int:
    """Classify every duty as open, overdue, on time or late for today and keep the counts per
    unit and kind (BJ-58-1 daily monitoring).  One grouped query, however many duties there are;
    re-running on the same day replaces that day's record.  Returns the number of overdue duties."""
    today = _today(now)
    DutySnapshot.objects.filter(day=today).delete()
    rows = [DutySnapshot(day=today, unit_id=g["unit_id"], kind=g["kind"], open=g["open"], overdue=g["overdue"],
                         on_time=g["on_time"], late=g["late"])
            for g in duty_counts(qs=Duty.objects.exclude(status=DutyStatus.CANCELLED), today=today)]
    DutySnapshot.objects.bulk_create(rows, batch_size=2000)
    return sum(r.overdue for r in rows)


def _digest_link(user) -> str:
    return "/work/" if user.is_staff_member else "/me/"


@transaction.atomic
def duties_send_reminders(*, now=None, calendar, lead_workdays: int) -> int:
    """Remind assignees (or, for unassigned duties, the unit heads) of duties due within
    `lead_workdays` working days, overdue, or with a set reminder date (`remind_on`) reached.
    Runs on working days only; each duty is reminded at most once per day and each person
    gets one digest a day.  Returns the number of duties reminded.

    Sending and marking are one unit: the digests are delivered first and the duties are
    marked afterwards in the same transaction, so a failure part-way leaves nothing marked
    and the next run sends the day's reminders again (each digest's dedup key makes a
    repeated delivery a no-op)."""
    today = _today(now)
    if not calendar.is_workday(today):
        return 0
    horizon = calendar.add_workdays(today, lead_workdays)
    due = Duty.objects.filter(status=DutyStatus.OPEN).filter(Q(due_date__lte=horizon) | Q(remind_on__lte=today)).filter(
        Q(last_reminded_on__isnull=True) | Q(last_reminded_on__lt=today))
    per_person: dict[int, int] = {}
    heads: dict[int, list[int]] = {}
    last_pk = 0
    staged = []
    for pk, assignee_id, unit_id, remind_on in due.values_list("pk", "assignee_id", "unit_id", "remind_on").iterator(
            chunk_size=5000):
        last_pk = max(last_pk, pk)
        if remind_on is not None and remind_on <= today:
            staged.append(pk)
        if unit_id not in heads and not assignee_id:
            heads[unit_id] = list(User.objects.filter(unit_id=unit_id, is_active=True, role_assignments__role=Role.UNIT_HEAD)
                                  .values_list("pk", flat=True))
        for person in [assignee_id] if assignee_id else heads[unit_id]:
            per_person[person] = per_person.get(person, 0) + 1
    for user in User.objects.filter(pk__in=per_person):
        notify(recipient=user, subject=_("待办提醒：%(n)s项事项即将到期或已逾期") % {"n": per_person[user.pk]},
               link=_digest_link(user), dedup_key=f"duty-digest:{user.pk}:{today.isoformat()}", now=now)
    reminded = due.filter(pk__lte=last_pk).update(last_reminded_on=today)
    for duty in Duty.objects.filter(pk__in=staged):
        later = [d for d in duty.remind_dates if d > today.isoformat()]
        duty.remind_on = dt.date.fromisoformat(later[0]) if later else None
        duty.remind_dates = later[1:]
        duty.save(update_fields=["remind_on", "remind_dates"])
    return reminded
