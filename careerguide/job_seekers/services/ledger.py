"""The personal service ledger of a job seeker: guarded appends, contacts and status moves."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import now_or, policy_number, refuse, today
from careerguide.duties.services import transition
from careerguide.ledgers.services import ledger_entry_add
from careerguide.matching.services.features import job_seeker_features_changed
from careerguide.workdays.calendar import CalendarYearNotLoaded
from careerguide.workdays.selectors import work_calendar

from ..error_codes import JobSeekerErrorCode
from ..models import JobSeeker
from ..selectors import CONTACT_SERVICE_TYPE
from ..states import BLOCKED_STATUSES, JOB_SEEKER_TRANSITIONS, JobSeekerStatus

LEDGER = "personal"


def ensure_serviceable(*, job_seeker: JobSeeker) -> None:
    """BJ-13-8: after the no-contact stop no service is recorded until a new registration (BJ-13-9)."""
    if job_seeker.status == JobSeekerStatus.STOPPED_NO_CONTACT:
        refuse(_("该求职者已因超过6个月未联系停止服务，须重新进行求职登记后方可继续服务。"),
               code=JobSeekerErrorCode.STOPPED, clause="BJ-13-8")
    if job_seeker.status in BLOCKED_STATUSES:
        refuse(_("已向就失业登记管理部门反馈并停止提供相关公共就业服务，须重新进行求职登记后方可继续服务。"),
               code=JobSeekerErrorCode.STOPPED, clause="BJ-13-9")


def _late_check(occurred_on: dt.date, unit, now):
    """Calendar and threshold for the BJ-17-1 timeliness flag; no flag when the calendar year is missing."""
    calendar = work_calendar()
    try:
        calendar.workdays_between(occurred_on, today(now))
    except CalendarYearNotLoaded:
        return None, None
    return calendar, policy_number("bj.ledger_entry_lag_workdays", unit=unit, on=occurred_on)


def personal_entry_add(*, actor, job_seeker: JobSeeker, unit, section: str, service_type: str, occurred_on: dt.date,
                       summary: str, content: dict | None = None, outcome: str = "", initiated_by: str = "agency",
                       channel: str = "front_desk", clause: str = "", staff_only: bool = False, corrects=None,
                       check_serviceable: bool = True, now=None):
    """One immutable entry in the person's ledger (BJ-17-1, BJ-17-3), flagged when recorded late."""
    if check_serviceable:
        ensure_serviceable(job_seeker=job_seeker)
    now = now_or(now)
    calendar, lag = _late_check(occurred_on, unit, now)
    return ledger_entry_add(actor=actor, ledger=LEDGER, subject=job_seeker, unit=unit, section=section,
                            service_type=service_type, occurred_on=occurred_on, summary=summary, content=content,
                            outcome=outcome, initiated_by=initiated_by, channel=channel, clause=clause,
                            staff_only=staff_only, corrects=corrects, calendar=calendar, late_after_workdays=lag, now=now)


@transaction.atomic
def job_seeker_set_status(*, actor, job_seeker: JobSeeker, to: str, clause: str = "BJ-16-3", reason: str = "",
                          schedule=(), cancel_kinds=(), now=None):
    """The one way a job seeker's status changes (through the shared transition helper)."""
    result = transition(obj=job_seeker, to=to, actor=actor, table=JOB_SEEKER_TRANSITIONS, unit=job_seeker.unit,
                        clause=clause, reason=reason, schedule=schedule, cancel_kinds=cancel_kinds, now=now)
    job_seeker_features_changed(job_seeker_ids=[job_seeker.pk])  # in active matching or not (BJ-16-2)
    return result


@transaction.atomic
def contact_record(*, actor, job_seeker: JobSeeker, unit, occurred_on: dt.date, initiated_by: str, reached: bool,
                   channel: str, summary: str, now=None):
    """A contact or contact attempt (BJ-2-4, BJ-13-7). Unsuccessful attempts are kept but never reset the clock."""
    if initiated_by not in ("agency", "client"):
        refuse(_("请选择发起方。"), code=CommonErrorCode.REQUIRED, field="initiated_by")
    if initiated_by == "client" and not reached:
        refuse(_("服务对象主动联系的，视为已联系上。"), code=CommonErrorCode.INVALID, field="reached")
    outcome = _("已联系上") if reached else _("未联系上")
    return personal_entry_add(actor=actor, job_seeker=job_seeker, unit=unit, section="follow_up",
                              service_type=CONTACT_SERVICE_TYPE, occurred_on=occurred_on, summary=summary,
                              content={"reached": reached}, outcome=outcome, initiated_by=initiated_by, channel=channel,
                              clause="BJ-13-7", now=now)
