"""Case referral with the worker's consent (CQ-8.1-*) and mandatory safety escalation (CQ-8.2-*)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.accounts.models import User
from careerguide.accounts.roles import Role
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import now_or, policy_number, refuse, refuse_forbidden, today
from careerguide.duties.services import (
    DutySpec,
    duties_cancel_for_subject,
    duties_fulfil_for_subject,
    duty_schedule,
    transition,
)
from careerguide.notifications.services import notify
from careerguide.workdays.selectors import work_calendar

from ...duty_kinds import KIND_REFERRAL_APPOINTMENT, KIND_REFERRAL_INITIATION
from .. import rules
from ..choices import SafetyConcernKind
from ..error_codes import CqErrorCode
from ..links import case_link
from ..models import Referral, SafetyConcern
from ..permissions import is_guidance_staff
from ..selectors import open_referral
from ..states import REFERRAL_TRANSITIONS, WORKER_TERMINAL, CaseStatus, ReferralStatus
from .staff import ensure_assignable
from .steps import audit_standard, close, counsellor_change, disclosure_log, ensure_counsellor

R = ReferralStatus
FORM_FIELDS = ("worker_identity", "referring_counsellor", "receiver", "trigger", "case_summary", "services_delivered",
               "current_step", "assessment_results", "known_risks", "consent", "handover_date")


def _step(referral, to, actor, clause, now, reason=""):
    transition(obj=referral, to=to, actor=actor, table=REFERRAL_TRANSITIONS, unit=referral.case.unit, clause=clause,
               reason=reason, milestone_field="status_changed_at", now=now_or(now))


def _case_service_types(case) -> list[str]:
    return [n.get("service_type", "") for n in case.needs]


def _ensure_receiver(*, actor, referral, message) -> None:
    """CQ-8.1.4-1: only the counsellor who receives the referral acts on it."""
    if referral.receiver_id != actor.pk:
        refuse_forbidden(clause="CQ-8.1.4-1", message=message)


@transaction.atomic
def referral_initiate(*, actor, case, trigger: str, description: str, receiver=None, institution: str = "",
                      now=None) -> Referral:
    """CQ-8.1.1-1, CQ-8.1.1-2: one of three triggers with a description; freezes the case steps."""
    ensure_counsellor(actor=actor, case=case)
    if case.status in WORKER_TERMINAL or open_referral(case=case):
        refuse(_("该个案不能发起转介。"), code=CqErrorCode.REFERRAL_NOT_ALLOWED, clause="CQ-8.1-1")
    if trigger not in rules.REFERRAL_TRIGGERS or not (description or "").strip():
        refuse(_("请选择转介情形并说明情况。"), code=CommonErrorCode.INVALID, clause="CQ-8.1.1-1", field="trigger")
    if receiver is None and not institution.strip():
        refuse(_("请指定接受转介的职业指导人员或有关机构。"), code=CommonErrorCode.REQUIRED, clause="CQ-8.1.1-2",
               field="receiver")
    if receiver is not None:
        _ensure_receiver_eligible(actor=actor, case=case, receiver=receiver)
        ensure_assignable(counsellor=receiver, on=today(now), service_types=_case_service_types(case))
    referral = Referral.objects.create(case=case, trigger=trigger, description=description.strip(), referring=actor,
                                       receiver=receiver, institution=institution.strip())
    event = audit_standard(actor=actor, obj=referral, action="create", unit=case.unit, clause="CQ-8.1.1-1", now=now,
                           after={"trigger": trigger})
    duties_fulfil_for_subject(actor=actor, subject=case, kind=KIND_REFERRAL_INITIATION, on=today(now), event=event,
                              now=now)
    return referral


@transaction.atomic
def referral_explain(*, actor, referral, on: dt.date, channel: str, reasons: str, now=None):
    """CQ-8.1.2-1: the reasons explained to the worker."""
    ensure_counsellor(actor=actor, case=referral.case)
    if not (reasons or "").strip():
        refuse(_("请填写向劳动者说明的转介原因。"), code=CommonErrorCode.REQUIRED, clause="CQ-8.1.2-1", field="reasons")
    referral.explanation = {"on": on.isoformat(), "channel": channel, "reasons": reasons.strip()}
    referral.save(update_fields=["explanation", "updated_at"])
    _step(referral, R.EXPLAINED, actor, "CQ-8.1.2-1", now)
    return referral


@transaction.atomic
def referral_decide(*, actor, referral, consented: bool, method: str, data_sharing: bool = False, now=None):
    """CQ-8.1.2-2: only with voluntary consent; without it the referral ends declined, nothing is transferred and
    the case is terminated with reason referral_declined."""
    case = referral.case
    ensure_counsellor(actor=actor, case=case)
    referral.consent = {"consented": consented, "method": method, "on": today(now).isoformat(),
                        "data_sharing": data_sharing}
    referral.save(update_fields=["consent", "updated_at"])
    if consented:
        _step(referral, R.CONSENTED, actor, "CQ-8.1.2-2", now)
        return referral
    _step(referral, R.DECLINED, actor, "CQ-8.1.2-2", now, reason="referral_declined")
    close(case=case, to=CaseStatus.TERMINATED, actor=actor, reason="referral_declined", clause="CQ-8.1.2-2", now=now)
    return referral


def _ensure_receiver_eligible(*, actor, case, receiver) -> None:
    if receiver.pk == actor.pk or not is_guidance_staff(receiver):
        refuse(_("须转介给其他职业指导人员。"), code=CqErrorCode.RECEIVER_NOT_ELIGIBLE, clause="CQ-8.1.1-2",
               field="receiver")


@transaction.atomic
def referral_form_complete(*, actor, referral, form: dict, receiver=None, institution: str = "", now=None):
    """CQ-8.1.3-1: every field of the case referral form filled in detail. After a receiver declined the
    referral (CQ-8.1-1) another receiver or an institution is named here."""
    ensure_counsellor(actor=actor, case=referral.case)
    missing = [f for f in FORM_FIELDS if not str(form.get(f, "")).strip()]
    if missing:
        raise DomainError(field_errors={f: [_("转介表此项必填。")] for f in missing}, clause="CQ-8.1.3-1",
                          code=CommonErrorCode.REQUIRED)
    if receiver is not None:
        _ensure_receiver_eligible(actor=actor, case=referral.case, receiver=receiver)
        ensure_assignable(counsellor=receiver, on=today(now), service_types=_case_service_types(referral.case))
        referral.receiver, referral.institution = receiver, ""
    elif institution.strip():
        referral.receiver, referral.institution = None, institution.strip()
    if referral.receiver is None and not referral.institution:
        refuse(_("请重新指定接受转介的职业指导人员或有关机构。"), code=CommonErrorCode.REQUIRED, clause="CQ-8.1-1",
               field="receiver")
    referral.form = {f: str(form[f]).strip() for f in FORM_FIELDS}
    referral.save(update_fields=["form", "receiver", "institution", "updated_at"])
    _step(referral, R.FORM_COMPLETED, actor, "CQ-8.1.3-1", now)
    return referral


@transaction.atomic
def referral_hand_over(*, actor, referral, now=None):
    """CQ-8.1.3-2, CQ-8.1.3-3, CQ-8.1.4-1: internal → the receiver becomes the assigned counsellor (the case's open
    duties move to them) and owes an interview appointment within 3 working days; external → the case closes
    referred_external, records go out only within the recorded data-sharing consent (logged as a disclosure)."""
    case = referral.case
    ensure_counsellor(actor=actor, case=case)
    referral.handed_over_on = today(now)
    referral.save(update_fields=["handed_over_on", "updated_at"])
    _step(referral, R.HANDED_OVER, actor, "CQ-8.1.3-2", now)
    if referral.receiver is not None:
        ensure_assignable(counsellor=referral.receiver, on=today(now), service_types=_case_service_types(case))
        counsellor_change(actor=actor, case=case, counsellor=referral.receiver, clause="CQ-8.1.3-2", now=now)
        workdays = policy_number("cq.referral_appointment_workdays", unit=case.unit, on=today(now))
        duty_schedule(actor=actor, subject=referral, now=now, spec=DutySpec(
            kind=KIND_REFERRAL_APPOINTMENT, title=_("接受转介后预约访谈"), clause="CQ-8.1.4-1",
            due_date=work_calendar().add_workdays(today(now), workdays), unit=case.unit, assignee=referral.receiver))
        return referral
    if referral.consent.get("data_sharing"):
        disclosure_log(actor=actor, case=case, recipient=referral.institution, content=_("个案转介表及指导记录"),
                       basis="consent", basis_detail=_("劳动者同意转介并同意共享资料"), clause="CQ-4.4-5", now=now)
    close(case=case, to=CaseStatus.REFERRED_EXTERNAL, actor=actor, reason="referred_external", clause="CQ-8.1.3-3",
          now=now)
    return referral


@transaction.atomic
def referral_accept(*, actor, referral, reviewed_note: str, now=None):
    """CQ-8.1.4-1: the receiving counsellor records having reviewed the case."""
    _ensure_receiver(actor=actor, referral=referral, message=_("只有接受转介的职业指导人员可以确认。"))
    if not (reviewed_note or "").strip():
        refuse(_("请记录了解个案情况。"), code=CommonErrorCode.REQUIRED, clause="CQ-8.1.4-1", field="reviewed_note")
    referral.reviewed_note = reviewed_note.strip()
    referral.save(update_fields=["reviewed_note", "updated_at"])
    _step(referral, R.ACCEPTED, actor, "CQ-8.1.4-1", now)
    return referral


@transaction.atomic
def referral_reject(*, actor, referral, reason: str, now=None):
    """CQ-8.1-1: the receiving counsellor declines a handed-over referral with a reason. The case returns to the
    referring counsellor, the interview duty is cancelled and the referral goes back to consented, so that the
    referring counsellor names another receiver on the referral form."""
    _ensure_receiver(actor=actor, referral=referral, message=_("只有接受转介的职业指导人员可以拒绝接收。"))
    if not (reason or "").strip():
        refuse(_("请填写拒绝接收的理由。"), code=CommonErrorCode.REQUIRED, clause="CQ-8.1-1", field="reason")
    case = referral.case
    referral.rejections = [*referral.rejections, {"by": actor.pk, "on": today(now).isoformat(),
                                                  "reason": reason.strip()}]
    referral.receiver = None
    referral.save(update_fields=["rejections", "receiver", "updated_at"])
    _step(referral, R.CONSENTED, actor, "CQ-8.1-1", now, reason=reason.strip())
    duties_cancel_for_subject(actor=actor, subject=referral, kind=KIND_REFERRAL_APPOINTMENT,
                              reason=_("接受转介的职业指导人员拒绝接收"), now=now)
    counsellor_change(actor=actor, case=case, counsellor=referral.referring, clause="CQ-8.1-1", now=now)
    notify(recipient=referral.referring, subject=_("个案转介被拒绝接收，请重新指定接收人"),
           link=case_link(case.pk), dedup_key=f"cq-referral-rejected:{referral.pk}:{len(referral.rejections)}", now=now)
    return referral


@transaction.atomic
def referral_schedule_interview(*, actor, referral, on: dt.date, now=None):
    """CQ-8.1.4-1: the interview appointment fulfils the 3-working-day duty (on time or late)."""
    _ensure_receiver(actor=actor, referral=referral, message=_("只有接受转介的职业指导人员可以预约访谈。"))
    referral.appointment_on = on
    referral.save(update_fields=["appointment_on", "updated_at"])
    _step(referral, R.APPOINTMENT_SCHEDULED, actor, "CQ-8.1.4-1", now)
    duties_fulfil_for_subject(actor=actor, subject=referral, kind=KIND_REFERRAL_APPOINTMENT, on=today(now), now=now)
    return referral


def _safety_contacts(case):
    """The agency's safety contacts: the unit heads of the case's unit and its ancestors (until an emergency-plan
    contact list is configured, CQ-8.2.1-1)."""
    ids = [int(x) for x in case.unit.path.strip("/").split("/") if x]
    return list(User.objects.filter(unit_id__in=ids, is_active=True, role_assignments__role=Role.UNIT_HEAD).distinct())


@transaction.atomic
def safety_concern_record(*, actor, case, kind: str, description: str, now=None) -> SafetyConcern:
    """CQ-8.2.1-1, CQ-8.2.2-1, CQ-8.2-1: any staff user; no approval, no consent; not blocked by an open referral
    or a closed case; safety contacts notified in the same transaction."""
    if kind not in SafetyConcernKind.values or not (description or "").strip():
        refuse(_("请选择情形并描述情况。"), code=CommonErrorCode.INVALID, clause="CQ-8.2.1-1")
    now = now_or(now)
    contacts = _safety_contacts(case)
    concern = SafetyConcern.objects.create(case=case, kind=kind, description=description.strip(), recorded_by=actor,
                                           notified=[{"user": u.pk, "at": now.isoformat()} for u in contacts])
    audit_standard(actor=actor, obj=concern, action="create", unit=case.unit, now=now,
                   clause="CQ-8.2.1-1" if kind == SafetyConcernKind.SELF_HARM else "CQ-8.2.2-1",
                   after={"kind": kind, "notified": [u.pk for u in contacts]})
    for user in contacts:
        notify(recipient=user, subject=_("安全风险警报：%(c)s，请立即处置") % {"c": case}, link=case_link(case.pk),
               dedup_key=f"cq-safety:{concern.pk}:{user.pk}", now=now)
    return concern


@transaction.atomic
def safety_measure_add(*, actor, concern: SafetyConcern, measure: str, parties: str, disclosed: str = "", now=None):
    """CQ-8.2.1-1, CQ-8.2.2-1, CQ-8.2-1: measures with the parties contacted (e.g. police, family) and time;
    information given to them is logged as a disclosure with basis safety_escalation."""
    now = now_or(now)
    if not (measure or "").strip() or not (parties or "").strip():
        refuse(_("请填写采取的措施和联系的有关部门或人员。"), code=CommonErrorCode.REQUIRED, clause="CQ-8.2.2-1")
    concern.measures = [*concern.measures, {"measure": measure.strip(), "parties": parties.strip(),
                                            "at": now.isoformat(), "by": actor.pk}]
    concern.save(update_fields=["measures", "updated_at"])
    audit_standard(actor=actor, obj=concern, action="update", unit=concern.case.unit, clause="CQ-8.2.2-1", now=now,
                   after={"measures": len(concern.measures)})
    if disclosed.strip():
        disclosure_log(actor=actor, case=concern.case, recipient=parties, content=disclosed, basis="safety_escalation",
                       basis_detail=concern.get_kind_display(), clause="CQ-8.2-1", now=now)
    return concern
