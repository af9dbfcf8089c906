"""Key-enterprise transfers between serving agencies (BJ-44-6, BJ-45-1 to BJ-45-4).

The enterprise asks its account officer, who verifies; its agency submits; a
move between districts goes up to the city; the approving agency checks the
target region's catalogue before approving (open question 17); approval ends
the old agreement and opens a relationship at the new agency, which signs anew.
"""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.accounts.permissions import can_manage_employers
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, policy_number, refuse, refuse_calendar, refuse_forbidden, today
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule, transition
from careerguide.organisations.models import Unit
from careerguide.organisations.selectors import city_unit
from careerguide.workdays.calendar import CalendarYearNotLoaded
from careerguide.workdays.selectors import work_calendar

from ..duty_kinds import TRANSFER_NEW_AGREEMENT
from ..error_codes import EmployerErrorCode
from ..models import DailyServiceAgreement, KeyEnterpriseTransfer
from ..permissions import can_approve_key_enterprise_transfer
from ..rules import signing_level_allowed, transfer_approver_level
from ..selectors.catalogue import catalogue_check
from ..states import (
    RELATIONSHIP_TRANSITIONS,
    TRANSFER_OPEN,
    TRANSFER_TRANSITIONS,
    RelationshipStatus,
    TransferStatus,
)
from .catalogue import catalogue_refusal
from .ledger import ledger_add
from .lifecycle import agreement_end


def _step(transfer, to, actor, clause, now, reason=""):
    transition(obj=transfer, to=to, actor=actor, table=TRANSFER_TRANSITIONS, unit=transfer.from_unit, clause=clause,
               reason=reason, milestone_field="status_changed_at", now=now)


def _require_home(actor, transfer) -> None:
    if not can_manage_employers(actor) or actor.unit_id != transfer.from_unit_id:
        refuse_forbidden(message=_("由原日常服务机构办理。"), clause="BJ-45-1")


def _require_approver(actor, transfer) -> None:
    if not can_approve_key_enterprise_transfer(actor) or actor.unit_id != transfer.approving_unit_id:
        refuse_forbidden(message=_("只有有权限办理划转手续的机构（同区为区级、跨区为市级）可以审批。"), clause="BJ-44-6")


@transaction.atomic
def transfer_request(*, actor, agreement: DailyServiceAgreement, to_unit: Unit, reason: str, on: dt.date | None = None,
                     now=None) -> KeyEnterpriseTransfer:
    """The enterprise tells its account officer it wants to change its daily service location (BJ-45-1)."""
    if not can_manage_employers(actor) or actor.unit_id != agreement.unit_id:
        refuse_forbidden(message=_("由原日常服务机构办理。"), clause="BJ-45-1")
    if agreement.status not in (RelationshipStatus.AGREEMENT_SIGNED, RelationshipStatus.ACTIVE):
        refuse(_("日常服务协议未在履行中。"), clause="BJ-45-1", code=EmployerErrorCode.AGREEMENT_NOT_IN_FORCE)
    if not (reason or "").strip():
        refuse(_("请填写划转原因。"), field="reason", code=CommonErrorCode.REQUIRED)
    if to_unit is None or to_unit.pk == agreement.unit_id or not signing_level_allowed(to_unit.level):
        refuse(_("请选择另一个街道（乡镇）或区级公共就业服务机构。"), field="to_unit", clause="BJ-44-6",
               code=CommonErrorCode.INVALID)
    if agreement.transfers.filter(status__in=TRANSFER_OPEN).exists():
        refuse(_("该企业已有办理中的划转申请。"), clause="BJ-45-4", code=EmployerErrorCode.TRANSFER_IN_PROGRESS)
    from_district, to_district = agreement.unit.district, to_unit.district
    level = transfer_approver_level(from_district_id=from_district.pk if from_district else None,
                                    to_district_id=to_district.pk if to_district else None)
    approving = from_district if level == "district" else city_unit()
    transfer = KeyEnterpriseTransfer.objects.create(
        agreement=agreement, employer=agreement.employer, from_unit=agreement.unit, to_unit=to_unit,
        approving_unit=approving, reason=reason.strip(), requested_on=on or today(now))
    audit(actor=actor, obj=transfer, unit=agreement.unit, action="create", clause="BJ-45-1", now=now,
          after={"to_unit": to_unit.pk, "approving_unit": approving.pk, "reason": reason.strip()})
    return transfer


@transaction.atomic
def transfer_verify(*, actor, transfer: KeyEnterpriseTransfer, conditions_met: bool, note: str = "", now=None):
    """The account officer verifies the circumstances (BJ-45-1)."""
    _require_home(actor, transfer)
    transfer.decision_note = note
    transfer.save(update_fields=["decision_note", "updated_at"])
    _step(transfer, TransferStatus.VERIFIED if conditions_met else TransferStatus.REJECTED, actor, "BJ-45-1", now, note)
    return transfer


@transaction.atomic
def transfer_submit(*, actor, transfer: KeyEnterpriseTransfer, now=None):
    """The enterprise's own agency submits the transfer application in the system (BJ-45-1)."""
    _require_home(actor, transfer)
    _step(transfer, TransferStatus.SUBMITTED, actor, "BJ-45-1", now)
    transition(obj=transfer.agreement, to=RelationshipStatus.TRANSFER_PENDING, actor=actor, table=RELATIONSHIP_TRANSITIONS,
               unit=transfer.from_unit, clause="BJ-45-1", milestone_field="status_changed_at", now=now)
    return transfer


@transaction.atomic
def transfer_forward(*, actor, transfer: KeyEnterpriseTransfer, now=None):
    """A move between districts goes up level by level: the district forwards it to the city (BJ-45-1, BJ-44-6)."""
    district = transfer.from_unit.district
    if not can_manage_employers(actor) and not can_approve_key_enterprise_transfer(actor):
        refuse_forbidden(message=_("您的岗位无权办理。"), clause="BJ-44-6")
    if district is None or actor.unit_id != district.pk:
        refuse_forbidden(message=_("跨区划转由原服务机构所在区级机构上报市级机构。"), clause="BJ-44-6")
    if transfer.approving_unit_id == district.pk:
        refuse(_("区内划转由区级机构审批，无需上报。"), clause="BJ-44-6", code=EmployerErrorCode.TRANSFER_WITHIN_DISTRICT)
    _step(transfer, TransferStatus.FORWARDED, actor, "BJ-44-6", now)
    return transfer


def _back_to_active(actor, transfer, now):
    if transfer.agreement.status == RelationshipStatus.TRANSFER_PENDING:
        transition(obj=transfer.agreement, to=RelationshipStatus.ACTIVE, actor=actor, table=RELATIONSHIP_TRANSITIONS,
                   unit=transfer.from_unit, clause="BJ-45-4", milestone_field="status_changed_at", now=now)


@transaction.atomic
def transfer_catalogue_check(*, actor, transfer: KeyEnterpriseTransfer, on: dt.date | None = None, now=None):
    """The approving agency, with the new agency, checks the target region's catalogue (BJ-45-2).  An enterprise
    inside it is rejected and keeps its agreement (open question 17)."""
    _require_approver(actor, transfer)
    cross = transfer.approving_unit_id != (transfer.from_unit.district.pk if transfer.from_unit.district else None)
    if cross and transfer.status == TransferStatus.SUBMITTED:
        refuse(_("跨区划转须由区级机构上报后再由市级机构核实。"), clause="BJ-45-1",
               code=EmployerErrorCode.TRANSFER_NOT_FORWARDED)
    on = on or today(now)
    check = catalogue_check(industry_code=transfer.employer.industry_code, target_unit=transfer.to_unit, on=on)
    refusal = catalogue_refusal(check=check, clause="BJ-45-2")
    if refusal is not None and refusal.code == EmployerErrorCode.NO_CATALOGUE:
        raise refusal
    transfer.catalogue_version = check.version
    transfer.save(update_fields=["catalogue_version", "updated_at"])
    if refusal is not None:
        transfer.decision_note, transfer.decided_on = str(refusal.messages[0]), on
        transfer.save(update_fields=["decision_note", "decided_on", "updated_at"])
        _step(transfer, TransferStatus.REJECTED, actor, "BJ-45-2", now, transfer.decision_note)
        _back_to_active(actor, transfer, now)
    else:
        _step(transfer, TransferStatus.CATALOGUE_CHECKED, actor, "BJ-45-2", now)
    return transfer


@transaction.atomic
def transfer_approve(*, actor, transfer: KeyEnterpriseTransfer, on: dt.date | None = None, now=None):
    """Approve: the old agreement ends and a relationship opens at the new agency, which then signs (BJ-45-1, BJ-45-3)."""
    _require_approver(actor, transfer)
    on = on or today(now)
    _step(transfer, TransferStatus.APPROVED, actor, "BJ-45-1", now)
    old = transfer.agreement
    agreement_end(actor=actor, agreement=old, to=RelationshipStatus.TERMINATED_BY_TRANSFER, on=on,
                  reason=_("服务关系划转至%(unit)s") % {"unit": transfer.to_unit.name}, clause="BJ-45-1", now=now)
    _step(transfer, TransferStatus.OLD_AGREEMENT_TERMINATED, actor, "BJ-45-1", now)
    employer = transfer.employer
    before_unit = employer.unit_id
    employer.unit = transfer.to_unit
    employer.save(update_fields=["unit", "updated_at"])
    audit(actor=actor, obj=employer, unit=transfer.to_unit, action="transfer", clause="BJ-45-1", now=now,
          before={"unit": before_unit}, after={"unit": transfer.to_unit_id})
    new = DailyServiceAgreement.objects.create(
        employer=employer, unit=transfer.to_unit, industry_code=employer.industry_code,
        catalogue_version=transfer.catalogue_version, checked_on=on, transferred_from=old)
    audit(actor=actor, obj=new, unit=transfer.to_unit, action="create", clause="BJ-45-3", now=now,
          after={"transferred_from": old.pk})
    transition(obj=new, to=RelationshipStatus.ELIGIBILITY_CHECKED, actor=actor, table=RELATIONSHIP_TRANSITIONS,
               unit=transfer.to_unit, clause="BJ-45-2", milestone_field="status_changed_at", now=now)
    transfer.new_agreement, transfer.decided_on = new, on
    transfer.save(update_fields=["new_agreement", "decided_on", "updated_at"])
    _new_agreement_duty(actor, transfer, new, on, now)
    _step(transfer, TransferStatus.TRANSFERRED, actor, "BJ-45-3", now)
    ledger_add(actor=actor, employer=employer, unit=transfer.approving_unit, section="key_agreement",
               service_type="transferred", occurred_on=on, clause="BJ-45-1", now=now,
               summary=_("日常服务关系由%(a)s划转至%(b)s") % {"a": transfer.from_unit.name, "b": transfer.to_unit.name})
    return transfer


@transaction.atomic
def transfer_reject(*, actor, transfer: KeyEnterpriseTransfer, note: str, now=None):
    _require_approver(actor, transfer)
    if not (note or "").strip():
        refuse(_("请填写不予批准的理由。"), field="note", code=CommonErrorCode.REQUIRED)
    transfer.decision_note, transfer.decided_on = note.strip(), today(now)
    transfer.save(update_fields=["decision_note", "decided_on", "updated_at"])
    _step(transfer, TransferStatus.REJECTED, actor, "BJ-45-1", now, note)
    _back_to_active(actor, transfer, now)
    return transfer


def _new_agreement_duty(actor, transfer, new, on, now) -> None:
    """The new agency owes the new agreement "及时" (BJ-45-3): within the configured working days of approval."""
    days = policy_number("bj.key_enterprise_transfer_new_agreement_workdays", unit=transfer.to_unit, on=on)
    try:
        due = work_calendar().add_workdays(on, days)
    except CalendarYearNotLoaded as exc:
        refuse_calendar(exc, clause="BJ-45-3")
    duty_schedule(actor=actor, subject=new, now=now, spec=DutySpec(
        kind=TRANSFER_NEW_AGREEMENT, title=_("与划转来的%(e)s签订日常服务协议") % {"e": transfer.employer.name},
        clause="BJ-45-3", due_date=due, unit=transfer.to_unit))


def transfer_mark_new_agreement(*, actor, agreement: DailyServiceAgreement, now=None) -> None:
    """The new agency signed: the transfer is complete and its duty met (BJ-45-3, BJ-45-4)."""
    for transfer in KeyEnterpriseTransfer.objects.filter(new_agreement=agreement, status=TransferStatus.TRANSFERRED):
        _step(transfer, TransferStatus.NEW_AGREEMENT_SIGNED, actor, "BJ-45-3", now)
        duties_fulfil_for_subject(actor=actor, subject=agreement, kind=TRANSFER_NEW_AGREEMENT, on=today(now), now=now)


TRANSFER_STEPS = {
    "verify": lambda actor, t, note: transfer_verify(actor=actor, transfer=t, conditions_met=True, note=note),
    "decline": lambda actor, t, note: transfer_verify(actor=actor, transfer=t, conditions_met=False, note=note),
    "submit": lambda actor, t, note: transfer_submit(actor=actor, transfer=t),
    "forward": lambda actor, t, note: transfer_forward(actor=actor, transfer=t),
    "check": lambda actor, t, note: transfer_catalogue_check(actor=actor, transfer=t),
    "approve": lambda actor, t, note: transfer_approve(actor=actor, transfer=t),
    "reject": lambda actor, t, note: transfer_reject(actor=actor, transfer=t, note=note),
}


def transfer_act(*, actor, transfer: KeyEnterpriseTransfer, action: str, note: str = ""):
    """One named step of the transfer; each step checks who may take it (BJ-45-1 to BJ-45-4)."""
    step = TRANSFER_STEPS.get(action)
    if step is None:
        refuse(_("无效的操作。"), code=CommonErrorCode.INVALID)
    return step(actor, transfer, note)
