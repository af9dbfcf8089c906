"""Guidance services, job starts and the follow-ups owed after them (BJ-26-3, BJ-26-7, BJ-27-1, BJ-27-6 to
BJ-27-9, open question 32)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, policy_number, refuse, require_text, today
from careerguide.duties.services import DutySpec, duties_cancel_for_subject, duties_fulfil_for_subject, duty_schedule
from careerguide.job_seekers.services.employment import job_seeker_mark_employed
from careerguide.job_seekers.services.exits import job_seeker_archive
from careerguide.job_seekers.services.ledger import job_seeker_set_status
from careerguide.job_seekers.states import JobSeekerStatus

from .. import duty_kinds
from ..choices import GUIDANCE_SERVICES, AssistanceService, EvaluationKind
from ..deadlines import stability_checks
from ..error_codes import AssistanceErrorCode
from ..models import AssistanceCase, CaseEvaluation, FollowUp, JobStart
from ..selectors import active_agreement_of, current_job_start_of, fresh_job_seeker, responsible_case_worker
from ..states import SERVICE_STATUSES, CaseStatus, FollowUpKind, TerminationReason
from .case_ledger import case_ledger_add
from .cases import case_end, case_move
from .consultations import consultations_close_for_case
from .duty_specs import workday_spec


def not_future(*, on: dt.date, now, field: str) -> None:
    if on > today(now):
        refuse(_("日期不能晚于今天。"), code=CommonErrorCode.INVALID, field=field)


def require_agreement(*, case, clause: str = "BJ-27-1") -> None:
    agreement = active_agreement_of(job_seeker=case.job_seeker)
    if agreement is None or agreement.case_id != case.pk:
        refuse(_("没有履行中的就业援助服务协议。"), code=AssistanceErrorCode.NO_AGREEMENT, clause=clause)


@transaction.atomic
def guidance_service_record(*, actor, case: AssistanceCase, occurred_on: dt.date, summary: str,
                            service: str = AssistanceService.GENERAL_GUIDANCE, now=None):
    """BJ-26-3, BJ-26-7: a guidance service of the team (general, specialized or categorized guidance, psychological
    adjustment, interview guidance, help with procedures).  Under specialized services its 5-working-day follow-up
    duty starts on the service date (BJ-27-1); during a welfare placement the case worker keeps guiding the person
    without an agreement (BJ-30-5), so no follow-up is owed."""
    not_future(on=occurred_on, now=now, field="occurred_on")
    if service not in GUIDANCE_SERVICES:
        refuse(_("请选择服务类型。"), code=CommonErrorCode.REQUIRED, field="service", clause="BJ-26-3")
    if case.status != CaseStatus.WELFARE_PLACED:
        require_agreement(case=case)
    label = AssistanceService(service).label
    entry = case_ledger_add(actor=actor, case=case, section="guidance", service_type=f"assistance_{service}",
                            occurred_on=occurred_on, summary=f"{label}：{summary}" if summary else str(label),
                            clause="BJ-32-5", content={"service": service}, now=now)
    if case.status in SERVICE_STATUSES:
        duty_schedule(actor=actor, subject=case, now=now, spec=workday_spec(
            kind=duty_kinds.GUIDANCE_FOLLOW_UP, title=_("就业指导后跟踪回访：%(n)s") % {"n": case.job_seeker.full_name},
            clause="BJ-27-1", key="bj.guidance_follow_up_workdays", trigger=occurred_on, unit=case.unit,
            assignee=responsible_case_worker(case=case, on=occurred_on)))
    return entry


def _schedule_job_duties(*, actor, case, job, event, now) -> None:
    started_on = job.started_on
    worker = responsible_case_worker(case=case, on=started_on)
    duty_schedule(actor=actor, subject=job, created_by_event=event, now=now, spec=workday_spec(
        kind=duty_kinds.JOB_START_FOLLOW_UP, title=_("上岗后适应性回访：%(n)s") % {"n": case.job_seeker.full_name},
        clause="BJ-27-6", key="bj.job_start_follow_up_workdays", trigger=started_on, unit=case.unit, assignee=worker))
    months = policy_number("bj.stability_follow_up_months", unit=case.unit, on=started_on)
    width = policy_number("bj.followup_window_days", unit=case.unit, on=started_on)
    for check in stability_checks(started_on, months, width):
        duty_schedule(actor=actor, subject=job, created_by_event=event, now=now, spec=DutySpec(
            kind=duty_kinds.stability_kind(check.months),
            title=_("上岗后%(m)s个月左右稳定性回访：%(n)s") % {"m": check.months, "n": case.job_seeker.full_name},
            clause="BJ-27-7", due_date=check.due, earliest=check.earliest, unit=case.unit, assignee=worker))


@transaction.atomic
def job_start_record(*, actor, case: AssistanceCase, employer_name: str, started_on: dt.date, now=None) -> JobStart:
    """BJ-27-6, BJ-27-7: the job start date starts a 10-working-day check and the 1/3/6-month stability
    follow-ups (anchor ± window); the case moves to employed (open question 32), the consultation closes
    (BJ-28-8) and the person leaves active matching (BJ-31-1)."""
    not_future(on=started_on, now=now, field="started_on")
    employer_name = require_text(employer_name, field="employer_name", label=_("就业单位"))
    require_agreement(case=case, clause="BJ-27-6")
    job = JobStart.objects.create(case=case, unit=case.unit, employer_name=employer_name, started_on=started_on)
    event = audit(actor=actor, obj=job, unit=case.unit, action="create", clause="BJ-27-6", now=now,
                  after={"started_on": started_on, "employer": job.employer_name})
    _schedule_job_duties(actor=actor, case=case, job=job, event=event, now=now)
    duties_cancel_for_subject(actor=actor, subject=case, kind=duty_kinds.GUIDANCE_FOLLOW_UP,
                              reason=_("已实现就业，改为上岗后回访。"), now=now)
    consultations_close_for_case(actor=actor, case=case, on=started_on, reason=_("已实现就业"), now=now)
    case_move(case=case, to=CaseStatus.EMPLOYED, actor=actor, clause="BJ-23-7", now=now)
    case_ledger_add(actor=actor, case=case, section="matching", service_type="assistance_job_start",
                    occurred_on=started_on, summary=_("应聘上岗：%(e)s") % {"e": job.employer_name}, clause="BJ-32-5",
                    content={"job_start": job.pk}, now=now)
    if fresh_job_seeker(case=case).status == JobSeekerStatus.ROUTED_TO_ASSISTANCE:
        job_seeker_mark_employed(actor=actor, job_seeker=case.job_seeker, employer_name=employer_name,
                                 employed_on=started_on, job_start=started_on, unit=case.unit, now=now)
    return job


def _stability_kinds(job) -> list[str]:
    months = policy_number("bj.stability_follow_up_months", unit=job.unit, on=job.started_on)
    return [duty_kinds.stability_kind(m) for m in sorted(months)]


@transaction.atomic
def follow_up_record(*, actor, case: AssistanceCase, kind: str, occurred_on: dt.date, reached: bool, note: str = "",
                     job_ready: bool | None = None, readiness_ready: bool | None = None, measure_effect: str = "",
                     unwilling_statement: bool = False, stability_months: int | None = None, now=None) -> FollowUp:
    """BJ-27-1, BJ-27-6, BJ-27-7, BJ-27-8: a follow-up fulfils its duty only if the person was reached; an
    attempt is kept but leaves the duty open.  A reached follow-up is also the case worker's dated evaluation of
    the measures and of the readiness (BJ-25-2).  After the last stability follow-up the case closes as employed
    and the agreement terminates with reason employed (open question 32)."""
    not_future(on=occurred_on, now=now, field="occurred_on")
    job, kinds = _follow_up_target(case=case, kind=kind, stability_months=stability_months)
    if unwilling_statement and not reached:
        refuse(_("未联系到本人的，不能记录本人明确表示。"), code=CommonErrorCode.INVALID, field="unwilling_statement")
    follow_up = FollowUp.objects.create(
        case=case, job_start=job, kind=kind, occurred_on=occurred_on, reached=reached, job_ready=job_ready,
        readiness_ready=readiness_ready, measure_effect=(measure_effect or "").strip(),
        unwilling_statement=unwilling_statement, note=(note or "").strip(), unit=case.unit, staff=actor)
    event = audit(actor=actor, obj=follow_up, unit=case.unit, action="create", clause="BJ-27-8", now=now,
                  after={"kind": kind, "reached": reached, "occurred_on": occurred_on})
    summary = _("跟踪回访（%(k)s）") if reached else _("跟踪回访未联系到本人（%(k)s）")
    case_ledger_add(actor=actor, case=case, section="follow_up", service_type=f"assistance_follow_up_{kind}",
                    occurred_on=occurred_on, clause="BJ-32-5", outcome=follow_up.note,
                    content={"follow_up": follow_up.pk, "reached": reached, "unwilling": unwilling_statement},
                    summary=summary % {"k": follow_up.get_kind_display()}, now=now)
    if reached:
        _evaluate(actor=actor, case=case, follow_up=follow_up, now=now)
        _fulfil_follow_up(actor=actor, case=case, job=job, kind=kind, kinds=kinds, stability_months=stability_months,
                          on=occurred_on, event=event, now=now)
    return follow_up


def _evaluate(*, actor, case, follow_up, now) -> None:
    """BJ-25-2: the effect of the measures and the readiness, one dated evaluation in the ledger."""
    text = follow_up.measure_effect or follow_up.note or _("本次回访未发现新问题。")
    CaseEvaluation.objects.create(case=case, kind=EvaluationKind.MEASURE_EFFECT, evaluated_on=follow_up.occurred_on,
                                  job_ready=follow_up.job_ready, readiness_ready=follow_up.readiness_ready, result=text,
                                  follow_up=follow_up, unit=case.unit, staff=actor)
    flags = []
    if follow_up.readiness_ready is not None:
        flags.append(_("已做好就业准备") if follow_up.readiness_ready else _("尚未做好就业准备"))
    if follow_up.job_ready is not None:
        flags.append(_("具备上岗条件") if follow_up.job_ready else _("尚不具备上岗条件"))
    case_ledger_add(actor=actor, case=case, section="follow_up", service_type="assistance_evaluation",
                    occurred_on=follow_up.occurred_on, clause="BJ-25-2", outcome=text[:200],
                    summary=_("评估帮扶措施效果和就业准备情况") + (f"（{'，'.join(str(f) for f in flags)}）" if flags else ""),
                    content={"follow_up": follow_up.pk, "contact": False}, now=now)


def _follow_up_target(*, case, kind: str, stability_months):
    """The job start a post-placement follow-up is about, and its stability duty kinds (BJ-27-6, BJ-27-7)."""
    if kind not in FollowUpKind.values:
        refuse(_("请选择回访类型。"), code=CommonErrorCode.REQUIRED, field="kind")
    job = current_job_start_of(case=case) if kind != FollowUpKind.GUIDANCE else None
    if kind != FollowUpKind.GUIDANCE and job is None:
        refuse(_("没有在岗的上岗记录。"), code=AssistanceErrorCode.NO_JOB_START, clause="BJ-27-6")
    kinds = _stability_kinds(job) if job else []
    if kind == FollowUpKind.STABILITY and duty_kinds.stability_kind(stability_months or 0) not in kinds:
        refuse(_("请选择回访节点。"), code=CommonErrorCode.REQUIRED, clause="BJ-27-7", field="stability_months")
    return job, kinds


def _fulfil_follow_up(*, actor, case, job, kind, kinds, stability_months, on, event, now) -> None:
    """A reached follow-up fulfils its duty; the last stability follow-up closes the case as employed."""
    if kind == FollowUpKind.GUIDANCE:
        duties_fulfil_for_subject(actor=actor, subject=case, kind=duty_kinds.GUIDANCE_FOLLOW_UP, on=on, event=event,
                                  now=now)
    elif kind == FollowUpKind.JOB_START:
        duties_fulfil_for_subject(actor=actor, subject=job, kind=duty_kinds.JOB_START_FOLLOW_UP, on=on, event=event,
                                  now=now)
    else:
        this_kind = duty_kinds.stability_kind(stability_months)
        duties_fulfil_for_subject(actor=actor, subject=job, kind=this_kind, on=on, event=event, now=now)
        if this_kind == kinds[-1] and case.status == CaseStatus.EMPLOYED:
            _close_employed(actor=actor, case=case, on=on, now=now)


def _close_employed(*, actor, case, on, now) -> None:
    case_end(actor=actor, case=case, to=CaseStatus.CLOSED_EMPLOYED, on=on, agreement_reason=TerminationReason.EMPLOYED,
             clause="BJ-27-7", reason=_("稳定就业，结案"), now=now)
    seeker = fresh_job_seeker(case=case)
    if seeker.status == JobSeekerStatus.EMPLOYED:  # BJ-31-1: archived once the 6-month follow-up is done
        job_seeker_archive(actor=actor, job_seeker=seeker, unit=case.unit, reason=_("稳定就业，就业援助结案"),
                           clause="BJ-31-1", now=now)


@transaction.atomic
def job_left_record(*, actor, case: AssistanceCase, left_on: dt.date, note: str = "", now=None) -> JobStart:
    """BJ-27-9: leaving before the 6-month follow-up cancels the remaining post-placement follow-ups and
    returns the case to in_service and the person to assistance and active matching."""
    not_future(on=left_on, now=now, field="left_on")
    job = current_job_start_of(case=case)
    if job is None or case.status != CaseStatus.EMPLOYED:
        refuse(_("没有在岗的上岗记录。"), code=AssistanceErrorCode.NO_JOB_START, clause="BJ-27-9")
    if left_on < job.started_on:
        refuse(_("离职日期不能早于上岗日期。"), code=CommonErrorCode.INVALID, field="left_on")
    job.left_on = left_on
    job.save(update_fields=["left_on", "updated_at"])
    audit(actor=actor, obj=job, unit=case.unit, action="update", clause="BJ-27-9", now=now, after={"left_on": left_on})
    for kind in [duty_kinds.JOB_START_FOLLOW_UP, *_stability_kinds(job)]:
        duties_cancel_for_subject(actor=actor, subject=job, kind=kind, reason=_("已离职，后续回访取消。"), now=now)
    case_move(case=case, to=CaseStatus.IN_SERVICE, actor=actor, clause="BJ-27-9", reason=note, now=now)
    if fresh_job_seeker(case=case).status == JobSeekerStatus.EMPLOYED:
        job_seeker_set_status(actor=actor, job_seeker=case.job_seeker, to=JobSeekerStatus.ROUTED_TO_ASSISTANCE,
                              clause="BJ-27-9", reason=note, now=now)
    case_ledger_add(actor=actor, case=case, section="matching", service_type="assistance_job_left", occurred_on=left_on,
                    summary=_("离职：%(e)s") % {"e": job.employer_name}, outcome=note, clause="BJ-27-9", now=now)
    return job
