"""Steps every CQ service shares: the audit event under the standard, the counsellor and referral guards,
the case's state move and closing, the hand-over of a case to another counsellor, the disclosure log."""
from __future__ import annotations

from django.utils.translation import gettext as _

from careerguide.common.services import audit, now_or, refuse, refuse_forbidden, require_in_jurisdiction, today
from careerguide.duties.services import duties_reassign_for_subject, transition

from ...duty_kinds import KIND_FOLLOW_UP, KIND_PLAN_REVIEW
from ..choices import RecipientType
from ..error_codes import CqErrorCode
from ..models import Disclosure
from ..permissions import can_manage_cq
from ..rules import STANDARD
from ..selectors import cq_rules_enabled, open_referral, qualification_on
from ..states import EMPLOYER_TRANSITIONS, WORKER_TRANSITIONS


def audit_standard(*, actor, obj, action: str, unit, clause: str, now=None, after=None, before=None, reason=""):
    """An audit event of the CQ process; each records the standard it applies as its basis (CQ-1-2)."""
    return audit(actor=actor, obj=obj, action=action, unit=unit, clause=clause, now=now_or(now),
                 after={**(after or {}), "basis": STANDARD}, before=before, reason=reason)


def ensure_manager(*, actor, unit, clause: str) -> None:
    """The agency's registers are kept by management staff, the agency head or the city administrator, for units
    inside their jurisdiction."""
    if not can_manage_cq(actor):
        refuse_forbidden(clause=clause, message=_("只有专业管理人员或机构负责人可以办理此事项。"))
    require_in_jurisdiction(actor=actor, unit=unit)


def ensure_cq_unit(*, unit, on, clause: str = "CQ-4.1-1") -> None:
    """CQ-1-1, CQ-4.1-1: guidance cases and sessions open only where the standard is adopted and the organisation
    holds a public employment service qualification valid on the service date."""
    if not cq_rules_enabled(unit=unit, on=on):
        refuse(_("本辖区未采用《职业指导服务规范》（T/CQTSHRA 002-2024），不能按该规范开立个案或组织团体指导。"),
               code=CqErrorCode.CQ_NOT_ADOPTED, clause="CQ-1-1")
    if qualification_on(unit=unit, on=on) is None:
        refuse(_("本机构没有在服务日期有效的公共就业服务资质，不能开立个案或组织团体指导。"),
               code=CqErrorCode.QUALIFICATION_MISSING, clause=clause)


def table_for(*, case) -> dict:
    return WORKER_TRANSITIONS if case.recipient_type == RecipientType.WORKER else EMPLOYER_TRANSITIONS


def ensure_counsellor(*, actor, case) -> None:
    """CQ-6.1-3: the assigned counsellor performs every step transition."""
    if case.counsellor_id != getattr(actor, "pk", None):
        refuse_forbidden(clause="CQ-6.1-3", message=_("只有该个案的职业指导人员可以办理此步骤。"))


def ensure_not_frozen(*, case) -> None:
    """CQ-8.1.1-2: while a referral is open the case's step state is frozen."""
    if open_referral(case=case) is not None:
        refuse(_("个案转介进行中，暂不能办理指导步骤。"), code=CqErrorCode.REFERRAL_OPEN, clause="CQ-8.1.1-2")


def move(*, case, to, actor, clause, now=None, reason="", schedule=(), cancel_kinds=()):
    """The case's step, through the shared state machine of its recipient type (CQ-6.1-1, CQ-6.2-1)."""
    return transition(obj=case, to=to, actor=actor, table=table_for(case=case), unit=case.unit, clause=clause,
                      reason=reason, milestone_field="status_changed_at", now=now_or(now), schedule=schedule,
                      cancel_kinds=cancel_kinds)


def close(*, case, to, actor, reason: str, clause: str, now=None) -> None:
    """The case ends (employed, withdrawn, referred, terminated …) with its reason; follow-ups are no longer owed."""
    case.closure_reason, case.closed_on = reason, today(now)
    case.save(update_fields=["closure_reason", "closed_on", "updated_at"])
    move(case=case, to=to, actor=actor, clause=clause, now=now, reason=reason,
         cancel_kinds=[KIND_FOLLOW_UP, KIND_PLAN_REVIEW])


def counsellor_change(*, actor, case, counsellor, clause: str, now=None) -> None:
    """The case passes to another counsellor, with its open duties and those of its hiring needs (CQ-8.1.3-2);
    the caller has checked the counsellor may be assigned."""
    case.counsellor = counsellor
    case.save(update_fields=["counsellor", "updated_at"])
    audit_standard(actor=actor, obj=case, action="update", unit=case.unit, clause=clause, now=now,
                   after={"counsellor": counsellor.pk})
    for subject in (case, *case.hiring_needs.all()):
        duties_reassign_for_subject(actor=actor, subject=subject, assignee=counsellor, clause=clause, now=now)


def disclosure_log(*, actor, case, recipient: str, content: str, basis: str, basis_detail: str, clause: str,
                   now=None) -> Disclosure:
    """CQ-4.4-5: information that leaves the agency, with its basis, logged and audited."""
    disclosure = Disclosure.objects.create(case=case, recipient=recipient.strip(), content=content.strip(), basis=basis,
                                           basis_detail=basis_detail.strip(), disclosed_by=actor,
                                           disclosed_at=now_or(now))
    audit_standard(actor=actor, obj=disclosure, action="create", unit=case.unit, clause=clause, now=now,
                   after={"disclosure_basis": basis, "recipient": disclosure.recipient})
    return disclosure
