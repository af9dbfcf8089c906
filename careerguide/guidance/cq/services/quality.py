"""Supervision and quality evaluation (CQ-9.1.2-*, CQ-9.1.3-1, CQ-9.2.1-2, CQ-9.2.1-3, CQ-9.2.2-1, CQ-9.2.3-1):
internal audits, findings from every source and their corrective and preventive actions (each owed by its owner as
a duty), the periodic experience summary and self-evaluation (each owed by the agency as a duty), third-party
evaluations and the complaint channels the public page shows."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import policy_number, refuse, refuse_forbidden, require_text, today
from careerguide.duties.selectors import open_duties_for_subject
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule

from ...duty_kinds import KIND_CORRECTIVE_ACTION, KIND_EXPERIENCE_SUMMARY, KIND_SELF_EVALUATION
from .. import rules
from ..choices import ActionKind, ComplaintChannelKind, EvaluationType, FindingSource
from ..error_codes import CqErrorCode
from ..models import (
    ComplaintChannel,
    CorrectiveAction,
    ExperienceSummary,
    Finding,
    InternalAudit,
    QualityEvaluation,
)
from ..permissions import is_agency_head, is_management_staff
from ..selectors import case_served_by
from .steps import audit_standard, ensure_manager

CYCLES = {KIND_EXPERIENCE_SUMMARY: ("cq.experience_summary_interval_months", gettext_lazy("总结指导经验并提出改进措施"),
                                    "CQ-9.2.1-2"),
          KIND_SELF_EVALUATION: ("cq.self_evaluation_interval_months", gettext_lazy("开展服务质量自我评价"),
                                 "CQ-9.2.2-1")}


def _cycle_months(kind, unit, on) -> int:
    return policy_number(CYCLES[kind][0], unit=unit, on=on)


def _cycle_duty(*, actor, unit, kind: str, period_end: dt.date, now) -> None:
    key, title, clause = CYCLES[kind]
    duty_schedule(actor=actor, subject=unit, now=now, spec=DutySpec(
        kind=kind, title=str(title), clause=clause, due_date=period_end, unit=unit))


def quality_duties_ensure(*, actor, unit, now=None) -> None:
    """CQ-9.2.1-2, CQ-9.2.2-1: a guidance service unit owes the experience summary of the current period and the
    self-evaluation of the current cycle (periods of the policy's months, counted from 1 January)."""
    day = today(now)
    for kind in CYCLES:
        if not open_duties_for_subject(subject=unit, kind=kind).exists():
            _cycle_duty(actor=actor, unit=unit, kind=kind,
                        period_end=rules.period_of(day, _cycle_months(kind, unit, day))[1], now=now)


def _cycle_done(*, actor, unit, kind: str, period_end: dt.date, event, now) -> None:
    """The period's duty is met (on time or late); the next period's is owed."""
    duties_fulfil_for_subject(actor=actor, subject=unit, kind=kind, on=today(now), event=event, now=now)
    if not open_duties_for_subject(subject=unit, kind=kind).exists():
        following = period_end + dt.timedelta(days=1)
        _cycle_duty(actor=actor, unit=unit, kind=kind,
                    period_end=rules.period_of(following, _cycle_months(kind, unit, following))[1], now=now)


@transaction.atomic
def audit_open(*, actor, unit, plan: str, period_start: dt.date, period_end: dt.date, scope: str, auditor,
               now=None) -> InternalAudit:
    """CQ-9.1.2-1: an internal audit with its plan, period, scope and auditor."""
    ensure_manager(actor=actor, unit=unit, clause="CQ-9.1.2-1")
    plan = require_text(plan, field="plan", label=_("审核计划"), clause="CQ-9.1.2-1")
    scope = require_text(scope, field="scope", label=_("审核范围"), clause="CQ-9.1.2-1")
    if period_end < period_start:
        refuse(_("审核期间的结束日期不能早于开始日期。"), code=CommonErrorCode.INVALID, field="period_end")
    audit = InternalAudit.objects.create(unit=unit, plan=plan, period_start=period_start, period_end=period_end,
                                         scope=scope, auditor=auditor)
    audit_standard(actor=actor, obj=audit, action="create", unit=unit, clause="CQ-9.1.2-1", now=now,
                   after={"auditor": auditor.pk})
    return audit


@transaction.atomic
def audit_sample_case(*, actor, audit: InternalAudit, case, now=None) -> InternalAudit:
    """CQ-9.1.2-1: a sampled case; an auditor cannot audit a case they served."""
    ensure_manager(actor=actor, unit=audit.unit, clause="CQ-9.1.2-1")
    if case_served_by(case=case, user=audit.auditor):
        refuse(_("审核人不能审核自己提供过服务的个案。"), code=CqErrorCode.AUDITOR_SERVED_CASE, clause="CQ-9.1.2-1",
               field="case")
    audit.sampled_cases.add(case)
    audit_standard(actor=actor, obj=audit, action="update", unit=audit.unit, clause="CQ-9.1.2-1", now=now,
                   after={"sampled": case.pk})
    return audit


@transaction.atomic
def finding_record(*, actor, unit, source: str, description: str, received_on: dt.date, handler,
                   complainant: str = "", audit: InternalAudit | None = None, summary: ExperienceSummary | None = None,
                   now=None) -> Finding:
    """CQ-9.1.2-1, CQ-9.1.2-2: a finding of an internal audit, of administrative or social supervision (including
    complaints through the public channels), or an improvement measure of an experience summary."""
    ensure_manager(actor=actor, unit=unit, clause="CQ-9.1.2-2")
    errors = {}
    if source not in FindingSource.values:
        errors["source"] = [_("请选择来源。")]
    if not (description or "").strip():
        errors["description"] = [_("请描述问题。")]
    if received_on > today(now):
        errors["received_on"] = [_("收到日期不能晚于今天。")]
    if source == FindingSource.INTERNAL_AUDIT and audit is None:
        errors["audit"] = [_("内部审核发现的问题须对应一次审核。")]
    if errors:
        raise DomainError(field_errors=errors, clause="CQ-9.1.2-2", code=CommonErrorCode.INVALID)
    finding = Finding.objects.create(unit=unit, source=source, description=description.strip(),
                                     received_on=received_on, handler=handler, complainant=(complainant or "").strip(),
                                     audit=audit, summary=summary)
    audit_standard(actor=actor, obj=finding, action="create", unit=unit, clause="CQ-9.1.2-2", now=now,
                   after={"source": source, "handler": handler.pk})
    return finding


@transaction.atomic
def finding_respond(*, actor, finding: Finding, response: str, now=None) -> Finding:
    """CQ-9.1.2-2: the response to the complainant."""
    if actor.pk != finding.handler_id:
        ensure_manager(actor=actor, unit=finding.unit, clause="CQ-9.1.2-2")
    finding.response = require_text(response, field="response", label=_("答复内容"), clause="CQ-9.1.2-2")
    finding.responded_on = today(now)
    finding.save(update_fields=["response", "responded_on", "updated_at"])
    audit_standard(actor=actor, obj=finding, action="update", unit=finding.unit, clause="CQ-9.1.2-2", now=now,
                   after={"responded_on": finding.responded_on})
    return finding


@transaction.atomic
def action_add(*, actor, finding: Finding, kind: str, description: str, owner, due_on: dt.date,
               now=None) -> CorrectiveAction:
    """CQ-9.1.3-1: a corrective or preventive action with its owner and due date, owed by the owner as a duty."""
    ensure_manager(actor=actor, unit=finding.unit, clause="CQ-9.1.3-1")
    if finding.closed_on is not None:
        refuse(_("该问题已办结。"), code=CommonErrorCode.INVALID_TRANSITION, clause="CQ-9.1.3-1")
    if kind not in ActionKind.values:
        refuse(_("请选择纠正措施或预防措施。"), code=CommonErrorCode.INVALID, field="kind")
    text = require_text(description, field="description", label=_("措施内容"), clause="CQ-9.1.3-1")
    if due_on < today(now):
        refuse(_("完成期限不能早于今天。"), code=CommonErrorCode.INVALID, clause="CQ-9.1.3-1", field="due_on")
    action = CorrectiveAction.objects.create(finding=finding, kind=kind, description=text, owner=owner, due_on=due_on)
    event = audit_standard(actor=actor, obj=action, action="create", unit=finding.unit, clause="CQ-9.1.3-1",
                           now=now, after={"owner": owner.pk, "due_on": due_on})
    duty_schedule(actor=actor, subject=action, created_by_event=event, now=now, spec=DutySpec(
        kind=KIND_CORRECTIVE_ACTION, title=_("落实%(k)s：%(d)s") % {"k": action.get_kind_display(), "d": text[:60]},
        clause="CQ-9.1.3-1", due_date=due_on, unit=finding.unit, assignee=owner))
    return action


@transaction.atomic
def action_complete(*, actor, action: CorrectiveAction, note: str, now=None) -> CorrectiveAction:
    """CQ-9.1.3-1: the owner reports the action done; its duty is met on time or late."""
    if actor.pk != action.owner_id:
        refuse_forbidden(clause="CQ-9.1.3-1", message=_("只有责任人可以报告措施完成情况。"))
    if action.completed_on is not None:
        refuse(_("已报告完成。"), code=CommonErrorCode.DUPLICATE, clause="CQ-9.1.3-1")
    action.completion_note = require_text(note, field="note", label=_("完成情况"), clause="CQ-9.1.3-1")
    action.completed_on = today(now)
    action.save(update_fields=["completion_note", "completed_on", "updated_at"])
    event = audit_standard(actor=actor, obj=action, action="update", unit=action.finding.unit, clause="CQ-9.1.3-1",
                           now=now, after={"completed_on": action.completed_on})
    duties_fulfil_for_subject(actor=actor, subject=action, kind=KIND_CORRECTIVE_ACTION, on=action.completed_on,
                              event=event, now=now)
    return action


@transaction.atomic
def action_verify(*, actor, action: CorrectiveAction, note: str, now=None) -> CorrectiveAction:
    """CQ-9.1.3-1: a completed action is verified by someone other than its owner."""
    ensure_manager(actor=actor, unit=action.finding.unit, clause="CQ-9.1.3-1")
    if action.completed_on is None:
        refuse(_("措施尚未完成，不能验证。"), code=CqErrorCode.ACTION_NOT_COMPLETED, clause="CQ-9.1.3-1")
    if actor.pk == action.owner_id:
        refuse_forbidden(clause="CQ-9.1.3-1", message=_("责任人不能验证自己的措施。"))
    action.verification_note = require_text(note, field="note", label=_("验证结论"), clause="CQ-9.1.3-1")
    action.verified_on, action.verified_by = today(now), actor
    action.save(update_fields=["verification_note", "verified_on", "verified_by", "updated_at"])
    audit_standard(actor=actor, obj=action, action="update", unit=action.finding.unit, clause="CQ-9.1.3-1", now=now,
                   after={"verified_on": action.verified_on})
    return action


@transaction.atomic
def finding_close(*, actor, finding: Finding, now=None) -> Finding:
    """CQ-9.1.3-1, CQ-9.1.2-2: a finding closes only when every action is verified (and it has one), a complaint
    only once answered."""
    ensure_manager(actor=actor, unit=finding.unit, clause="CQ-9.1.3-1")
    if finding.closed_on is not None:
        refuse(_("该问题已办结。"), code=CommonErrorCode.DUPLICATE, clause="CQ-9.1.3-1")
    if not rules.finding_closable(a.verified_on is not None for a in finding.actions.all()):
        refuse(_("须制定纠正或预防措施且全部验证后才能办结。"), code=CqErrorCode.ACTIONS_NOT_VERIFIED, clause="CQ-9.1.3-1")
    if finding.source == FindingSource.SOCIAL_SUPERVISION and not finding.response:
        refuse(_("投诉须答复投诉人后才能办结。"), code=CqErrorCode.RESPONSE_MISSING, clause="CQ-9.1.2-2")
    finding.closed_on = today(now)
    finding.save(update_fields=["closed_on", "updated_at"])
    audit_standard(actor=actor, obj=finding, action="update", unit=finding.unit, clause="CQ-9.1.3-1", now=now,
                   after={"closed_on": finding.closed_on})
    return finding


@transaction.atomic
def summary_record(*, actor, unit, period_start: dt.date, summary: str, measures, now=None) -> ExperienceSummary:
    """CQ-9.2.1-2: the guidance-experience summary of one period with its improvement measures; meets that
    period's duty and owes the next one.  Each measure becomes a finding to which actions are added."""
    ensure_manager(actor=actor, unit=unit, clause="CQ-9.2.1-2")
    months = _cycle_months(KIND_EXPERIENCE_SUMMARY, unit, period_start)
    start, end = rules.period_of(period_start, months)
    if start != period_start or start > today(now):
        refuse(_("请选择已开始的总结期间。"), code=CommonErrorCode.INVALID, clause="CQ-9.2.1-2", field="period_start")
    measures = [str(m).strip() for m in measures if str(m).strip()]
    text = require_text(summary, field="summary", label=_("指导经验"), clause="CQ-9.2.1-2")
    if not measures:
        refuse(_("请至少提出一项改进措施。"), code=CommonErrorCode.REQUIRED, clause="CQ-9.2.1-2", field="measures")
    if ExperienceSummary.objects.filter(unit=unit, period_start=start).exists():
        refuse(_("该期间已有总结。"), code=CommonErrorCode.DUPLICATE, clause="CQ-9.2.1-2", field="period_start")
    record = ExperienceSummary.objects.create(unit=unit, period_start=start, period_end=end, summary=text,
                                              measures=measures, author=actor)
    event = audit_standard(actor=actor, obj=record, action="create", unit=unit, clause="CQ-9.2.1-2", now=now,
                           after={"period": f"{start}—{end}", "measures": len(measures)})
    for measure in measures:
        finding_record(actor=actor, unit=unit, source=FindingSource.EXPERIENCE_SUMMARY, description=measure,
                       received_on=today(now), handler=actor, summary=record, now=now)
    _cycle_done(actor=actor, unit=unit, kind=KIND_EXPERIENCE_SUMMARY, period_end=end, event=event, now=now)
    return record


@transaction.atomic
def evaluation_open(*, actor, unit, evaluation_type: str, period_start: dt.date, type_label: str = "",
                    now=None) -> QualityEvaluation:
    """CQ-9.2.1-3, CQ-9.2.2-1: a self-evaluation of the cycle holding `period_start` (policy
    cq.self_evaluation_interval_months), or another evaluation type the agency adds."""
    ensure_manager(actor=actor, unit=unit, clause="CQ-9.2.1-3")
    if evaluation_type not in (EvaluationType.SELF_EVALUATION, EvaluationType.OTHER):
        refuse(_("请选择自我评价或其他评价（第三方评价请直接登记结果）。"), code=CommonErrorCode.INVALID,
               field="evaluation_type")
    if evaluation_type == EvaluationType.OTHER and not (type_label or "").strip():
        refuse(_("其他评价须填写名称。"), code=CommonErrorCode.REQUIRED, field="type_label")
    start, end = rules.period_of(period_start, _cycle_months(KIND_SELF_EVALUATION, unit, period_start))
    evaluation = QualityEvaluation.objects.create(unit=unit, evaluation_type=evaluation_type, period_start=start,
                                                  period_end=end, type_label=(type_label or "").strip(),
                                                  created_by=actor)
    audit_standard(actor=actor, obj=evaluation, action="create", unit=unit, clause="CQ-9.2.1-3", now=now,
                   after={"type": evaluation_type, "period": f"{start}—{end}"})
    return evaluation


def _evaluation_progress(*, actor, evaluation: QualityEvaluation, event, now) -> None:
    """CQ-9.2.2-1: the cycle is complete only when both parts are recorded; that meets the cycle's duty."""
    if evaluation.completed_on is None and evaluation.self_assessment and evaluation.self_inspection:
        evaluation.completed_on = today(now)
        evaluation.save(update_fields=["completed_on", "updated_at"])
        if evaluation.evaluation_type == EvaluationType.SELF_EVALUATION:
            _cycle_done(actor=actor, unit=evaluation.unit, kind=KIND_SELF_EVALUATION, period_end=evaluation.period_end,
                        event=event, now=now)


@transaction.atomic
def evaluation_self_assess(*, actor, evaluation: QualityEvaluation, text: str, now=None) -> QualityEvaluation:
    """CQ-9.2.2-1 (a): the self-evaluation by management staff (专业管理人员自评)."""
    if not is_management_staff(actor):
        refuse_forbidden(clause="CQ-9.2.2-1", message=_("自评由专业管理人员进行。"))
    ensure_manager(actor=actor, unit=evaluation.unit, clause="CQ-9.2.2-1")
    body = require_text(text, field="text", label=_("自评内容"), clause="CQ-9.2.2-1")
    evaluation.self_assessment = {"by": actor.pk, "name": actor.full_name, "on": today(now).isoformat(), "text": body}
    evaluation.save(update_fields=["self_assessment", "updated_at"])
    event = audit_standard(actor=actor, obj=evaluation, action="update", unit=evaluation.unit, clause="CQ-9.2.2-1",
                           now=now, after={"part": "self_assessment"})
    _evaluation_progress(actor=actor, evaluation=evaluation, event=event, now=now)
    return evaluation


@transaction.atomic
def evaluation_self_inspect(*, actor, evaluation: QualityEvaluation, participants: str, findings: str,
                            appraisal: str, now=None) -> QualityEvaluation:
    """CQ-9.2.2-1 (b): the self-inspection the agency head convenes with relevant staff, ending in the appraisal
    the agency head signs off."""
    if not is_agency_head(actor):
        refuse_forbidden(clause="CQ-9.2.2-1", message=_("自查由机构负责人召集并作出考评。"))
    ensure_manager(actor=actor, unit=evaluation.unit, clause="CQ-9.2.2-1")
    values = {f: require_text(v, field=f, label=label, clause="CQ-9.2.2-1") for f, v, label in (
        ("participants", participants, _("参加人员")), ("findings", findings, _("自查情况")),
        ("appraisal", appraisal, _("考评结论")))}
    evaluation.self_inspection = {**values, "signed_by": actor.pk, "name": actor.full_name,
                                  "on": today(now).isoformat()}
    evaluation.save(update_fields=["self_inspection", "updated_at"])
    event = audit_standard(actor=actor, obj=evaluation, action="update", unit=evaluation.unit, clause="CQ-9.2.2-1",
                           now=now, after={"part": "self_inspection"})
    _evaluation_progress(actor=actor, evaluation=evaluation, event=event, now=now)
    return evaluation


@transaction.atomic
def evaluation_third_party_record(*, actor, unit, evaluator: str, period_start: dt.date, period_end: dt.date,
                                  scope: str, method: str, results: str, report_ref: str,
                                  now=None) -> QualityEvaluation:
    """CQ-9.2.1-3, CQ-9.2.3-1: a third-party evaluation (evaluator, period, scope, method, results, report); the
    text of 9.2.3 is missing, so nothing more is required of it."""
    ensure_manager(actor=actor, unit=unit, clause="CQ-9.2.3-1")
    values = {f: require_text(v, field=f, label=label, clause="CQ-9.2.3-1") for f, v, label in (
        ("evaluator", evaluator, _("评价机构")), ("scope", scope, _("评价范围")), ("method", method, _("评价方法")),
        ("results", results, _("评价结果")), ("report_ref", report_ref, _("评价报告")))}
    if period_end < period_start:
        refuse(_("评价期间的结束日期不能早于开始日期。"), code=CommonErrorCode.INVALID, field="period_end")
    evaluation = QualityEvaluation.objects.create(
        unit=unit, evaluation_type=EvaluationType.THIRD_PARTY_EVALUATION, period_start=period_start,
        period_end=period_end, completed_on=today(now), created_by=actor, **values)
    audit_standard(actor=actor, obj=evaluation, action="create", unit=unit, clause="CQ-9.2.3-1", now=now,
                   after={"evaluator": evaluation.evaluator})
    return evaluation


@transaction.atomic
def complaint_channel_add(*, actor, unit, kind: str, contact: str, hours: str = "", now=None) -> ComplaintChannel:
    """CQ-9.1.1-1: a complaint channel shown on the public service page."""
    ensure_manager(actor=actor, unit=unit, clause="CQ-9.1.1-1")
    if kind not in ComplaintChannelKind.values:
        refuse(_("请选择投诉渠道。"), code=CommonErrorCode.INVALID, field="kind")
    channel = ComplaintChannel.objects.create(unit=unit, kind=kind, hours=(hours or "").strip(),
                                              contact=require_text(contact, field="contact", label=_("联系方式")))
    audit_standard(actor=actor, obj=channel, action="create", unit=unit, clause="CQ-9.1.1-1", now=now,
                   after={"kind": kind})
    return channel
