"""Writes of assessments (CQ-4.3-4, CQ-5.1-3, CQ-7.1.6-1, CQ-7.1.6-2, CQ-7.1.7-1, CQ-7.1.7-2, BJ-6-2)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.audit.services import audit_record
from careerguide.common.errors import DomainError
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule, transition
from careerguide.policy.selectors import policy_value
from careerguide.workdays.selectors import work_calendar

from .duty_kinds import KIND_REPORT_FEEDBACK
from .models import (
    Administration,
    AssessmentInstrument,
    AssessmentPlan,
    CareerOrientationReport,
    InstrumentKind,
    ReportStatus,
)
from .permissions import can_administer_assessments, can_publish_instruments

REPORT_TRANSITIONS = {ReportStatus.PENDING_FEEDBACK: {ReportStatus.FED_BACK}, ReportStatus.FED_BACK: set()}
STANDARD = "T/CQTSHRA 002-2024"


def _now(now):
    return now or timezone.now()


def _today(now):
    return timezone.localdate(_now(now))


def _audit(actor, obj, action, unit, clause, now, after=None):
    return audit_record(actor=actor, obj=obj, action=action, unit=unit, clause=clause, now=_now(now),
                        after={**(after or {}), "basis": STANDARD})


def _ensure_guidance_staff(actor, clause="CQ-4.6.1-4"):
    if not can_administer_assessments(actor):
        raise DomainError(_("只有职业指导人员可以实施测评或签署报告。"), clause=clause, code="not_guidance_staff")


@transaction.atomic
def instrument_publish(*, actor, name: str, version: str, kind: str, licence: str, purpose: str, target_group: str,
                       effective_from: dt.date, items=(), scoring=None, output_scale: str = "",
                       now=None) -> AssessmentInstrument:
    """CQ-4.3-4, BJ-6-2: a new immutable catalogue version (name, type, version, licence, purpose, target group)."""
    if not can_publish_instruments(actor):
        raise DomainError(_("只有专业管理人员可以发布测评工具版本。"), clause="CQ-4.3-4")
    fields = {"name": name, "version": version, "licence": licence, "purpose": purpose, "target_group": target_group}
    errors = {k: [_("此项必填。")] for k, v in fields.items() if not (v or "").strip()}
    if kind not in InstrumentKind.values:
        errors["kind"] = [_("类型无效。")]
    if errors:
        raise DomainError(field_errors=errors, clause="CQ-4.3-4")
    if AssessmentInstrument.objects.filter(name=name.strip(), version=version.strip()).exists():
        raise DomainError(field_errors={"version": [_("该版本已存在；修改须发布新版本。")]}, clause="BJ-6-2")
    obj = AssessmentInstrument.objects.create(
        name=name.strip(), version=version.strip(), kind=kind, licence=licence.strip(), purpose=purpose.strip(),
        target_group=target_group.strip(), items=list(items), scoring=scoring or {}, output_scale=output_scale,
        effective_from=effective_from, published_by=actor)
    _audit(actor, obj, "create", getattr(actor, "unit", None), "CQ-4.3-4", now, {"version": obj.version})
    return obj


@transaction.atomic
def plan_propose(*, actor, unit, subject_label: str, purpose: str, instruments=(), tool_reasons=None,
                 schedule: str, mode: str, result_use: str, case_id: int | None = None, now=None) -> AssessmentPlan:
    """CQ-7.1.6-1, CQ-7.1.6-2: purpose, catalogue tools each with the reason it is appropriate, schedule, mode,
    use and feedback of results."""
    _ensure_guidance_staff(actor)
    tool_reasons = {str(k): v for k, v in (tool_reasons or {}).items()}
    errors = {k: [_("此项必填。")] for k, v in {"purpose": purpose, "schedule": schedule, "mode": mode,
                                                "result_use": result_use}.items() if not (v or "").strip()}
    for inst in instruments:
        if not str(tool_reasons.get(str(inst.pk), "")).strip():
            errors.setdefault("tool_reasons", []).append(_("请说明选用“%(n)s”的理由。") % {"n": inst})
        if inst.effective_from > _today(now):
            errors.setdefault("instruments", []).append(_("“%(n)s”尚未生效。") % {"n": inst})
    if errors:
        raise DomainError(field_errors=errors, clause="CQ-7.1.6-1")
    plan = AssessmentPlan.objects.create(case_id_ref=case_id, subject_label=subject_label[:200], unit=unit,
                                         counsellor=actor, purpose=purpose.strip(), tool_reasons=tool_reasons,
                                         schedule=schedule.strip(), mode=mode.strip(), result_use=result_use.strip())
    plan.instruments.set(instruments)
    _audit(actor, plan, "create", unit, "CQ-7.1.6-1", now, {"instruments": [i.pk for i in instruments]})
    return plan


@transaction.atomic
def plan_agree(*, actor, plan: AssessmentPlan, method: str, now=None) -> AssessmentPlan:
    """CQ-7.1.6-1: the recipient agrees the plan ("协商制定")."""
    if plan.agreed_at is not None:
        raise DomainError(_("测评实施方案已确认。"), clause="CQ-7.1.6-1")
    if method not in ("signature", "online", "verbal"):
        raise DomainError(field_errors={"method": [_("请选择确认方式。")]}, clause="CQ-7.1.6-1")
    plan.agreed_at, plan.agreement_method = _now(now), method
    plan.save(update_fields=["agreed_at", "agreement_method", "updated_at"])
    _audit(actor, plan, "update", plan.unit, "CQ-7.1.6-1", now, {"agreed": True})
    return plan


@transaction.atomic
def administration_record(*, actor, plan: AssessmentPlan, method: str, result: dict, administered_on: dt.date,
                          instrument: AssessmentInstrument | None = None, now=None) -> Administration:
    """CQ-7.1.6-1, CQ-5.1-3, CQ-4.3-4: results only under an agreed plan; a tool-based assessment references a
    catalogue tool selected in that plan, an interview needs none."""
    _ensure_guidance_staff(actor)
    if plan.agreed_at is None:
        raise DomainError(_("测评实施方案未经服务对象同意，不能录入测评结果。"), clause="CQ-7.1.6-1", code="plan_not_agreed")
    if method not in Administration.Method.values:
        raise DomainError(field_errors={"method": [_("方法无效。")]}, clause="CQ-5.1-3")
    if method == Administration.Method.TOOL and (instrument is None
                                                 or not plan.instruments.filter(pk=instrument.pk).exists()):
        raise DomainError(field_errors={"instrument": [_("请选择测评实施方案中的测评工具。")]}, clause="CQ-4.3-4")
    adm = Administration.objects.create(plan=plan, method=method, result=result, administered_on=administered_on,
                                        instrument=instrument if method == "tool" else None, administrator=actor)
    _audit(actor, adm, "create", plan.unit, "CQ-7.1.6-1", now,
           {"method": method, "instrument": adm.instrument_id})
    return adm


@transaction.atomic
def report_finalise(*, actor, plan: AssessmentPlan, analysis: str, cites, now=None) -> CareerOrientationReport:
    """CQ-7.1.7-1, CQ-7.1.7-2: cites at least one assessment result of the same worker; feedback is then due
    within 5 working days."""
    _ensure_guidance_staff(actor)
    cites = list(cites)
    if not cites or any(a.plan.subject_label != plan.subject_label or a.plan.case_id_ref != plan.case_id_ref
                        for a in cites):
        raise DomainError(_("职业倾向分析报告须结合同一劳动者的职业素质测评结果。"), clause="CQ-7.1.7-1")
    if not (analysis or "").strip():
        raise DomainError(field_errors={"analysis": [_("请填写综合分析。")]}, clause="CQ-7.1.7-1")
    report = CareerOrientationReport.objects.create(plan=plan, analysis=analysis.strip(), finalised_on=_today(now),
                                                    signed_by=actor)
    report.cites.set(cites)
    _audit(actor, report, "create", plan.unit, "CQ-7.1.7-1", now, {"cites": [a.pk for a in cites]})
    due = work_calendar().add_workdays(report.finalised_on, policy_value(key="cq.report_feedback_workdays", unit=plan.unit,
                                                                         on=report.finalised_on))
    duty_schedule(actor=actor, subject=report, spec=DutySpec(KIND_REPORT_FEEDBACK, _("向劳动者反馈职业倾向分析报告"),
                                                             "CQ-7.1.7-2", due, plan.unit, plan.counsellor), now=now)
    return report


@transaction.atomic
def report_feed_back(*, actor, report: CareerOrientationReport, channel: str, acknowledgement: str,
                     now=None) -> CareerOrientationReport:
    """CQ-7.1.7-2: feedback record (date, channel, counsellor, worker acknowledgement); on time or late."""
    _ensure_guidance_staff(actor)
    if not (acknowledgement or "").strip():
        raise DomainError(field_errors={"acknowledgement": [_("请记录劳动者的确认。")]}, clause="CQ-7.1.7-2")
    report.feedback = {"on": _today(now).isoformat(), "channel": channel, "counsellor": actor.pk,
                       "acknowledgement": acknowledgement.strip()}
    report.save(update_fields=["feedback", "updated_at"])
    event = transition(obj=report, to=ReportStatus.FED_BACK, actor=actor, table=REPORT_TRANSITIONS, unit=report.plan.unit,
                       clause="CQ-7.1.7-2", milestone_field="status_changed_at", now=_now(now))
    duties_fulfil_for_subject(actor=actor, subject=report, kind=KIND_REPORT_FEEDBACK, on=_today(now), event=event,
                              now=now)
    return report
