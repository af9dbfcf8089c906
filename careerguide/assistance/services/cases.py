"""Opening cases (from the BJ-13 routing, for a key group, or after a welfare placement), agreements, case workers,
closing a case and the duties that go with it."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, refuse, refuse_forbidden, require_text, today
from careerguide.duties.selectors import open_duties_for_subject
from careerguide.duties.services import (
    duties_fulfil_for_subject,
    duties_reassign_for_subject,
    duty_cancel,
    duty_schedule,
    transition,
)
from careerguide.job_seekers.choices import Route
from careerguide.job_seekers.models import JobSeeker
from careerguide.job_seekers.services.exits import job_seeker_archive
from careerguide.job_seekers.states import REGISTERED_STATUSES, JobSeekerStatus

from .. import duty_kinds
from ..error_codes import AssistanceErrorCode
from ..models import AssistanceAgreement, AssistanceCase, CaseWorkerAssignment
from ..permissions import can_approve_assistance, may_be_case_worker
from ..rules import agreement_signing_decision, key_group_applies
from ..selectors import active_agreement_of, current_assignment_of, fresh_job_seeker, open_case_of
from ..states import (
    AGREEMENT_TRANSITIONS,
    CASE_TRANSITIONS,
    SERVICE_STATUSES,
    TRANSFER_TRANSITIONS,
    AgreementStatus,
    CaseStatus,
    TerminationReason,
    TransferStatus,
)
from .case_ledger import case_ledger_add
from .consultations import consultations_close_for_case
from .duty_specs import workday_spec


def case_move(*, case, to: str, actor, clause: str, reason: str = "", now=None, schedule=(), cancel_kinds=()):
    """The one way a case's status changes (BJ-23-7)."""
    return transition(obj=case, to=to, actor=actor, table=CASE_TRANSITIONS, unit=case.unit, clause=clause, reason=reason,
                      milestone_field="status_changed_at", now=now, schedule=schedule, cancel_kinds=cancel_kinds)


def case_create(*, actor, job_seeker, unit, trigger: dt.date, clause: str, routing=None, key_group=None,
                predecessor=None, now=None) -> AssistanceCase:
    """A new case (one assistance episode) with the advisory agreement-signing duty of BJ-23-1 (open question 16)."""
    case = AssistanceCase.objects.create(job_seeker=job_seeker, routing=routing, unit=unit, opened_on=today(now),
                                         key_group=key_group, predecessor=predecessor)
    event = audit(actor=actor, obj=case, unit=unit, action="create", clause=clause, now=now,
                  after={"job_seeker": job_seeker.pk, "routing": getattr(routing, "pk", None),
                         "key_group": getattr(key_group, "pk", None), "predecessor": getattr(predecessor, "pk", None)})
    duty_schedule(actor=actor, subject=case, created_by_event=event, now=now, spec=workday_spec(
        kind=duty_kinds.AGREEMENT_SIGN, title=_("签订就业援助服务协议：%(n)s") % {"n": job_seeker.full_name},
        clause="BJ-23-1", key="bj.assistance_agreement_signing_workdays", trigger=trigger, unit=unit))
    return case


@transaction.atomic
def assistance_case_open(*, actor, job_seeker: JobSeeker, now=None) -> AssistanceCase:
    """BJ-13-1 hand-off: a person routed to chapter 3 gets a case at their street/township, and the advisory
    agreement-signing duty of BJ-23-1 (open question 16) starts from the routing date."""
    routing = job_seeker.routings.order_by("-decided_on", "-pk").first()
    if job_seeker.status != JobSeekerStatus.ROUTED_TO_ASSISTANCE or routing is None or routing.route != Route.ASSISTANCE:
        refuse(_("该求职者未转入就业援助服务（须经认定并完成求职登记）。"), code=AssistanceErrorCode.NOT_ROUTED,
               clause="BJ-13-1")
    if open_case_of(job_seeker=job_seeker):
        refuse(_("该求职者已有进行中的就业援助服务。"), code=CommonErrorCode.DUPLICATE, clause="BJ-23-5")
    return case_create(actor=actor, job_seeker=job_seeker, unit=job_seeker.unit, trigger=routing.decided_on,
                       clause="BJ-13-1", routing=routing, now=now)


def case_open_on_routing(*, actor, job_seeker: JobSeeker, now=None) -> AssistanceCase | None:
    """Called by the routing in its own transaction: the routed person's case is opened at once (BJ-13-1)."""
    if open_case_of(job_seeker=job_seeker) is not None:
        return None
    return assistance_case_open(actor=actor, job_seeker=job_seeker, now=now)


@transaction.atomic
def key_group_case_open(*, actor, job_seeker: JobSeeker, group, now=None) -> AssistanceCase:
    """BJ-33-1: a registered person of a group the city or their district designated may be served under
    chapter 3 ("可参照"); the group must be in force for the person's agency today."""
    on = today(now)
    if not key_group_applies(group_unit_path=group.unit.path, person_unit_path=job_seeker.unit.path,
                             effective_from=group.effective_from, effective_to=group.effective_to, on=on):
        refuse(_("该人员类别在本辖区或今天不适用。"), code=AssistanceErrorCode.NOT_ELIGIBLE, clause="BJ-33-1",
               field="group")
    if job_seeker.status not in REGISTERED_STATUSES:
        refuse(_("须先进行求职登记。"), code=AssistanceErrorCode.NOT_ELIGIBLE, clause="BJ-33-1")
    if open_case_of(job_seeker=job_seeker):
        refuse(_("该求职者已有进行中的就业援助服务。"), code=CommonErrorCode.DUPLICATE, clause="BJ-23-5")
    return case_create(actor=actor, job_seeker=job_seeker, unit=job_seeker.unit, trigger=on, clause="BJ-33-1",
                       key_group=group, now=now)


def _assign(*, actor, case, worker, on: dt.date, reason: str, now=None) -> CaseWorkerAssignment:
    current = current_assignment_of(case=case)
    if current:
        current.ended_on, current.end_reason = on, reason
        current.save(update_fields=["ended_on", "end_reason", "updated_at"])
    assignment = CaseWorkerAssignment.objects.create(case=case, worker=worker, unit=case.unit, started_on=on, reason=reason)
    audit(actor=actor, obj=assignment, unit=case.unit, action="create", clause="BJ-5-1", now=now,
          after={"worker": worker.pk, "from": on, "previous": getattr(current, "worker_id", None)})
    return assignment


def end_assignment(*, actor, case, on: dt.date, reason: str, now=None) -> None:
    current = current_assignment_of(case=case)
    if current:
        current.ended_on, current.end_reason = on, reason
        current.save(update_fields=["ended_on", "end_reason", "updated_at"])
        audit(actor=actor, obj=current, unit=case.unit, action="update", clause="BJ-5-1", now=now,
              after={"ended_on": on, "end_reason": reason})
    for member in case.team.filter(ended_on__isnull=True):
        member.ended_on = on
        member.save(update_fields=["ended_on", "updated_at"])


def _signing_checks(*, case, seeker, case_worker, location_basis, signed_on, on, texts: dict) -> None:
    """BJ-22-1, BJ-23-1 to BJ-23-5: the person's eligibility and the form's values, all refused at once."""
    errors = {}
    if signed_on > on:
        errors["signed_on"] = [_("签订日期不能晚于今天。")]
    if not may_be_case_worker(case_worker, case.unit):
        errors["case_worker"] = [_("援助专员须为本机构的职业指导人员。")]
    for name, value in texts.items():
        if not (value or "").strip():
            errors[name] = [_("此项为必填项。")]
    decision = agreement_signing_decision(
        certified=seeker.difficulty_certified or case.key_group_id is not None,
        job_seeking_registered=seeker.status in REGISTERED_STATUSES, graded=seeker.current_level is not None,
        has_active_agreement=active_agreement_of(job_seeker=seeker) is not None, location_basis=location_basis)
    if not decision.allowed:  # the person's eligibility, with any field messages beside it
        raise DomainError("；".join(decision.reasons), field_errors=errors, clause=decision.clause,
                          code=AssistanceErrorCode.NOT_ELIGIBLE)
    if errors:
        raise DomainError(field_errors=errors, clause=decision.clause, code=CommonErrorCode.INVALID)


@transaction.atomic
def agreement_sign(*, actor, case: AssistanceCase, case_worker, location_basis: str, address: str,
                   rights_obligations: str, termination_circumstances: str, signed_on: dt.date | None = None,
                   now=None) -> AssistanceAgreement:
    """BJ-22-1, BJ-23-1 to BJ-23-5: sign, designate exactly one case worker of the agency, fix the episode start."""
    on = today(now)
    signed_on = signed_on or on
    seeker = JobSeeker.objects.select_for_update().get(pk=case.job_seeker_id)
    _signing_checks(case=case, seeker=seeker, case_worker=case_worker, location_basis=location_basis,
                    signed_on=signed_on, on=on,
                    texts={"address": address, "rights_obligations": rights_obligations,
                           "termination_circumstances": termination_circumstances})
    predecessor = case.agreements.filter(termination_reason=TerminationReason.TRANSFER).order_by("-pk").first()
    agreement = AssistanceAgreement.objects.create(
        case=case, job_seeker=seeker, unit=case.unit, signed_on=signed_on, location_basis=location_basis,
        address=address.strip(), case_worker=case_worker, rights_obligations=rights_obligations.strip(),
        termination_circumstances=termination_circumstances.strip(), predecessor=predecessor, staff=actor)
    audit(actor=actor, obj=agreement, unit=case.unit, action="create", clause="BJ-23-4", now=now,
          after={"signed_on": signed_on, "case_worker": case_worker.pk, "location_basis": location_basis})
    if case.episode_started_on is None:  # BJ-30-2, open question 11: transfers keep the episode
        case.episode_started_on = signed_on
        case.save(update_fields=["episode_started_on", "updated_at"])
    _assign(actor=actor, case=case, worker=case_worker, on=signed_on, reason=_("签订就业援助服务协议"), now=now)
    case_move(case=case, to=CaseStatus.AGREEMENT_SIGNED, actor=actor, clause="BJ-23-1", now=now)
    transfer = case.transfers.filter(status=TransferStatus.APPROVED).first()
    if transfer is not None:  # BJ-24-6, BJ-24-7
        transition(obj=transfer, to=TransferStatus.NEW_AGREEMENT_SIGNED, actor=actor, table=TRANSFER_TRANSITIONS,
                   unit=case.unit, clause="BJ-24-6", milestone_field="status_changed_at", now=now)
    duties_fulfil_for_subject(actor=actor, subject=case, kind=duty_kinds.AGREEMENT_SIGN, on=signed_on, now=now)
    case_ledger_add(actor=actor, case=case, section="other", service_type="assistance_agreement", occurred_on=signed_on,
                    summary=_("签订就业援助服务协议，援助专员：%(w)s") % {"w": case_worker.full_name}, clause="BJ-32-3",
                    content={"agreement": agreement.pk, "case_worker": case_worker.pk,
                             "location_basis": location_basis}, now=now)
    return agreement


def case_subjects(*, case) -> list:
    """The case and every record of it that owes duties: job starts, programmes, consultations, referrals."""
    return [case, *case.job_starts.all(), *case.programmes.all(), *case.consultations.all(),
            *case.welfare_referrals.all()]


def _case_duties_follow(*, actor, case, worker, now=None) -> None:
    """BJ-5-1: the open duties of the case and its records move to the new case worker."""
    for subject in case_subjects(case=case):
        duties_reassign_for_subject(actor=actor, subject=subject, assignee=worker, clause="BJ-5-1", now=now)


def case_duties_cancel(*, actor, case, reason: str, keep_kinds=(), now=None) -> int:
    """Cancel every open duty of the case and its records (a case that ends owes nothing more)."""
    cancelled = 0
    for subject in case_subjects(case=case):
        for duty in open_duties_for_subject(subject=subject).exclude(kind__in=keep_kinds):
            duty_cancel(actor=actor, duty=duty, reason=reason, now=now)
            cancelled += 1
    return cancelled


@transaction.atomic
def case_worker_reassign(*, actor, case: AssistanceCase, worker, reason: str, on: dt.date | None = None,
                         now=None) -> CaseWorkerAssignment:
    """BJ-5-1: a new responsible case worker from a date; the history is kept and the open duties follow."""
    on = on or today(now)
    reason = require_text(reason, field="reason", label=_("更换原因"), clause="BJ-5-1")
    if not may_be_case_worker(worker, case.unit):
        refuse(_("援助专员须为本机构的职业指导人员。"), code=AssistanceErrorCode.NOT_CASE_WORKER, clause="BJ-23-2",
               field="worker")
    agreement = active_agreement_of(job_seeker=case.job_seeker)
    if (agreement is None or agreement.case_id != case.pk) and case.status != CaseStatus.WELFARE_PLACED:
        refuse(_("没有履行中的就业援助服务协议。"), code=AssistanceErrorCode.NO_AGREEMENT, clause="BJ-23-2")
    assignment = _assign(actor=actor, case=case, worker=worker, on=on, reason=reason, now=now)
    _case_duties_follow(actor=actor, case=case, worker=worker, now=now)
    case_ledger_add(actor=actor, case=case, section="other", service_type="case_worker_change", occurred_on=on,
                    summary=_("更换援助专员为%(w)s：%(r)s") % {"w": worker.full_name, "r": reason}, clause="BJ-32-4",
                    now=now)
    return assignment


def agreement_terminate(*, actor, agreement: AssistanceAgreement, on: dt.date, reason: str, clause: str, now=None):
    agreement.terminated_on, agreement.termination_reason = on, reason
    agreement.save(update_fields=["terminated_on", "termination_reason", "updated_at"])
    transition(obj=agreement, to=AgreementStatus.TERMINATED, actor=actor, table=AGREEMENT_TRANSITIONS, unit=agreement.unit,
               clause=clause, reason=str(TerminationReason(reason).label), milestone_field="status_changed_at", now=now)
    case_ledger_add(actor=actor, case=agreement.case, section="other", service_type="assistance_agreement_terminated",
                    occurred_on=on, clause="BJ-32-3", content={"agreement": agreement.pk, "reason": reason},
                    summary=_("就业援助服务协议终止执行：%(r)s") % {"r": TerminationReason(reason).label}, now=now)


def case_end(*, actor, case, to: str, on: dt.date, agreement_reason: str | None, clause: str, reason: str = "",
             now=None) -> AssistanceCase:
    """The steps every ending shares: the agreement ends (with its reason), the case worker's assignment and the
    team end, the consultation closes (BJ-28-8), every open duty is cancelled, the case moves."""
    agreement = active_agreement_of(job_seeker=case.job_seeker)
    if agreement is not None and agreement_reason:
        agreement_terminate(actor=actor, agreement=agreement, on=on, reason=agreement_reason, clause=clause, now=now)
    end_assignment(actor=actor, case=case, on=on, reason=reason or str(CaseStatus(to).label), now=now)
    consultations_close_for_case(actor=actor, case=case, on=on, reason=str(CaseStatus(to).label), now=now)
    case_duties_cancel(actor=actor, case=case, reason=_("就业援助服务已结束：%(s)s") % {"s": CaseStatus(to).label}, now=now)
    case.closed_on = on
    case.save(update_fields=["closed_on", "updated_at"])
    case_move(case=case, to=to, actor=actor, clause=clause, reason=reason, now=now)
    return case


@transaction.atomic
def case_close_agreed(*, actor, case: AssistanceCase, circumstance: str, on: dt.date | None = None,
                      now=None) -> AssistanceCase:
    """BJ-23-4, BJ-28-8: a termination circumstance agreed in the agreement occurred; the street/township head
    closes the case, the consultation closes and the job-seeking information is archived (BJ-31-1)."""
    on = on or today(now)
    if not can_approve_assistance(actor) or actor.unit_id != case.unit_id:
        refuse_forbidden(clause="BJ-23-7", message=_("只有本街道（乡镇）机构负责人可以终止就业援助服务。"))
    circumstance = require_text(circumstance, field="circumstance", label=_("出现的约定终止服务情形"), clause="BJ-23-4")
    if case.status not in SERVICE_STATUSES:
        refuse(_("该援助个案当前不在专门服务中。"), code=CommonErrorCode.INVALID_TRANSITION, clause="BJ-23-7")
    case_ledger_add(actor=actor, case=case, section="other", service_type="assistance_terminated", occurred_on=on,
                    summary=_("出现协议约定的终止服务情形，终止就业援助服务"), outcome=circumstance, clause="BJ-32-3", now=now)
    case_end(actor=actor, case=case, to=CaseStatus.CLOSED, on=on, agreement_reason=TerminationReason.AGREED_CIRCUMSTANCE,
             clause="BJ-28-8", reason=circumstance, now=now)
    seeker = fresh_job_seeker(case=case)
    if seeker.status == JobSeekerStatus.ROUTED_TO_ASSISTANCE:
        job_seeker_archive(actor=actor, job_seeker=seeker, reason=circumstance, clause="BJ-31-1", now=now)
    return case


def case_stop_no_contact(*, actor, job_seeker, on: dt.date, now=None) -> AssistanceCase | None:
    """BJ-13-5 (proposal), BJ-23-7: the 6-month no-contact stop of a person under assistance terminates the
    agreement with reason no_contact_6m and stops the case."""
    case = open_case_of(job_seeker=job_seeker)
    if case is None:
        return None
    to = CaseStatus.CLOSED if case.status in (CaseStatus.ROUTED, CaseStatus.TRANSFER_PENDING) else \
        CaseStatus.STOPPED_NO_CONTACT
    return case_end(actor=actor, case=case, to=to, on=on, agreement_reason=TerminationReason.NO_CONTACT_6M,
                    clause="BJ-13-5", reason=str(TerminationReason.NO_CONTACT_6M.label), now=now)


def certification_changed(*, actor, job_seeker, status: str, on: dt.date, now=None):
    """BJ-26-2: when the person's certification changes, the open case gets a review task on agreement and plan."""
    case = open_case_of(job_seeker=job_seeker)
    if case is None:
        return None
    label = _("新认定") if status == "certified" else _("退出认定")
    return duty_schedule(actor=actor, subject=case, now=now, spec=workday_spec(
        kind=duty_kinds.CERTIFICATION_REVIEW, clause="BJ-26-2", key="bj.certification_review_workdays", trigger=on,
        unit=case.unit, title=_("认定状态变化（%(s)s），复核援助协议和方案：%(n)s") % {"s": label, "n": job_seeker.full_name}))
