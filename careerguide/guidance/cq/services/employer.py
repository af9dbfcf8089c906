"""The employer guidance process (CQ-6.2-*): needs intake, analysis of the hiring needs, service recommendation,
recruiting and requirement adjustment, HR-management advice, closing.

A hiring need is a position the employer client of the case needs to fill (not a job vacancy of the vacancies
app).  When recruiting starts each hiring need gets a duty to be filled in time (CQ-6.2.3-1); the duty is met
when the position is filled or withdrawn.  "Not filled in time" is that duty overdue — derived, never stored —
and it is the requirement-adjustment task the counsellor then takes up with the employer (CQ-6.2.3-2)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import policy_number, refuse, today
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule, transition

from ...duty_kinds import KIND_HIRING_NEED
from .. import rules
from ..error_codes import CqErrorCode
from ..models import HiringNeed
from ..selectors import hiring_need_overdue_unfilled, hiring_needs_overdue_unfilled
from ..states import HIRING_NEED_TRANSITIONS, CaseStatus, HiringNeedStatus
from .steps import audit_standard, ensure_counsellor, move

S = CaseStatus
DECISIONS = ("accepted", "partly_accepted", "declined")


def _in(case, *states, clause):
    if case.status not in states:
        refuse(_("当前阶段不能办理此事项。"), code=CqErrorCode.WRONG_STAGE, clause=clause)


def _recruiting_start(*, actor, need: HiringNeed, on: dt.date, now) -> None:
    """Recruiting for the hiring need starts on `on`: it is owed filled in time (CQ-6.2.3-1)."""
    need.recruiting_started_on = on
    need.save(update_fields=["recruiting_started_on", "updated_at"])
    case = need.case
    days = policy_number("cq.vacancy_overdue_days", unit=case.unit, on=on)
    duty_schedule(actor=actor, subject=need, now=now, spec=DutySpec(
        kind=KIND_HIRING_NEED, title=_("协助用人单位及时招聘到人：%(n)s") % {"n": need}, clause="CQ-6.2.3-1",
        due_date=rules.hiring_need_fill_due(required_by=need.required_by, recruiting_started_on=on, overdue_days=days),
        unit=case.unit, assignee=case.counsellor))


def _hiring_need_close(*, actor, need: HiringNeed, to: str, clause: str, reason: str = "", now=None) -> None:
    """The position is filled or withdrawn: its fill-in-time duty is met (on time or late)."""
    event = transition(obj=need, to=to, actor=actor, table=HIRING_NEED_TRANSITIONS, unit=need.case.unit,
                       clause=clause, reason=reason, milestone_field="status_changed_at", now=now)
    duties_fulfil_for_subject(actor=actor, subject=need, kind=KIND_HIRING_NEED, on=today(now), event=event, now=now)


@transaction.atomic
def hiring_need_add(*, actor, case, occupation: str, headcount: int, requirements: str, conditions: str,
                    required_by: dt.date, now=None) -> HiringNeed:
    """CQ-6.2.1-1: hiring needs per position (occupation, number, requirements, conditions, required-by date)."""
    ensure_counsellor(actor=actor, case=case)
    _in(case, S.NEEDS_INTAKE, clause="CQ-6.2.1-1")
    if not all(str(v).strip() for v in (occupation, requirements, conditions)) or headcount < 1:
        refuse(_("请完整填写岗位、人数、岗位要求和用人条件。"), code=CommonErrorCode.INVALID, clause="CQ-6.2.1-1")
    need = HiringNeed.objects.create(case=case, occupation=occupation.strip(), headcount=headcount,
                                     requirements=requirements.strip(), conditions=conditions.strip(),
                                     required_by=required_by)
    audit_standard(actor=actor, obj=need, action="create", unit=case.unit, clause="CQ-6.2.1-1", now=now,
                   after={"occupation": need.occupation})
    return need


@transaction.atomic
def employer_case_to_analysis(*, actor, case, basic_situation: str, now=None):
    """CQ-6.2.1-1: the employer's basic situation and at least one hiring need before the analysis."""
    ensure_counsellor(actor=actor, case=case)
    if not (basic_situation or "").strip() or not case.hiring_needs.exists():
        refuse(_("请填写用人单位基本情况并登记至少一个空缺岗位。"), code=CommonErrorCode.REQUIRED, clause="CQ-6.2.1-1")
    case.career_info = {"basic_situation": basic_situation.strip()}
    case.save(update_fields=["career_info", "updated_at"])
    move(case=case, to=S.HIRING_NEED_ANALYSIS, actor=actor, clause="CQ-6.2.1-1", now=now)
    return case


@transaction.atomic
def hiring_need_analyse(*, actor, need, analysis: str, indicator: str, source: str, data_date: dt.date, now=None):
    """CQ-6.2.1-2: analysis of the position and its supply-demand position (indicator, source, data date)."""
    ensure_counsellor(actor=actor, case=need.case)
    if not ((analysis or "").strip() and (indicator or "").strip() and (source or "").strip()):
        refuse(_("请填写岗位分析、供求指标和数据来源。"), code=CommonErrorCode.REQUIRED, clause="CQ-6.2.1-2")
    need.analysis = {"analysis": analysis, "indicator": indicator, "source": source, "data_date": data_date.isoformat()}
    need.save(update_fields=["analysis", "updated_at"])
    audit_standard(actor=actor, obj=need, action="update", unit=need.case.unit, clause="CQ-6.2.1-2", now=now,
                   after={"analysed": True})
    return need


@transaction.atomic
def employer_case_to_recommendation(*, actor, case, now=None):
    """CQ-6.2.1-2: an analysis for every open hiring need."""
    ensure_counsellor(actor=actor, case=case)
    if case.hiring_needs.filter(status=HiringNeedStatus.OPEN, analysis={}).exists():
        refuse(_("每个空缺岗位都须完成岗位分析。"), code=CqErrorCode.ANALYSIS_MISSING, clause="CQ-6.2.1-2")
    move(case=case, to=S.SERVICE_RECOMMENDATION, actor=actor, clause="CQ-6.2.1-2", now=now)
    return case


@transaction.atomic
def employer_recommendations_deliver(*, actor, case, recommendations: dict, given_on: dt.date, now=None):
    """CQ-6.2.2-1, CQ-7.1.4-1: per-position recommendations given to the employer; recruiting starts (each open
    hiring need is owed filled in time, CQ-6.2.3-1) and needs the job-introduction link."""
    ensure_counsellor(actor=actor, case=case)
    _in(case, S.SERVICE_RECOMMENDATION, clause="CQ-6.2.2-1")
    open_needs = list(case.hiring_needs.filter(status=HiringNeedStatus.OPEN))
    given = {str(k) for k, v in recommendations.items() if str(v).strip()}
    if not open_needs or {str(need.pk) for need in open_needs} - given:
        refuse(_("请为每个空缺岗位填写推荐的职业介绍服务或其他活动安排。"), code=CommonErrorCode.REQUIRED, clause="CQ-6.2.2-1")
    if not case.job_introduction_ref:
        refuse(_("有招聘需求的个案须先关联职业介绍服务。"), code=CqErrorCode.JOB_INTRODUCTION_MISSING, clause="CQ-7.1.4-1")
    for need in open_needs:
        need.recommendation = {"text": recommendations[str(need.pk)], "given_on": given_on.isoformat()}
        need.save(update_fields=["recommendation", "updated_at"])
        _recruiting_start(actor=actor, need=need, on=given_on, now=now)
    move(case=case, to=S.RECRUITING, actor=actor, clause="CQ-6.2.2-1", now=now)
    return case


@transaction.atomic
def employer_case_to_adjustment(*, actor, case, now=None):
    """CQ-6.2.3-1: the counsellor takes up the requirement-adjustment task of a position not filled in time
    (its fill-in-time duty overdue): recruiting → requirement_adjustment."""
    ensure_counsellor(actor=actor, case=case)
    _in(case, S.RECRUITING, clause="CQ-6.2.3-1")
    if not hiring_needs_overdue_unfilled(case=case, today=today(now)):
        refuse(_("只有未能及时招聘到人的岗位才建议调整。"), code=CqErrorCode.HIRING_NEED_NOT_OVERDUE, clause="CQ-6.2.3-1")
    move(case=case, to=S.REQUIREMENT_ADJUSTMENT, actor=actor, clause="CQ-6.2.3-1", now=now)
    return case


def _hiring_need_new_version(*, actor, need: HiringNeed, new_requirements: str, new_conditions: str, now):
    """CQ-6.2.3-2: the accepted change is a new version of the position; recruiting for it starts again today."""
    _hiring_need_close(actor=actor, need=need, to=HiringNeedStatus.WITHDRAWN, clause="CQ-6.2.3-2",
                       reason="replaced_by_new_version", now=now)
    new = HiringNeed.objects.create(
        case=need.case, occupation=need.occupation, headcount=need.headcount,
        requirements=(new_requirements or need.requirements).strip(),
        conditions=(new_conditions or need.conditions).strip(), required_by=need.required_by, analysis=need.analysis,
        recommendation=need.recommendation, version=need.version + 1, previous=need)
    audit_standard(actor=actor, obj=new, action="create", unit=need.case.unit, clause="CQ-6.2.3-2", now=now,
                   after={"version": new.version})
    _recruiting_start(actor=actor, need=new, on=today(now), now=now)
    return new


@transaction.atomic
def hiring_need_adjustment_record(*, actor, need, consulted_on: dt.date, employer_contact: str, suggestion: str,
                                  decision: str, new_requirements: str = "", new_conditions: str = "", now=None):
    """CQ-6.2.3-2: a suggestion for a position not filled in time, after consultation (again while recruiting if
    declined); requirements change (as a new version of the hiring need) only on the employer's recorded
    acceptance; the case returns to recruiting."""
    case = need.case
    ensure_counsellor(actor=actor, case=case)
    _in(case, S.REQUIREMENT_ADJUSTMENT, S.RECRUITING, clause="CQ-6.2.3-2")
    if not hiring_need_overdue_unfilled(need=need, today=today(now)):
        refuse(_("只有未能及时招聘到人的岗位才建议调整。"), code=CqErrorCode.HIRING_NEED_NOT_OVERDUE, clause="CQ-6.2.3-1")
    if decision not in DECISIONS or not (employer_contact or "").strip() or not (suggestion or "").strip():
        refuse(_("请填写协商日期、单位联系人、调整建议和用人单位的决定。"), code=CommonErrorCode.REQUIRED, clause="CQ-6.2.3-2")
    need.adjustments = [*need.adjustments, {"consulted_on": consulted_on.isoformat(), "contact": employer_contact,
                                            "suggestion": suggestion, "decision": decision}]
    need.save(update_fields=["adjustments", "updated_at"])
    audit_standard(actor=actor, obj=need, action="update", unit=case.unit, clause="CQ-6.2.3-2", now=now,
                   after={"decision": decision})
    result = need
    if decision != "declined":
        result = _hiring_need_new_version(actor=actor, need=need, new_requirements=new_requirements,
                                          new_conditions=new_conditions, now=now)
    if case.status == S.REQUIREMENT_ADJUSTMENT:
        move(case=case, to=S.RECRUITING, actor=actor, clause="CQ-6.2.3-2", now=now)
    return result


@transaction.atomic
def hiring_need_fill(*, actor, need, now=None):
    """CQ-6.2-1: the position is filled; its fill-in-time duty is met (late once overdue)."""
    ensure_counsellor(actor=actor, case=need.case)
    _hiring_need_close(actor=actor, need=need, to=HiringNeedStatus.FILLED, clause="CQ-6.2-1", now=now)
    return need


@transaction.atomic
def employer_case_to_hr_advice(*, actor, case, now=None):
    """CQ-6.2-1: recruiting ends when no hiring need is still open (filled in time or not)."""
    ensure_counsellor(actor=actor, case=case)
    if case.hiring_needs.filter(status=HiringNeedStatus.OPEN).exists():
        refuse(_("仍有未招满的空缺岗位。"), code=CqErrorCode.HIRING_NEEDS_UNFILLED, clause="CQ-6.2-1")
    move(case=case, to=S.HR_MANAGEMENT_ADVICE, actor=actor, clause="CQ-6.2-1", now=now)
    return case


@transaction.atomic
def employer_case_close(*, actor, case, advice: str, now=None):
    """CQ-6.2.4-1: problems found and suggestions, or "no significant problem" with reasons, before closing."""
    ensure_counsellor(actor=actor, case=case)
    _in(case, S.HR_MANAGEMENT_ADVICE, clause="CQ-6.2.4-1")
    if not (advice or "").strip():
        refuse(_("请填写人力资源管理问题与建议（未发现明显问题须说明理由）。"), code=CommonErrorCode.REQUIRED, clause="CQ-6.2.4-1",
               field="advice")
    case.hr_advice, case.closed_on = advice.strip(), today(now)
    case.save(update_fields=["hr_advice", "closed_on", "updated_at"])
    move(case=case, to=S.CLOSED, actor=actor, clause="CQ-6.2.4-1", now=now)
    return case
