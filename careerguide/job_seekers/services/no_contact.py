"""The 6-month no-contact stop for registered unemployed persons (BJ-13-5 to BJ-13-9)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.assistance.selectors.outreach import open_target_of
from careerguide.assistance.services.cases import case_stop_no_contact
from careerguide.common.services import audit, now_or, policy_number, refuse, refuse_forbidden, require_text, today
from careerguide.duties.selectors import open_duties_for_subject
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_cancel, duty_schedule
from careerguide.workdays.selectors import work_calendar

from ..choices import RegistrationType
from ..duty_kinds import NO_CONTACT_REPORT as REPORT_KIND
from ..error_codes import JobSeekerErrorCode
from ..models import JobSeeker, NoContactReport
from ..rules import no_contact_stop
from ..selectors import contacts_of, current_episode
from ..states import ACTIVE_STATUSES, EpisodeStatus, JobSeekerStatus
from .ledger import job_seeker_set_status, personal_entry_add


def _months(job_seeker: JobSeeker, on: dt.date) -> int:
    return policy_number("bj.no_contact_stop_months", unit=job_seeker.unit, on=on)


def no_contact_decision(*, job_seeker: JobSeeker, on: dt.date):
    episode = current_episode(job_seeker=job_seeker)
    target = open_target_of(job_seeker=job_seeker)  # BJ-21-4, not BJ-13-5, governs a willing unregistered target
    return no_contact_stop(
        on=on, registration_type=job_seeker.registration_type or None, contacts=contacts_of(job_seeker=job_seeker),
        relationship_started_on=episode.opened_on if episode else None, months=_months(job_seeker, on),
        willing_unregistered_survey_target=target is not None and target.status == "willing_unregistered")


@transaction.atomic
def no_contact_scan(*, now=None) -> int:
    """Daily: raise the duty to report each registered unemployed person whose stop is due (BJ-13-8).

    The report is due "promptly": on the first working day on or after the day the stop becomes true."""
    now = now_or(now)
    on = today(now)
    calendar = work_calendar()
    raised = 0
    candidates = JobSeeker.objects.filter(registration_type=RegistrationType.URBAN_UNEMPLOYMENT,
                                          status__in=ACTIVE_STATUSES).select_related("unit")
    for seeker in candidates.iterator(chunk_size=500):
        decision = no_contact_decision(job_seeker=seeker, on=on)
        if not decision.stop or open_duties_for_subject(subject=seeker, kind=REPORT_KIND).exists():
            continue
        due = calendar.add_workdays(decision.stop_from - dt.timedelta(days=1), 1)
        title = _("向就失业登记管理部门反馈：%(name)s超过%(m)s个月未联系") % {"name": seeker.full_name,
                                                                     "m": _months(seeker, on)}
        duty_schedule(actor=None, subject=seeker, now=now, spec=DutySpec(
            kind=REPORT_KIND, title=title, clause="BJ-13-8", due_date=due, unit=seeker.unit))
        raised += 1
    return raised


def _report_checks(*, actor, job_seeker, reported_on: dt.date, recipient: str):
    """BJ-16-3: only the holding agency reports; BJ-13-5: only once the stop is due; BJ-13-8: to whom."""
    if actor.unit_id != job_seeker.unit_id:
        refuse_forbidden(clause="BJ-16-3", message=_("只有建立台账的服务机构可以反馈并停止服务。"))
    decision = no_contact_decision(job_seeker=job_seeker, on=reported_on)
    if not decision.applies or not decision.stop:
        refuse(decision.reasons[0], code=JobSeekerErrorCode.NOT_DUE, clause="BJ-13-5")
    recipient = require_text(recipient, field="recipient", label=_("接收反馈的就失业登记管理部门"), clause="BJ-13-8")
    return decision, recipient


@transaction.atomic
def no_contact_report(*, actor, job_seeker: JobSeeker, recipient: str, content: str = "", reported_on=None,
                      now=None) -> NoContactReport:
    """The holding agency reports to the registration authority; the person's services then stop (BJ-13-8)."""
    now = now_or(now)
    reported_on = reported_on or today(now)
    decision, recipient = _report_checks(actor=actor, job_seeker=job_seeker, reported_on=reported_on,
                                         recipient=recipient)
    months = _months(job_seeker, reported_on)
    episode = current_episode(job_seeker=job_seeker)
    text = (content or "").strip() or _("%(name)s最近一次与公共就业服务机构联系为%(date)s，已超过%(m)s个月未联系。") % {
        "name": job_seeker.full_name, "date": decision.last_contact.isoformat(), "m": months}
    report = NoContactReport.objects.create(
        job_seeker=job_seeker, episode=episode, last_contact_on=decision.last_contact, stop_from=decision.stop_from,
        recipient=recipient, reported_on=reported_on, content=text, unit=job_seeker.unit, staff=actor)
    audit(actor=actor, obj=report, unit=job_seeker.unit, action="create", clause="BJ-13-8", now=now,
          after={"job_seeker": job_seeker.pk, "last_contact": decision.last_contact, "recipient": recipient})
    personal_entry_add(actor=actor, job_seeker=job_seeker, unit=job_seeker.unit, section="follow_up",
                       service_type="no_contact_report", occurred_on=reported_on,
                       summary=_("向%(r)s反馈超过%(m)s个月未联系情况，停止提供相关公共就业服务") % {"r": recipient, "m": months},
                       outcome=text, content={"report": report.pk, "contact": False}, clause="BJ-13-8", now=now)
    duties_fulfil_for_subject(actor=actor, subject=job_seeker, kind=REPORT_KIND, on=reported_on, now=now)
    case_stop_no_contact(actor=actor, job_seeker=job_seeker, on=reported_on, now=now)  # BJ-13-5, BJ-23-7
    job_seeker_set_status(actor=actor, job_seeker=job_seeker, to=JobSeekerStatus.STOPPED_NO_CONTACT, clause="BJ-13-8",
                          reason=text, now=now)
    _cancel_open_duties(actor, job_seeker, months=months, now=now)
    if episode is not None and episode.status == EpisodeStatus.OPEN:
        episode.status, episode.ended_at, episode.end_reason = EpisodeStatus.STOPPED, now, "no_contact_6m"
        episode.save(update_fields=["status", "ended_at", "end_reason", "updated_at"])
    return report


def _cancel_open_duties(actor, job_seeker, *, months: int, now) -> None:
    """BJ-13-8: once the report is sent, every open duty about the person is cancelled."""
    for duty in open_duties_for_subject(subject=job_seeker):
        duty_cancel(actor=actor, duty=duty, reason=_("超过%(m)s个月未联系，已停止服务。") % {"m": months}, now=now)


__all__ = ["REPORT_KIND", "no_contact_decision", "no_contact_report", "no_contact_scan"]
