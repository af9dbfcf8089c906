"""Expert consultation: the request, the panel of both levels with its shared access, its records, the plan
revision deadline, the case worker's periodic reports, and the close at employment or termination (BJ-28)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.months import add_months
from careerguide.common.services import audit, policy_number, refuse, refuse_forbidden, require_text, today
from careerguide.duties.services import (
    DutySpec,
    duties_cancel_for_subject,
    duties_fulfil_for_subject,
    duty_schedule,
    transition,
)
from careerguide.matching.selectors import failed_recommendation_events

from .. import duty_kinds
from ..error_codes import AssistanceErrorCode
from ..models import AssistanceCase, ConsultationOpinion, ExpertConsultation, PanelMember, PanelReport
from ..permissions import can_form_panels, may_sit_on_panel
from ..rules import Decision, expert_consultation_decision, panel_composition_decision
from ..selectors import active_agreement_of, job_ready_now, open_consultation_of, responsible_case_worker
from ..states import CONSULTATION_TRANSITIONS, ConsultationStatus
from .case_ledger import case_ledger_add
from .duty_specs import workday_spec


def consultation_eligibility(*, case: AssistanceCase, on: dt.date) -> Decision:
    """BJ-28-1, BJ-28-9: failed recommendation events within the current episode (since its first agreement)."""
    failed = (failed_recommendation_events(job_seeker=case.job_seeker, since=case.episode_started_on)
              if case.episode_started_on else 0)
    return expert_consultation_decision(
        has_active_agreement=active_agreement_of(job_seeker=case.job_seeker) is not None, job_ready=job_ready_now(case=case),
        failed_recommendations=failed,
        min_failed=policy_number("bj.expert_consultation_min_failed_recommendations", unit=case.unit, on=on))


def _report_spec(consultation, *, after: dt.date) -> DutySpec:
    """BJ-28-6 (proposal: at least once a month while open): the next report is due a set number of calendar
    months after the request or the last report."""
    case = consultation.case
    months = policy_number("bj.expert_panel_report_interval_months", unit=case.unit, on=after)
    return DutySpec(kind=duty_kinds.PANEL_REPORT, clause="BJ-28-6", due_date=add_months(after, months),
                    unit=case.unit, assignee=responsible_case_worker(case=case, on=after),
                    title=_("向专家小组反馈指导、推荐和回访情况：%(n)s") % {"n": case.job_seeker.full_name})


@transaction.atomic
def consultation_request(*, actor, case: AssistanceCase, issues: str, now=None) -> ExpertConsultation:
    """BJ-28-1, BJ-28-2: only the responsible case worker files it, to the next-higher-level agency; the first
    periodic report to the panel is owed from the request (BJ-28-6)."""
    on = today(now)
    if responsible_case_worker(case=case, on=on) != actor:
        refuse_forbidden(clause="BJ-28-2", message=_("只有该求职者的援助专员可以申请专家会诊。"))
    issues = require_text(issues, field="issues", label=_("需会诊的疑难问题"), clause="BJ-28-4")
    if open_consultation_of(case=case) is not None:
        refuse(_("已有进行中的专家会诊。"), code=CommonErrorCode.DUPLICATE, clause="BJ-28-1")
    decision = consultation_eligibility(case=case, on=on)
    if not decision.allowed:
        refuse("；".join(decision.reasons), code=AssistanceErrorCode.NOT_ELIGIBLE, clause=decision.clause)
    failed = failed_recommendation_events(job_seeker=case.job_seeker, since=case.episode_started_on)
    row = ExpertConsultation.objects.create(case=case, unit=case.unit, higher_unit=case.unit.parent, requested_on=on,
                                            requested_by=actor, failed_recommendations=failed, issues=issues)
    event = audit(actor=actor, obj=row, unit=case.unit, action="create", clause="BJ-28-2", now=now,
                  after={"higher_unit": row.higher_unit_id, "failed": failed})
    duty_schedule(actor=actor, subject=row, spec=_report_spec(row, after=on), created_by_event=event, now=now)
    case_ledger_add(actor=actor, case=case, section="guidance", service_type="expert_consultation_request",
                    occurred_on=on, summary=_("申请专家会诊（上一级：%(u)s），个人服务台账流转至上一级") % {
                        "u": row.higher_unit.name}, clause="BJ-28-3", content={"consultation": row.pk}, now=now)
    return row


def _require_open(consultation) -> None:
    if consultation.status != ConsultationStatus.OPEN:
        refuse(_("专家会诊已结束。"), code=AssistanceErrorCode.CONSULTATION_CLOSED, clause="BJ-28-8")


def is_panel_member(*, consultation, user) -> bool:
    return consultation.panel.filter(member=user).exists()


def require_panel(*, consultation, actor) -> None:
    """BJ-28-3: the panel's shared access to the ledger lasts while the consultation is open."""
    _require_open(consultation)
    if not is_panel_member(consultation=consultation, user=actor):
        refuse(_("只有该会诊专家小组的成员可以办理。"), code=AssistanceErrorCode.NOT_ON_PANEL, clause="BJ-28-3")


@transaction.atomic
def consultation_panel_set(*, actor, consultation: ExpertConsultation, members, now=None) -> list[PanelMember]:
    """BJ-28-4: the higher-level agency forms the panel of guidance officers of both levels (at least one each)."""
    _require_open(consultation)
    if not can_form_panels(actor) or actor.unit_id != consultation.higher_unit_id:
        refuse_forbidden(clause="BJ-28-2", message=_("只有受理会诊申请的上一级公共就业服务机构可以组成专家小组。"))
    units = {consultation.unit_id: "street", consultation.higher_unit_id: "district"}
    bad = [m for m in members if not may_sit_on_panel(m) or m.unit_id not in units]
    decision = panel_composition_decision(member_levels=[units[m.unit_id] for m in members if m not in bad])
    if bad or not decision.allowed:
        message = [_("专家小组成员须为两级机构的职业指导人员。")] if bad else list(decision.reasons)
        raise DomainError(field_errors={"members": message}, clause="BJ-28-4", code=CommonErrorCode.INVALID)
    on = today(now)
    rows = [PanelMember.objects.get_or_create(consultation=consultation, member=m,
                                              defaults={"unit_id": m.unit_id, "joined_on": on})[0] for m in members]
    audit(actor=actor, obj=consultation, unit=consultation.higher_unit, action="panel", clause="BJ-28-4", now=now,
          after={"members": [m.pk for m in members]})
    case_ledger_add(actor=actor, case=consultation.case, section="guidance", service_type="expert_panel", occurred_on=on,
                    summary=_("组成专家小组：%(m)s") % {"m": "、".join(m.full_name for m in members)}, clause="BJ-32-5",
                    now=now)
    return rows


@transaction.atomic
def consultation_opinion_record(*, actor, consultation: ExpertConsultation, issues: str, advice: str,
                                held_on: dt.date | None = None, now=None) -> ConsultationOpinion:
    """BJ-28-4, BJ-28-7: the panel's record starts the case worker's plan-revision duty (5 working days from the
    date the opinion is recorded)."""
    require_panel(consultation=consultation, actor=actor)
    on = held_on or today(now)
    errors = {}
    if on > today(now):
        errors["held_on"] = [_("日期不能晚于今天。")]
    for name, value, label in (("issues", issues, _("研讨的疑难问题")), ("advice", advice, _("咨询意见和建议"))):
        if not (value or "").strip():
            errors[name] = [_("请填写%(f)s。") % {"f": label}]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-28-4", code=CommonErrorCode.REQUIRED)
    opinion = ConsultationOpinion.objects.create(consultation=consultation, held_on=on, issues=issues.strip(),
                                                 advice=advice.strip(), unit=consultation.higher_unit, recorded_by=actor)
    event = audit(actor=actor, obj=opinion, unit=consultation.higher_unit, action="create", clause="BJ-28-4", now=now,
                  after={"consultation": consultation.pk, "held_on": on})
    case = consultation.case
    duty_schedule(actor=actor, subject=consultation, created_by_event=event, now=now, spec=workday_spec(
        kind=duty_kinds.PLAN_REVISION, title=_("根据专家意见修订援助方案：%(n)s") % {"n": case.job_seeker.full_name},
        clause="BJ-28-7", key="bj.plan_revision_after_expert_opinion_workdays", trigger=on, unit=case.unit,
        assignee=responsible_case_worker(case=case, on=on)))
    case_ledger_add(actor=actor, case=case, section="guidance", service_type="expert_consultation_opinion",
                    occurred_on=on, summary=_("专家小组会诊意见"), outcome=advice.strip()[:200], clause="BJ-32-5",
                    content={"opinion": opinion.pk}, now=now)
    return opinion


@transaction.atomic
def panel_report_record(*, actor, consultation: ExpertConsultation, content: str, reported_on: dt.date | None = None,
                        now=None) -> PanelReport:
    """BJ-28-6: the case worker reports to the panel; the report meets the duty and the next one is owed."""
    _require_open(consultation)
    on = reported_on or today(now)
    case = consultation.case
    if responsible_case_worker(case=case, on=on) != actor:
        refuse_forbidden(clause="BJ-28-6", message=_("由该求职者的援助专员向专家小组反馈。"))
    content = require_text(content, field="content", label=_("反馈内容"), clause="BJ-28-6")
    if on > today(now):
        refuse(_("日期不能晚于今天。"), code=CommonErrorCode.INVALID, field="reported_on")
    report = PanelReport.objects.create(consultation=consultation, reported_on=on, content=content, unit=case.unit,
                                        staff=actor)
    event = audit(actor=actor, obj=report, unit=case.unit, action="create", clause="BJ-28-6", now=now)
    duties_fulfil_for_subject(actor=actor, subject=consultation, kind=duty_kinds.PANEL_REPORT, on=on, event=event,
                              now=now)
    duty_schedule(actor=actor, subject=consultation, spec=_report_spec(consultation, after=on), created_by_event=event,
                  now=now)
    case_ledger_add(actor=actor, case=case, section="guidance", service_type="expert_panel_report", occurred_on=on,
                    summary=_("向专家小组反馈指导、推荐和回访情况"), outcome=content[:200], clause="BJ-32-5", now=now)
    return report


def consultations_close_for_case(*, actor, case, on: dt.date, reason: str, now=None) -> int:
    """BJ-28-8: the loop ends when the person is employed or the assistance ends; the shared access and the
    periodic reports end with it (BJ-28-3)."""
    closed = 0
    for consultation in case.consultations.filter(status=ConsultationStatus.OPEN):
        consultation.closed_on, consultation.close_reason = on, reason[:200]
        consultation.save(update_fields=["closed_on", "close_reason", "updated_at"])
        transition(obj=consultation, to=ConsultationStatus.CLOSED, actor=actor, table=CONSULTATION_TRANSITIONS,
                   unit=consultation.unit, clause="BJ-28-8", reason=reason, milestone_field="status_changed_at", now=now)
        for kind in (duty_kinds.PANEL_REPORT, duty_kinds.PLAN_REVISION):
            duties_cancel_for_subject(actor=actor, subject=consultation, kind=kind, reason=reason, now=now)
        closed += 1
    return closed


@transaction.atomic
def panel_access_record(*, actor, case, now=None) -> bool:
    """BJ-28-3: a panel member of the higher level reading the shared ledger while the consultation is open is
    logged."""
    consultation = open_consultation_of(case=case)
    if consultation is None or actor.unit_id == case.unit_id or not is_panel_member(consultation=consultation,
                                                                                    user=actor):
        return False
    audit(actor=actor, obj=case, unit=consultation.higher_unit, action="ledger_share_read", clause="BJ-28-3", now=now,
          after={"consultation": consultation.pk})
    return True
