"""Termination for unwillingness or refusal, with four eyes: the case worker verifies after a follow-up, another
head of the street/township approves, the registration authority is informed (BJ-29-1 to BJ-29-3)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, refuse, refuse_forbidden, today
from careerguide.duties.services import transition
from careerguide.job_seekers.services.exits import job_seeker_services_stop

from ..models import Termination
from ..rules import four_eyes_decision
from ..selectors import responsible_case_worker
from ..states import SERVICE_STATUSES, TERMINATION_TRANSITIONS, CaseStatus, TerminationReason, TerminationStatus
from .case_ledger import case_ledger_add
from .cases import case_end


@transaction.atomic
def termination_request(*, actor, case, follow_up, statement: str, verification_note: str,
                        verified_on: dt.date | None = None, now=None) -> Termination:
    """BJ-29-1: after a follow-up in which the person explicitly said they do not want work or refuse the services,
    their case worker verifies it; the request then waits for the street/township's approval."""
    on = verified_on or today(now)
    if responsible_case_worker(case=case, on=on) != actor:
        refuse_forbidden(clause="BJ-29-1", message=_("由该求职者的援助专员核实。"))
    errors = {}
    if follow_up is None or follow_up.case_id != case.pk or not follow_up.reached or not follow_up.unwilling_statement:
        errors["follow_up"] = [_("请选择本人明确表示无就业意愿或拒绝服务的那次跟踪回访。")]
    if not (statement or "").strip():
        errors["statement"] = [_("请记录本人明确表示的内容。")]
    if not (verification_note or "").strip():
        errors["verification_note"] = [_("请填写核实情况。")]
    if case.status not in SERVICE_STATUSES:
        errors["__all__"] = [_("该援助个案当前不在专门服务中。")]
    elif case.terminations.filter(status=TerminationStatus.PENDING).exists():
        errors["__all__"] = [_("已有待审批的终止申请。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-29-1", code=CommonErrorCode.INVALID)
    row = Termination.objects.create(case=case, unit=case.unit, follow_up=follow_up, statement=statement.strip(),
                                     verified_by=actor, verified_on=on, verification_note=verification_note.strip())
    audit(actor=actor, obj=row, unit=case.unit, action="create", clause="BJ-29-1", now=now,
          after={"follow_up": follow_up.pk, "verified_on": on})
    case_ledger_add(actor=actor, case=case, section="follow_up", service_type="assistance_termination_verified",
                    occurred_on=on, clause="BJ-29-3", outcome=row.verification_note[:200], contact=False,
                    summary=_("援助专员核实本人明确表示无就业意愿或拒绝服务，报请终止"), content={"termination": row.pk},
                    now=now)
    return row


def _decide_checks(*, actor, termination, approve, note, reported_to) -> None:
    case = termination.case
    decision = four_eyes_decision(verifier_id=termination.verified_by_id, approver_id=actor.pk,
                                  approver_unit_id=actor.unit_id, case_unit_id=case.unit_id,
                                  approver_is_head=actor.has_role("unit_head"))
    if not decision.allowed:
        raise DomainError("；".join(decision.reasons), clause="BJ-29-2", code=CommonErrorCode.FORBIDDEN)
    if termination.status != TerminationStatus.PENDING:
        refuse(_("该申请已审批。"), code=CommonErrorCode.INVALID_TRANSITION, clause="BJ-29-1")
    if approve and not (reported_to or "").strip():
        refuse(_("请填写告知的就失业登记管理部门。"), code=CommonErrorCode.REQUIRED, field="reported_to", clause="BJ-29-3")
    if not approve and not (note or "").strip():
        refuse(_("不予批准须填写理由。"), code=CommonErrorCode.REQUIRED, field="note", clause="BJ-29-1")


@transaction.atomic
def termination_decide(*, actor, termination: Termination, approve: bool, note: str = "", reported_to: str = "",
                       now=None) -> Termination:
    """BJ-29-1, BJ-29-2: a different head of the same street/township approves (or rejects with a reason); on
    approval the agreement terminates, the registration authority is informed and services stop (BJ-29-3)."""
    _decide_checks(actor=actor, termination=termination, approve=approve, note=note, reported_to=reported_to)
    on = today(now)
    termination.decided_by, termination.decided_on, termination.decision_note = actor, on, (note or "").strip()
    if approve:
        termination.reported_to, termination.reported_on = reported_to.strip(), on
    termination.save(update_fields=["decided_by", "decided_on", "decision_note", "reported_to", "reported_on",
                                    "updated_at"])
    to = TerminationStatus.APPROVED if approve else TerminationStatus.REJECTED
    transition(obj=termination, to=to, actor=actor, table=TERMINATION_TRANSITIONS, unit=termination.unit,
               clause="BJ-29-2", reason=termination.decision_note, milestone_field="status_changed_at", now=now)
    if not approve:
        return termination
    case = termination.case
    case_ledger_add(actor=actor, case=case, section="other", service_type="assistance_terminated", occurred_on=on,
                    summary=_("终止就业援助服务（无就业意愿或拒绝服务），已告知%(r)s") % {"r": termination.reported_to},
                    clause="BJ-29-3", outcome=termination.statement[:200], contact=False,
                    content={"termination": termination.pk, "follow_up": termination.follow_up_id,
                             "verified_by": termination.verified_by_id, "approved_by": actor.pk,
                             "reported_to": termination.reported_to}, now=now)
    case_end(actor=actor, case=case, to=CaseStatus.TERMINATED_UNWILLING, on=on,
             agreement_reason=TerminationReason.UNWILLING, clause="BJ-29-1", reason=termination.statement, now=now)
    job_seeker_services_stop(actor=actor, job_seeker=case.job_seeker, reason=termination.statement, clause="BJ-29-1",
                             now=now)
    return termination
