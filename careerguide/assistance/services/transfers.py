"""Service-relationship transfers between agencies (BJ-23-6, BJ-24-1 to BJ-24-7)."""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, refuse, refuse_forbidden, require_text, today
from careerguide.duties.services import duty_schedule, transition
from careerguide.job_seekers.services.transfer import job_seeker_transfer
from careerguide.organisations.levels import UnitLevel

from .. import duty_kinds
from ..error_codes import AssistanceErrorCode
from ..models import AssistanceCase, Transfer
from ..permissions import can_serve_assistance
from ..rules import transfer_approving_level, transfer_step
from ..selectors import active_agreement_of
from ..states import (
    OPEN_TRANSFER_STATUSES,
    SERVICE_STATUSES,
    TRANSFER_TRANSITIONS,
    CaseStatus,
    TerminationReason,
    TransferReason,
    TransferStatus,
)
from .archive import needs_archive_record
from .case_ledger import case_ledger_add
from .cases import agreement_terminate, case_duties_cancel, case_move, end_assignment
from .consultations import consultations_close_for_case
from .duty_specs import workday_spec


def _move(transfer, to, *, actor, clause="BJ-24-7", reason="", now=None):
    return transition(obj=transfer, to=to, actor=actor, table=TRANSFER_TRANSITIONS, unit=transfer.from_unit, clause=clause,
                      reason=reason, milestone_field="status_changed_at", now=now)


def _own_street(actor, unit) -> None:
    """BJ-24-1, BJ-24-2: the person's own street/township handles the request and submits it."""
    if not can_serve_assistance(actor) or actor.unit_id != unit.pk:
        refuse_forbidden(clause="BJ-24-2", message=_("由该求职者所在街道（乡镇）公共就业服务机构办理。"))


@transaction.atomic
def transfer_request(*, actor, case: AssistanceCase, reason: str, to_unit, new_address: str, now=None) -> Transfer:
    """BJ-24-1: the person applies to their case worker with the reason and the proposed new location."""
    _own_street(actor, case.unit)
    errors = {}
    if reason not in TransferReason.values:
        errors["reason"] = [_("变更原因只能是户籍所在地或常住地变更。")]
    if to_unit is None or to_unit.level != UnitLevel.STREET or to_unit.pk == case.unit_id:
        errors["to_unit"] = [_("请选择其他街道（乡镇）作为新服务地。")]
    if not (new_address or "").strip():
        errors["new_address"] = [_("请填写新服务地地址。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-24-1", code=CommonErrorCode.INVALID)
    if active_agreement_of(job_seeker=case.job_seeker) is None or case.status not in SERVICE_STATUSES:
        refuse(_("只有履行中的就业援助服务协议才能申请变更服务关系。"), code=AssistanceErrorCode.NO_AGREEMENT,
               clause="BJ-24-1")
    if case.transfers.filter(status__in=OPEN_TRANSFER_STATUSES).exists():
        refuse(_("已有办理中的服务关系划转申请。"), code=CommonErrorCode.DUPLICATE, clause="BJ-24-1")
    transfer = Transfer.objects.create(
        case=case, from_unit=case.unit, to_unit=to_unit, reason=reason, new_address=new_address.strip(),
        requested_on=today(now),
        approving_level=transfer_approving_level(from_district_id=case.unit.parent_id, to_district_id=to_unit.parent_id))
    audit(actor=actor, obj=transfer, unit=case.unit, action="create", clause="BJ-24-1", now=now,
          after={"to_unit": to_unit.pk, "reason": reason, "approving_level": transfer.approving_level})
    return transfer


@transaction.atomic
def transfer_verify(*, actor, transfer: Transfer, accept: bool, note: str, now=None) -> Transfer:
    """BJ-24-2: the case worker verifies; a rejection needs a reason; an acceptance is submitted by the
    street/township agency to its district (BJ-24-3)."""
    _own_street(actor, transfer.from_unit)
    note = require_text(note, field="note", label=_("核实情况"), clause="BJ-24-2")
    transfer.verification_note = note
    transfer.save(update_fields=["verification_note", "updated_at"])
    if not accept:
        _move(transfer, TransferStatus.REJECTED_BY_CASE_WORKER, actor=actor, clause="BJ-24-2", reason=note, now=now)
        return transfer
    _move(transfer, TransferStatus.VERIFIED, actor=actor, clause="BJ-24-2", now=now)
    _move(transfer, TransferStatus.SUBMITTED, actor=actor, clause="BJ-24-3", now=now)
    return transfer


@transaction.atomic
def transfer_decide(*, actor, transfer: Transfer, decision: str, note: str = "", now=None) -> Transfer:
    """BJ-24-3 to BJ-24-6: forward/return/approve/reject by the authorised level only.  On approval the old
    agreement ends from the approval date, the case-worker assignment ends, the case moves to the new
    street/township and the advisory new-agreement duty starts."""
    level = actor.unit.level
    allowed = transfer_step(status=transfer.status, approving_level=transfer.approving_level, actor_level=level)
    own = (transfer.from_unit.parent_id == actor.unit_id) if level == UnitLevel.DISTRICT else level == UnitLevel.CITY
    if decision not in allowed or not own:
        refuse_forbidden(clause="BJ-24-3", message=_("本机构无权对该申请作此处理。"))
    if decision in ("return", "reject") and not (note or "").strip():
        refuse(_("退回或不予批准须填写理由。"), code=CommonErrorCode.REQUIRED, clause="BJ-24-3", field="note")
    transfer.decision_note, transfer.decided_by = (note or "").strip(), actor
    transfer.save(update_fields=["decision_note", "decided_by", "updated_at"])
    target = {"forward": TransferStatus.FORWARDED, "return": TransferStatus.RETURNED,
              "reject": TransferStatus.REJECTED, "approve": TransferStatus.APPROVED}[decision]
    if target == TransferStatus.RETURNED:
        _move(transfer, target, actor=actor, clause="BJ-24-3", reason=note, now=now)
        return transfer
    _move(transfer, target, actor=actor, clause="BJ-24-3", reason=note, now=now)
    if target == TransferStatus.APPROVED:
        _execute(actor=actor, transfer=transfer, now=now)
    return transfer


@transaction.atomic
def transfer_resubmit(*, actor, transfer: Transfer, now=None) -> Transfer:
    """BJ-24-3: a returned application may be submitted again by the street/township."""
    _own_street(actor, transfer.from_unit)
    _move(transfer, TransferStatus.SUBMITTED, actor=actor, clause="BJ-24-3", now=now)
    return transfer


def _execute(*, actor, transfer: Transfer, now=None) -> None:
    on = today(now)
    transfer.approved_on = on
    transfer.save(update_fields=["approved_on", "updated_at"])
    case = transfer.case
    agreement = active_agreement_of(job_seeker=case.job_seeker)
    agreement_terminate(actor=actor, agreement=agreement, on=on, reason=TerminationReason.TRANSFER, clause="BJ-24-4",
                        now=now)
    end_assignment(actor=actor, case=case, on=on, reason=_("服务关系划转"), now=now)
    consultations_close_for_case(actor=actor, case=case, on=on, reason=_("服务关系划转"), now=now)
    case_duties_cancel(actor=actor, case=case, reason=_("服务关系已划转，由新服务地重新签订协议后继续服务。"), now=now)
    case_move(case=case, to=CaseStatus.TRANSFER_PENDING, actor=actor, clause="BJ-24-4", now=now)
    case_ledger_add(actor=actor, case=case, section="other", service_type="assistance_transfer", occurred_on=on,
                    summary=_("服务关系划转至%(u)s") % {"u": transfer.to_unit.name}, clause="BJ-24-5",
                    content={"transfer": transfer.pk, "from": transfer.from_unit_id, "to": transfer.to_unit_id},
                    now=now)
    case.unit = transfer.to_unit
    case.save(update_fields=["unit", "updated_at"])
    audit(actor=actor, obj=case, unit=transfer.to_unit, action="update", clause="BJ-24-5", now=now,
          before={"unit": transfer.from_unit_id}, after={"unit": transfer.to_unit_id})
    job_seeker_transfer(actor=actor, job_seeker=case.job_seeker, to_unit=transfer.to_unit, clause="BJ-24-5", now=now)
    needs_archive_record(actor=actor, job_seeker=case.job_seeker, unit=transfer.to_unit, on=on, source="transfer",
                         content={"service_unit": transfer.to_unit.name, "address": transfer.new_address}, now=now)
    duty_schedule(actor=actor, subject=case, now=now, spec=workday_spec(
        kind=duty_kinds.AGREEMENT_SIGN, title=_("划转后重新签订就业援助服务协议：%(n)s") % {"n": case.job_seeker.full_name},
        clause="BJ-24-6", key="bj.transfer_new_agreement_workdays", trigger=on, unit=case.unit))
