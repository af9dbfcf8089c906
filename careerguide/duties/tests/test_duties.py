"""The duty engine: schedule, fulfil in time or late, windows, cancel, transitions, reminders, overdue marking."""
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.duties.rules import TooEarly, fulfilment_status, on_time_rate
from careerguide.duties.services import (
    DutySpec,
    InvalidTransition,
    duties_daily_snapshot,
    duties_fulfil_for_subject,
    duties_send_reminders,
    duty_cancel,
    duty_fulfil,
    duty_schedule,
)
from careerguide.duties.states import DUTY_TRANSITIONS, DutyStatus
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.notifications.models import Notification
from careerguide.workdays.calendar import from_chinese_calendar

TZ = ZoneInfo("Asia/Shanghai")
CALENDAR = from_chinese_calendar([2025, 2026])


def at(day: dt.date, hour=9):
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=TZ)


@pytest.mark.parametrize(
    "on, expected",
    [(dt.date(2026, 3, 9), "done"), (dt.date(2026, 3, 10), "done"), (dt.date(2026, 3, 11), "late_done")],
)
def test_fulfilment_on_the_due_date_counts(on, expected):
    """BJ-21-9: "N个工作日内" includes the due date; the day after is late."""
    assert fulfilment_status(due_date=dt.date(2026, 3, 10), earliest=None, on=on) == expected


@pytest.mark.parametrize(
    "on, expected",
    [(dt.date(2026, 4, 2), TooEarly), (dt.date(2026, 4, 3), "done"), (dt.date(2026, 4, 17), "done"), (dt.date(2026, 4, 18), "late_done")],
)
def test_window_duty(on, expected):
    """BJ-27-7: a "左右" duty is met only inside its window (anchor ±7 days); before the window does not count."""
    kwargs = {"due_date": dt.date(2026, 4, 17), "earliest": dt.date(2026, 4, 3), "on": on}
    if expected is TooEarly:
        with pytest.raises(TooEarly):
            fulfilment_status(**kwargs)
    else:
        assert fulfilment_status(**kwargs) == expected


def test_on_time_rate():
    assert on_time_rate(3, 1) == 0.75 and on_time_rate(0, 0) is None


def test_transition_table_covers_every_status():
    assert set(DUTY_TRANSITIONS) == set(DutyStatus.values)


@pytest.fixture
def seeker(city, staff):
    return make_job_seeker(staff.s11_counsellor, city.s11, full_name="待办对象")


def schedule(staff, city, seeker, due, earliest=None, assignee="s11_counsellor", kind="test.follow_up"):
    spec = DutySpec(kind=kind, title="回访", clause="BJ-21-9", due_date=due, earliest=earliest, unit=city.s11,
                    assignee=getattr(staff, assignee) if assignee else None, link="/work/")
    return duty_schedule(actor=staff.s11_counsellor, subject=seeker, spec=spec)


@pytest.mark.django_db
def test_schedule_and_fulfil_writes_audit_events(city, staff, seeker):
    """BJ-5-8: the system computes due dates, stores them and records completion on time or late."""
    due = CALENDAR.add_workdays(dt.date(2026, 9, 30), 10)
    assert due == dt.date(2026, 10, 20)  # 10-08, 10-09, 10-10 (make-up Saturday), 10-12 … 10-16, 10-19, 10-20
    duty = schedule(staff, city, seeker, due)
    assert (duty.subject_type, duty.subject_id, duty.status) == ("job_seekers.jobseeker", str(seeker.pk), "open")
    event = AuditEvent.objects.latest("seq")
    duty_fulfil(actor=staff.s11_counsellor, duty=duty, on=dt.date(2026, 10, 21), event=event)
    duty.refresh_from_db()
    assert (duty.status, duty.fulfilled_on, duty.fulfilled_by_event) == ("late_done", dt.date(2026, 10, 21), event)
    transition_event = AuditEvent.objects.latest("seq")
    assert (transition_event.action, transition_event.changes) == ("transition", {"before": {"status": "open"}, "after": {"status": "late_done"}})


@pytest.mark.django_db
def test_done_duty_cannot_move_again(city, staff, seeker):
    duty = schedule(staff, city, seeker, dt.date(2026, 3, 10))
    duty_fulfil(actor=staff.s11_counsellor, duty=duty, on=dt.date(2026, 3, 10))
    before = AuditEvent.objects.count()
    with pytest.raises(InvalidTransition) as exc:
        duty_cancel(actor=staff.s11_counsellor, duty=duty, reason="重复")
    assert "不能从“按时完成”变更为“已取消”" in str(exc.value)
    assert AuditEvent.objects.count() == before
    duty.refresh_from_db()
    assert duty.status == "done"


@pytest.mark.django_db
def test_too_early_fulfilment_changes_nothing(city, staff, seeker):
    """BJ-27-7: a follow-up before the window opens leaves the duty open."""
    duty = schedule(staff, city, seeker, dt.date(2026, 4, 17), earliest=dt.date(2026, 4, 3))
    with pytest.raises(DomainError) as exc:
        duty_fulfil(actor=staff.s11_counsellor, duty=duty, on=dt.date(2026, 4, 1))
    assert exc.value.code == "too_early"
    duty.refresh_from_db()
    assert duty.status == "open" and duty.fulfilled_on is None
    assert duties_fulfil_for_subject(actor=staff.s11_counsellor, subject=seeker, kind="test.follow_up", on=dt.date(2026, 4, 1)) == []
    assert [d.status for d in duties_fulfil_for_subject(actor=staff.s11_counsellor, subject=seeker, kind="test.follow_up", on=dt.date(2026, 4, 3))] == ["done"]


@pytest.mark.django_db
def test_cancel_needs_a_reason(city, staff, seeker):
    duty = schedule(staff, city, seeker, dt.date(2026, 3, 10))
    with pytest.raises(DomainError):
        duty_cancel(actor=staff.s11_counsellor, duty=duty, reason="  ")
    duty_cancel(actor=staff.s11_counsellor, duty=duty, reason="服务对象已就业")
    duty.refresh_from_db()
    assert (duty.status, duty.cancel_reason) == ("cancelled", "服务对象已就业")


@pytest.mark.django_db
def test_daily_snapshot_classifies_every_duty(city, staff, seeker):
    """BJ-58-1: the daily monitoring record counts open, overdue, on-time and late duties per unit and kind."""
    from careerguide.duties.models import DutySnapshot

    schedule(staff, city, seeker, dt.date(2026, 3, 9))  # overdue on the 10th
    schedule(staff, city, seeker, dt.date(2026, 3, 10))  # due that day: not overdue
    done = schedule(staff, city, seeker, dt.date(2026, 3, 5))
    duty_fulfil(actor=staff.s11_counsellor, duty=done, on=dt.date(2026, 3, 6))  # late
    assert duties_daily_snapshot(now=at(dt.date(2026, 3, 10))) == 1
    assert duties_daily_snapshot(now=at(dt.date(2026, 3, 10), hour=18)) == 1  # same day: replaced, not added
    assert duties_daily_snapshot(now=at(dt.date(2026, 3, 11))) == 2
    day10 = DutySnapshot.objects.get(day=dt.date(2026, 3, 10))
    assert (day10.unit, day10.kind, day10.open, day10.overdue, day10.on_time, day10.late) == (city.s11, "test.follow_up", 2, 1, 0, 2)
    assert DutySnapshot.objects.count() == 2


@pytest.mark.django_db
def test_reminders_once_per_working_day(city, staff, seeker):
    """Reminders are idempotent: each duty at most once per working day, none on a holiday."""
    schedule(staff, city, seeker, dt.date(2026, 10, 9))  # Friday after National Day
    schedule(staff, city, seeker, dt.date(2026, 10, 20))  # far away: not yet
    schedule(staff, city, seeker, dt.date(2026, 10, 9), assignee=None)  # unassigned: goes to the unit head… none at s11
    # National Day holiday: no reminders.
    assert duties_send_reminders(now=at(dt.date(2026, 10, 5)), calendar=CALENDAR, lead_workdays=2) == 0
    # Thursday 8 October (a working day): 10-09 is within two working days.
    assert duties_send_reminders(now=at(dt.date(2026, 10, 8)), calendar=CALENDAR, lead_workdays=2) == 2
    assert duties_send_reminders(now=at(dt.date(2026, 10, 8), hour=15), calendar=CALENDAR, lead_workdays=2) == 0
    assert Notification.objects.filter(recipient=staff.s11_counsellor).count() == 1
    # Saturday 10 October 2026 is a make-up working day: reminded again, one new digest.
    assert duties_send_reminders(now=at(dt.date(2026, 10, 10)), calendar=CALENDAR, lead_workdays=2) == 2
    assert Notification.objects.filter(recipient=staff.s11_counsellor).count() == 2


@pytest.mark.django_db
def test_reminders_on_set_dates_before_the_due_date(city, staff, seeker):
    """A duty may ask for reminders on set dates (a window opening, a warning before a quarter ends):
    reminded on each of those working days, not on the days between, then in the last working days."""
    duty = duty_schedule(actor=staff.s11_counsellor, subject=seeker, now=at(dt.date(2026, 3, 2)), spec=DutySpec(
        kind="test.follow_up", title="回访", clause="BJ-27-1", due_date=dt.date(2026, 3, 31), unit=city.s11,
        assignee=staff.s11_counsellor, remind_on=(dt.date(2026, 3, 3), dt.date(2026, 3, 16), dt.date(2026, 4, 9))))
    assert (duty.remind_on, duty.remind_dates) == (dt.date(2026, 3, 3), ["2026-03-16"])  # after the due date: dropped
    run = lambda day: duties_send_reminders(now=at(day), calendar=CALENDAR, lead_workdays=2)  # noqa: E731
    assert run(dt.date(2026, 3, 2)) == 0            # the day before the first set date
    assert run(dt.date(2026, 3, 3)) == 1            # the set date
    assert run(dt.date(2026, 3, 4)) == 0            # the day after: nothing until the next one
    assert run(dt.date(2026, 3, 13)) == 0
    assert run(dt.date(2026, 3, 16)) == 1
    assert run(dt.date(2026, 3, 17)) == 0
    assert run(dt.date(2026, 3, 27)) == 1           # Friday, two working days before the due date
    duty.refresh_from_db()
    assert duty.remind_on is None and duty.remind_dates == []
    assert Notification.objects.filter(recipient=staff.s11_counsellor).count() == 3


@pytest.mark.django_db
def test_a_failed_send_marks_nothing_and_the_next_run_reminds(city, staff, seeker, monkeypatch):
    """A crash between sending and marking must not lose the day's reminders."""
    from careerguide.duties import services

    schedule(staff, city, seeker, dt.date(2026, 3, 10))

    def broken(**kwargs):
        raise ConnectionError("inbox unavailable")

    monkeypatch.setattr(services, "notify", broken)
    with pytest.raises(ConnectionError):
        duties_send_reminders(now=at(dt.date(2026, 3, 10)), calendar=CALENDAR, lead_workdays=0)
    assert Duty.objects.filter(last_reminded_on__isnull=False).count() == 0
    monkeypatch.undo()
    assert duties_send_reminders(now=at(dt.date(2026, 3, 10), hour=10), calendar=CALENDAR, lead_workdays=0) == 1
    assert Notification.objects.filter(recipient=staff.s11_counsellor).count() == 1


@pytest.mark.django_db
def test_unassigned_duties_remind_the_unit_head(city, staff, seeker):
    from careerguide.accounts.roles import Role
    from careerguide.accounts.tests.factories import make_user

    head = make_user("s11-head", city.s11, [Role.UNIT_HEAD])
    schedule(staff, city, seeker, dt.date(2026, 3, 10), assignee=None)
    assert duties_send_reminders(now=at(dt.date(2026, 3, 10)), calendar=CALENDAR, lead_workdays=0) == 1
    assert Notification.objects.get(recipient=head).subject.startswith("待办提醒：1项")


@pytest.mark.django_db
def test_duty_window_must_be_ordered(city, staff, seeker):
    with pytest.raises(DomainError):
        schedule(staff, city, seeker, dt.date(2026, 3, 10), earliest=dt.date(2026, 3, 11))
    assert Duty.objects.count() == 0


@pytest.mark.django_db
def test_open_duties_follow_a_new_assignee(city, staff, seeker):
    """When the responsible person changes, the subject's open duties move to the new one (audited)."""
    from careerguide.duties.services import duties_reassign_for_subject

    open_one = schedule(staff, city, seeker, dt.date(2026, 3, 10))
    done = schedule(staff, city, seeker, dt.date(2026, 3, 12))
    duty_fulfil(actor=staff.s11_counsellor, duty=done, on=dt.date(2026, 3, 11))
    moved = duties_reassign_for_subject(actor=staff.s11_counsellor, subject=seeker, assignee=staff.s11_officer)
    open_one.refresh_from_db(), done.refresh_from_db()
    assert moved == 1 and open_one.assignee == staff.s11_officer and done.assignee == staff.s11_counsellor
    assert AuditEvent.objects.filter(object_id=str(open_one.pk), action="reassign").count() == 1


@pytest.mark.django_db
def test_a_deadline_in_a_year_with_no_calendar_is_pending_until_the_year_is_imported(city, staff, seeker):
    """From 28 December 2026 five working days reach into 2027, which the statutory calendar does not
    know yet: the duty is saved with its deadline pending (never a Monday-to-Friday guess), the city
    administrators are warned once, the worklist shows it, and importing 2027 computes the deadline."""
    from careerguide.accounts.roles import Role
    from careerguide.accounts.tests.factories import make_user
    from careerguide.duties.rules import PendingDue
    from careerguide.duties.selectors import duty_worklist
    from careerguide.duties.services import workday_due
    from careerguide.workdays.services import calendar_year_import
    from careerguide.workdays.tests.samples import TEST_2027_CSV

    admin = make_user("city-admin-2", city.city, [Role.CITY_ADMIN])
    assert workday_due(start=dt.date(2026, 12, 24), workdays=3) == dt.date(2026, 12, 29)  # still inside 2026
    due = workday_due(start=dt.date(2026, 12, 28), workdays=5)
    assert due == PendingDue(start=dt.date(2026, 12, 28), workdays=5, year=2027)
    now = at(dt.date(2026, 12, 28))
    first = duty_schedule(actor=staff.s11_counsellor, subject=seeker, now=now, spec=DutySpec(
        kind="test.follow_up", title="回访", clause="BJ-21-9", due_date=due, unit=city.s11,
        assignee=staff.s11_counsellor))
    second = duty_schedule(actor=staff.s11_counsellor, subject=seeker, now=now, spec=DutySpec(
        kind="test.follow_up", title="回访", clause="BJ-21-9", due_date=due, unit=city.s11,
        assignee=staff.s11_counsellor))
    assert first.due_date is None and first.due_pending and (first.pending_start, first.pending_workdays) == (
        dt.date(2026, 12, 28), 5)
    assert Notification.objects.filter(recipient=admin, subject__startswith="2027年工作日历尚未导入").count() == 1
    worklist = duty_worklist(actor=staff.s11_counsellor, today=dt.date(2026, 12, 28))
    assert {d.pk for d in worklist.pending} == {first.pk, second.pk} and not worklist.overdue
    # One of them is met while the deadline is pending (on 6 January 2027, which turns out to be late).
    duty_fulfil(actor=staff.s11_counsellor, duty=second, on=dt.date(2027, 1, 6), now=at(dt.date(2027, 1, 6)))
    calendar_year_import(actor=staff.city_admin, year=2027, text=TEST_2027_CSV, notice="测试", now=at(dt.date(2027, 1, 6)))
    first.refresh_from_db(), second.refresh_from_db()
    # 29, 30, 31 December, then 1-3 January are holidays in the imported schedule: 4 and 5 January.
    assert first.due_date == dt.date(2027, 1, 5) and first.status == DutyStatus.OPEN
    assert second.due_date == dt.date(2027, 1, 5) and second.status == DutyStatus.LATE_DONE
