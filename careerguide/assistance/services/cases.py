"""Opening cases from the BJ-13 routing, agreements, case workers, unwillingness and closing."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, refuse, require_text, today
from careerguide.duties.services import (
    duties_cancel_for_subject,
    duties_fulfil_for_subject,
    duties_reassign_for_subject,
    duty_schedule,
    transition,
)
from careerguide.job_seekers.choices import Route
from careerguide.job_seekers.models import JobSeeker
from careerguide.job_seekers.states import REGISTERED_STATUSES, JobSeekerStatus

from .. import duty_kinds
from ..error_codes import AssistanceErrorCode
from ..models import AssistanceAgreement, AssistanceCase, CaseWorkerAssignment
from ..permissions import may_be_case_worker
from ..rules import agreement_signing_decision, four_eyes_decision
from ..selectors import (
    active_agreement_of,
    current_assignment_of,
    current_job_start_of,
    last_reached_follow_up,
    open_case_of,
)
from ..states import (
    AGREEMENT_TRANSITIONS,
    CASE_TRANSITIONS,
    TRANSFER_TRANSITIONS,
    AgreementStatus,
    CaseStatus,
    TerminationReason,
    TransferStatus,
)
from .case_ledger import case_ledger_add
from .duty_specs import workday_spec


def case_move(*, case, to: str, actor, clause: str, reason: str = "", now=None, schedule=(), cancel_kinds=()):
    """The one way a case's status changes (BJ-23-7)."""
    return transition(obj=case, to=to, actor=actor, table=CASE_TRANSITIONS, unit=case.unit, clause=clause, reason=reason,
                      milestone_field="status_changed_at", now=now, schedule=schedule, cancel_kinds=cancel_kinds)


@transaction.atomic
def assistance_case_open(*, actor, job_seeker: JobSeeker, now=None) -> AssistanceCase:
    """BJ-13-1 hand-off: a person routed to chapter 3 gets a case at their street/township, and the
    advisory agreement-signing duty of BJ-23-1 (open question 16) starts from the routing date."""
    routing = job_seeker.routings.order_by("-decided_on", "-pk").first()
    if job_seeker.status != JobSeekerStatus.ROUTED_TO_ASSISTANCE or routing is None or routing.route != Route.ASSISTANCE:
        refuse(_("该求职者未转入就业援助服务（须经认定并完成求职登记）。"), code=AssistanceErrorCode.NOT_ROUTED,
               clause="BJ-13-1")
    if open_case_of(job_seeker=job_seeker):
        refuse(_("该求职者已有进行中的就业援助服务。"), code=CommonErrorCode.DUPLICATE, clause="BJ-23-5")
    case = AssistanceCase.objects.create(job_seeker=job_seeker, routing=routing, unit=job_seeker.unit,
                                         opened_on=today(now))
    event = audit(actor=actor, obj=case, unit=case.unit, action="create", clause="BJ-13-1", now=now,
                  after={"job_seeker": job_seeker.pk, "routing": routing.pk})
    duty_schedule(actor=actor, subject=case, created_by_event=event, now=now, spec=workday_spec(
        kind=duty_kinds.AGREEMENT_SIGN, title=_("签订就业援助服务协议：%(n)s") % {"n": job_seeker.full_name},
        clause="BJ-23-1", key="bj.assistance_agreement_signing_workdays", trigger=routing.decided_on, unit=case.unit))
    return case


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
        certified=seeker.difficulty_certified, job_seeking_registered=seeker.status in REGISTERED_STATUSES,
        graded=seeker.current_level is not None,
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


def _case_duties_follow(*, actor, case, worker, now=None) -> None:
    """BJ-5-1: the open duties of the case, its current job start and its consultations move to the new case worker."""
    subjects = [case, *case.consultations.all()]
    job = current_job_start_of(case=case)
    if job is not None:
        subjects.append(job)
    for subject in subjects:
        duties_reassign_for_subject(actor=actor, subject=subject, assignee=worker, clause="BJ-5-1", now=now)


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
    if agreement is None or agreement.case_id != case.pk:
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


def _unwilling_checks(*, actor, case, verified_by, statement, reported_to, statement_entry) -> None:
    """BJ-29-1, BJ-29-2: the statement, the authority informed, a reached follow-up and four eyes."""
    decision = four_eyes_decision(verifier_id=verified_by.pk, approver_id=actor.pk, approver_unit_id=actor.unit_id,
                                  case_unit_id=case.unit_id, approver_is_head=actor.has_role("unit_head"))
    errors = {}
    if not (statement or "").strip():
        errors["statement"] = [_("请记录本人明确表示的内容。")]
    if not (reported_to or "").strip():
        errors["reported_to"] = [_("请填写告知的就失业登记管理部门。")]
    if statement_entry is None:
        errors["statement"] = [_("须先记录联系到本人的跟踪回访。")]
    if not decision.allowed:
        raise DomainError("；".join(decision.reasons), field_errors=errors, clause="BJ-29-1",
                          code=CommonErrorCode.FORBIDDEN)
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-29-1", code=CommonErrorCode.REQUIRED)


@transaction.atomic
def case_terminate_unwilling(*, actor, case: AssistanceCase, verified_by, statement: str, reported_to: str,
                             on: dt.date | None = None, now=None) -> AssistanceCase:
    """BJ-29-1 to BJ-29-3: after a follow-up the person says they do not want work; the case worker verified it,
    a different head of the same street/township (actor) approves; the registration authority is informed."""
    on = on or today(now)
    statement_entry = last_reached_follow_up(case=case)
    _unwilling_checks(actor=actor, case=case, verified_by=verified_by, statement=statement, reported_to=reported_to,
                      statement_entry=statement_entry)
    agreement = active_agreement_of(job_seeker=case.job_seeker)
    if agreement is not None:
        agreement_terminate(actor=actor, agreement=agreement, on=on, reason=TerminationReason.UNWILLING,
                            clause="BJ-29-1", now=now)
    end_assignment(actor=actor, case=case, on=on, reason=_("终止就业援助服务"), now=now)
    case.closed_on = on
    case.save(update_fields=["closed_on", "updated_at"])
    case_move(case=case, to=CaseStatus.TERMINATED_UNWILLING, actor=actor, clause="BJ-29-1", reason=statement.strip(),
              now=now)
    _cancel_all(actor=actor, case=case, now=now)
    case_ledger_add(actor=actor, case=case, section="other", service_type="assistance_terminated", occurred_on=on,
                    summary=_("终止就业援助服务（无就业意愿或拒绝服务），已告知%(r)s") % {"r": reported_to.strip()},
                    clause="BJ-29-3", outcome=statement.strip(),
                    content={"follow_up": statement_entry.pk, "verified_by": verified_by.pk, "approved_by": actor.pk,
                             "reported_to": reported_to.strip()}, now=now)
    return case


def _cancel_all(*, actor, case, now=None) -> None:
    for kind in (duty_kinds.AGREEMENT_SIGN, duty_kinds.GUIDANCE_FOLLOW_UP):
        duties_cancel_for_subject(actor=actor, subject=case, kind=kind, reason=_("就业援助服务已终止。"), now=now)
