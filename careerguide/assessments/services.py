"""Writes of assessments (CQ-4.3-4, CQ-5.1-3, CQ-7.1.6-1, CQ-7.1.6-2, CQ-7.1.7-1, CQ-7.1.7-2, BJ-6-2).

Assessments are part of the CQ guidance process: every audit event records the standard as its basis, through
the process's own audit step."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import now_or, policy_number, refuse, refuse_forbidden, today
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule, transition
from careerguide.guidance.cq.rules import CONFIRMATION_METHODS
from careerguide.guidance.cq.services.steps import audit_standard
from careerguide.workdays.selectors import work_calendar

from .duty_kinds import KIND_REPORT_FEEDBACK
from .error_codes import AssessmentErrorCode
from .models import Administration, AssessmentInstrument, AssessmentPlan, CareerOrientationReport, InstrumentKind
from .permissions import can_administer_assessments, can_publish_instruments
from .states import REPORT_TRANSITIONS, ReportStatus


def _ensure_guidance_staff(actor, clause="CQ-4.6.1-4"):
    if not can_administer_assessments(actor):
        refuse_forbidden(clause=clause, message=_("只有职业指导人员可以实施测评或签署报告。"))


def _required(fields: dict) -> dict:
    return {k: [_("此项必填。")] for k, v in fields.items() if not (v or "").strip()}


@transaction.atomic
def instrument_publish(*, actor, name: str, version: str, kind: str, licence: str, purpose: str, target_group: str,
                       effective_from: dt.date, items=(), scoring=None, output_scale: str = "",
                       now=None) -> AssessmentInstrument:
    """CQ-4.3-4, BJ-6-2: a new immutable catalogue version (name, type, version, licence, purpose, target group)."""
    if not can_publish_instruments(actor):
        refuse_forbidden(clause="CQ-4.3-4", message=_("只有专业管理人员可以发布测评工具版本。"))
    errors = _required({"name": name, "version": version, "licence": licence, "purpose": purpose,
                        "target_group": target_group})
    if kind not in InstrumentKind.values:
        errors["kind"] = [_("类型无效。")]
    if errors:
        raise DomainError(field_errors=errors, clause="CQ-4.3-4", code=CommonErrorCode.INVALID)
    if AssessmentInstrument.objects.filter(name=name.strip(), version=version.strip()).exists():
        refuse(_("该版本已存在；修改须发布新版本。"), code=CommonErrorCode.DUPLICATE, clause="BJ-6-2", field="version")
    obj = AssessmentInstrument.objects.create(
        name=name.strip(), version=version.strip(), kind=kind, licence=licence.strip(), purpose=purpose.strip(),
        target_group=target_group.strip(), items=list(items), scoring=scoring or {}, output_scale=output_scale,
        effective_from=effective_from, published_by=actor)
    audit_standard(actor=actor, obj=obj, action="create", unit=getattr(actor, "unit", None), clause="CQ-4.3-4",
                   now=now, after={"version": obj.version})
    return obj


@transaction.atomic
def plan_propose(*, actor, unit, subject_label: str, purpose: str, instruments=(), tool_reasons=None,
                 schedule: str, mode: str, result_use: str, case_id: int | None = None, now=None) -> AssessmentPlan:
    """CQ-7.1.6-1, CQ-7.1.6-2: purpose, catalogue tools each with the reason it is appropriate, schedule, mode,
    use and feedback of results."""
    _ensure_guidance_staff(actor)
    tool_reasons = {str(k): v for k, v in (tool_reasons or {}).items()}
    errors = _required({"purpose": purpose, "schedule": schedule, "mode": mode, "result_use": result_use})
    for inst in instruments:
        if not str(tool_reasons.get(str(inst.pk), "")).strip():
            errors.setdefault("tool_reasons", []).append(_("请说明选用“%(n)s”的理由。") % {"n": inst})
        if inst.effective_from > today(now):
            errors.setdefault("instruments", []).append(_("“%(n)s”尚未生效。") % {"n": inst})
    if errors:
        raise DomainError(field_errors=errors, clause="CQ-7.1.6-1", code=CommonErrorCode.INVALID)
    plan = AssessmentPlan.objects.create(case_id_ref=case_id, subject_label=subject_label[:200], unit=unit,
                                         counsellor=actor, purpose=purpose.strip(), tool_reasons=tool_reasons,
                                         schedule=schedule.strip(), mode=mode.strip(), result_use=result_use.strip())
    plan.instruments.set(instruments)
    audit_standard(actor=actor, obj=plan, action="create", unit=unit, clause="CQ-7.1.6-1", now=now,
                   after={"instruments": [i.pk for i in instruments]})
    return plan


@transaction.atomic
def plan_agree(*, actor, plan: AssessmentPlan, method: str, now=None) -> AssessmentPlan:
    """CQ-7.1.6-1: the recipient agrees the plan ("协商制定")."""
    if plan.agreed_at is not None:
        refuse(_("测评实施方案已确认。"), code=AssessmentErrorCode.PLAN_ALREADY_AGREED, clause="CQ-7.1.6-1")
    if method not in CONFIRMATION_METHODS:
        refuse(_("请选择确认方式。"), code=CommonErrorCode.INVALID, clause="CQ-7.1.6-1", field="method")
    plan.agreed_at, plan.agreement_method = now_or(now), method
    plan.save(update_fields=["agreed_at", "agreement_method", "updated_at"])
    audit_standard(actor=actor, obj=plan, action="update", unit=plan.unit, clause="CQ-7.1.6-1", now=now,
                   after={"agreed": True})
    return plan


@transaction.atomic
def administration_record(*, actor, plan: AssessmentPlan, method: str, result: dict, administered_on: dt.date,
                          instrument: AssessmentInstrument | None = None, now=None) -> Administration:
    """CQ-7.1.6-1, CQ-5.1-3, CQ-4.3-4: results only under an agreed plan; a tool-based assessment references a
    catalogue tool selected in that plan, an interview needs none."""
    _ensure_guidance_staff(actor)
    if plan.agreed_at is None:
        refuse(_("测评实施方案未经服务对象同意，不能录入测评结果。"), code=AssessmentErrorCode.PLAN_NOT_AGREED,
               clause="CQ-7.1.6-1")
    if method not in Administration.Method.values:
        refuse(_("方法无效。"), code=CommonErrorCode.INVALID, clause="CQ-5.1-3", field="method")
    if method == Administration.Method.TOOL and (instrument is None
                                                 or not plan.instruments.filter(pk=instrument.pk).exists()):
        refuse(_("请选择测评实施方案中的测评工具。"), code=AssessmentErrorCode.INSTRUMENT_NOT_IN_PLAN, clause="CQ-4.3-4",
               field="instrument")
    adm = Administration.objects.create(plan=plan, method=method, result=result, administered_on=administered_on,
                                        instrument=instrument if method == Administration.Method.TOOL else None,
                                        administrator=actor)
    audit_standard(actor=actor, obj=adm, action="create", unit=plan.unit, clause="CQ-7.1.6-1", now=now,
                   after={"method": method, "instrument": adm.instrument_id})
    return adm


@transaction.atomic
def report_finalise(*, actor, plan: AssessmentPlan, analysis: str, cites, now=None) -> CareerOrientationReport:
    """CQ-7.1.7-1, CQ-7.1.7-2: cites at least one assessment result of the same worker; feedback is then due
    within the policy's working days (cq.report_feedback_workdays)."""
    _ensure_guidance_staff(actor)
    cites = list(cites)
    if not cites or any(a.plan.subject_label != plan.subject_label or a.plan.case_id_ref != plan.case_id_ref
                        for a in cites):
        refuse(_("职业倾向分析报告须结合同一劳动者的职业素质测评结果。"), code=AssessmentErrorCode.REPORT_WITHOUT_RESULTS,
               clause="CQ-7.1.7-1")
    if not (analysis or "").strip():
        refuse(_("请填写综合分析。"), code=CommonErrorCode.REQUIRED, clause="CQ-7.1.7-1", field="analysis")
    report = CareerOrientationReport.objects.create(plan=plan, analysis=analysis.strip(), finalised_on=today(now),
                                                    signed_by=actor)
    report.cites.set(cites)
    audit_standard(actor=actor, obj=report, action="create", unit=plan.unit, clause="CQ-7.1.7-1", now=now,
                   after={"cites": [a.pk for a in cites]})
    workdays = policy_number("cq.report_feedback_workdays", unit=plan.unit, on=report.finalised_on)
    duty_schedule(actor=actor, subject=report, now=now, spec=DutySpec(
        kind=KIND_REPORT_FEEDBACK, title=_("向劳动者反馈职业倾向分析报告"), clause="CQ-7.1.7-2",
        due_date=work_calendar().add_workdays(report.finalised_on, workdays), unit=plan.unit,
        assignee=plan.counsellor))
    return report


@transaction.atomic
def report_feed_back(*, actor, report: CareerOrientationReport, channel: str, acknowledgement: str,
                     now=None) -> CareerOrientationReport:
    """CQ-7.1.7-2: feedback record (date, channel, counsellor, worker acknowledgement); on time or late."""
    _ensure_guidance_staff(actor)
    if not (acknowledgement or "").strip():
        refuse(_("请记录劳动者的确认。"), code=CommonErrorCode.REQUIRED, clause="CQ-7.1.7-2", field="acknowledgement")
    report.feedback = {"on": today(now).isoformat(), "channel": channel, "counsellor": actor.pk,
                       "acknowledgement": acknowledgement.strip()}
    report.save(update_fields=["feedback", "updated_at"])
    event = transition(obj=report, to=ReportStatus.FED_BACK, actor=actor, table=REPORT_TRANSITIONS, unit=report.plan.unit,
                       clause="CQ-7.1.7-2", milestone_field="status_changed_at", now=now_or(now))
    duties_fulfil_for_subject(actor=actor, subject=report, kind=KIND_REPORT_FEEDBACK, on=today(now), event=event,
                              now=now)
    return report
