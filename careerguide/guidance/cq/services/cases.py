"""The worker guidance process (CQ-6.1-*): registration, career information, needs, goals, services, plans,
follow-ups, review and closing."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from careerguide.audit.services import object_label
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import now_or, policy_number, refuse, refuse_forbidden, today
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule
from careerguide.workdays.selectors import work_calendar

from ...duty_kinds import KIND_FOLLOW_UP, KIND_PLAN_REVIEW, KIND_REFERRAL_INITIATION
from ...states import AppointmentStatus
from .. import rules
from ..choices import AdjustmentTarget, Channel, RecipientType, ServiceType
from ..error_codes import CqErrorCode
from ..models import EmploymentPlan, FollowUp, GuidanceCase, PlanAdjustment, PlanReview, ProcessRecord
from ..permissions import can_manage_cq
from ..selectors import catalogue_children, catalogue_codes
from ..states import CaseStatus, PlanStatus
from .database import database_record_verify
from .staff import ensure_assignable
from .steps import audit_standard, close, ensure_counsellor, ensure_cq_unit, ensure_not_frozen, move

S = CaseStatus
SPECIFIC_GROUPS = ("college_graduate", "employment_assistance_target", "rural_migrant_labour")


def _register_checks(*, topic, preferred_channel, counsellor, unit, recipient_type, on) -> None:
    errors = {}
    if not (topic or "").strip():
        errors["topic"] = [_("请填写咨询主题。")]
    if preferred_channel not in Channel.values:
        errors["preferred_channel"] = [_("请选择线上或线下。")]
    if errors:
        raise DomainError(field_errors=errors, clause="CQ-6.1-2", code=CommonErrorCode.INVALID)
    ensure_cq_unit(unit=unit, on=on)
    employer = recipient_type == RecipientType.EMPLOYER
    ensure_assignable(counsellor=counsellor, on=on, service_types=["recruitment_guidance"] if employer else ())


@transaction.atomic
def case_register(*, actor, subject, unit, topic: str, preferred_channel: str, counsellor=None, contact: str = "",
                  preferred_time: str = "", specific_groups=(), job_search_need: bool = False,
                  recipient_type: str = RecipientType.WORKER, appointment=None, now=None) -> GuidanceCase:
    """CQ-6.1-2 (worker appointment registration) and CQ-6.2-1 (employer needs intake), where the standard is
    adopted and the agency qualified (CQ-1-1, CQ-4.1-1), with a qualified counsellor (CQ-4.6.1-4; recruitment
    guidance, CQ-7.1.3-1).  The client enters the guidance service database, the one store (CQ-4.4-1)."""
    counsellor = counsellor or actor
    _register_checks(topic=topic, preferred_channel=preferred_channel, counsellor=counsellor, unit=unit,
                     recipient_type=recipient_type, on=today(now))
    groups = sorted(set(specific_groups))
    worker = recipient_type == RecipientType.WORKER
    case = GuidanceCase.objects.create(
        subject_type=object_label(obj=subject), subject_id=str(subject.pk), subject_label=str(subject)[:200],
        recipient_type=recipient_type, unit=unit, counsellor=counsellor, topic=topic.strip(),
        status=S.APPOINTMENT_REGISTERED if worker else S.NEEDS_INTAKE, contact=contact,
        preferred_channel=preferred_channel, preferred_time=preferred_time, registered_on=today(now),
        specific_groups=groups, key_assistance="employment_assistance_target" in groups,
        job_search_need=job_search_need, appointment=appointment)
    audit_standard(actor=actor, obj=case, action="create", unit=unit, clause="CQ-6.1-2" if worker else "CQ-6.2-1",
                   now=now, after={"status": case.status, "counsellor": counsellor.pk,
                                   "key_assistance": case.key_assistance, "appointment": getattr(appointment, "pk", None)})
    database_record_verify(actor=actor, family="client", ref=f"{case.subject_type}:{case.subject_id}",
                           label=case.subject_label, unit=unit, responsible=counsellor, now=now)
    return case


@transaction.atomic
def case_open_from_appointment(*, actor, appointment, subject, topic: str, preferred_channel: str,
                               specific_groups=(), job_search_need: bool = False, now=None) -> GuidanceCase:
    """CQ-6.1-2: a guidance appointment with its counsellor assigned opens the worker's case, assigned to that
    counsellor at the booking's agency; one case per appointment."""
    if appointment.status != AppointmentStatus.ASSIGNED or appointment.officer is None:
        refuse(_("预约尚未指定指导人员，不能开立个案。"), code=CqErrorCode.APPOINTMENT_NOT_ASSIGNED, clause="CQ-6.1-2")
    if actor.pk != appointment.officer_id and not can_manage_cq(actor):
        refuse_forbidden(clause="CQ-6.1-3", message=_("只有被指定的指导人员或专业管理人员可以开立个案。"))
    if GuidanceCase.objects.filter(appointment=appointment).exists():
        refuse(_("该预约已开立个案。"), code=CommonErrorCode.DUPLICATE, clause="CQ-6.1-2")
    return case_register(actor=actor, subject=subject, unit=appointment.unit, topic=topic,
                         preferred_channel=preferred_channel, counsellor=appointment.officer,
                         preferred_time=appointment.scheduled_at.strftime("%Y-%m-%d %H:%M")
                         if appointment.scheduled_at else "",
                         specific_groups=specific_groups, job_search_need=job_search_need, appointment=appointment,
                         now=now)


@transaction.atomic
def case_start_collection(*, actor, case, now=None):
    """CQ-6.1.1-1: appointment_registered → info_collection."""
    ensure_counsellor(actor=actor, case=case)
    ensure_not_frozen(case=case)
    move(case=case, to=S.INFO_COLLECTION, actor=actor, clause="CQ-6.1.1-1", now=now)
    return case


@transaction.atomic
def case_career_info_set(*, actor, case, info: dict, now=None):
    """CQ-6.1.1-1: basic situation, work experience, job-search intention, difficulties (open list)."""
    ensure_counsellor(actor=actor, case=case)
    if case.status != S.INFO_COLLECTION:
        refuse(_("只能在搜集职业信息阶段填写职业信息。"), code=CqErrorCode.WRONG_STAGE, clause="CQ-6.1.1-1")
    before = dict(case.career_info)
    case.career_info = {**before, **{k: str(v).strip() for k, v in info.items()}}
    case.save(update_fields=["career_info", "updated_at"])
    audit_standard(actor=actor, obj=case, action="update", unit=case.unit, clause="CQ-6.1.1-1", now=now,
                   after={"career_info": sorted(case.career_info)})
    return case


@transaction.atomic
def case_to_needs_analysis(*, actor, case, now=None):
    """CQ-6.1.1-2: all four groups filled; an explicit "无" counts as filled."""
    ensure_counsellor(actor=actor, case=case)
    ensure_not_frozen(case=case)
    missing = [g for g in rules.CAREER_INFO_GROUPS if not case.career_info.get(g)]
    if missing:
        raise DomainError(field_errors={g: [_("请填写此项（没有可填“无”）。")] for g in missing}, clause="CQ-6.1.1-2",
                          code=CommonErrorCode.REQUIRED)
    move(case=case, to=S.NEEDS_ANALYSIS, actor=actor, clause="CQ-6.1.1-2", now=now)
    return case


@transaction.atomic
def case_needs_set(*, actor, case, needs: list[dict], now=None):
    """CQ-6.1.2-1: needed service items from the catalogue, each with a rationale; CQ-5.1-5: specific-group
    guidance only for a worker holding a specific-group flag."""
    ensure_counsellor(actor=actor, case=case)
    if case.status != S.NEEDS_ANALYSIS:
        refuse(_("只能在分析需求阶段记录需求。"), code=CqErrorCode.WRONG_STAGE, clause="CQ-6.1.2-1")
    codes = catalogue_codes(on=today(now), recipient_type=case.recipient_type)
    for need in needs:
        if need.get("service_type") not in codes or not str(need.get("rationale", "")).strip():
            refuse(_("每项需求须选择服务目录中的服务并说明理由。"), code=CommonErrorCode.INVALID, clause="CQ-6.1.2-1")
        if need["service_type"] == ServiceType.SPECIFIC_GROUP_GUIDANCE and not case.specific_groups:
            refuse(_("该劳动者不属于特定群体，不能安排特定群体指导。"), code=CqErrorCode.NOT_SPECIFIC_GROUP, clause="CQ-5.1-5")
    ensure_assignable(counsellor=case.counsellor, on=today(now), service_types=[n["service_type"] for n in needs],
                      clause="CQ-7.1.3-1")
    case.needs = needs
    case.save(update_fields=["needs", "updated_at"])
    audit_standard(actor=actor, obj=case, action="update", unit=case.unit, clause="CQ-6.1.2-1", now=now,
                   after={"needs": [n["service_type"] for n in needs]})
    return case


@transaction.atomic
def case_goals_confirm(*, actor, case, goals: list[str], method: str, now=None):
    """CQ-6.1.2-2, CQ-6.1.7-1: at least one goal and the worker's confirmation (signature, online confirmation or
    verbal consent noted) move needs_analysis → guidance_delivery."""
    ensure_counsellor(actor=actor, case=case)
    ensure_not_frozen(case=case)
    goals = [g.strip() for g in goals if g and g.strip()]
    if not goals:
        refuse(_("至少确认一个指导目标。"), code=CommonErrorCode.REQUIRED, clause="CQ-6.1.2-2", field="goals")
    if method not in rules.CONFIRMATION_METHODS:
        refuse(_("请选择确认方式。"), code=CommonErrorCode.INVALID, clause="CQ-6.1.2-2", field="method")
    case.goals, case.goals_confirmed_at, case.goals_confirmation_method = goals, now_or(now), method
    case.save(update_fields=["goals", "goals_confirmed_at", "goals_confirmation_method", "updated_at"])
    move(case=case, to=S.GUIDANCE_DELIVERY, actor=actor, clause="CQ-6.1.2-2", now=now)
    return case


def _record_checks(*, actor, case, held_on, channel, service_type, sub_type, summary, corrects, now) -> None:
    if held_on > today(now):
        refuse(_("日期不能晚于今天。"), code=CommonErrorCode.INVALID, field="held_on")
    if channel not in Channel.values or not (summary or "").strip():
        refuse(_("请填写服务方式、服务类型和摘要。"), code=CommonErrorCode.INVALID, clause="CQ-7.1.10-2")
    codes = catalogue_codes(on=held_on, recipient_type=case.recipient_type)
    if service_type not in codes or (sub_type and sub_type not in catalogue_children(code=service_type, on=held_on)):
        refuse(_("请选择服务目录中现行的服务类型。"), code=CqErrorCode.SERVICE_TYPE_UNKNOWN, clause="CQ-5.1-6",
               field="service_type")
    ensure_assignable(counsellor=actor, on=today(now), service_types=[service_type])


@transaction.atomic
def process_record_add(*, actor, case, held_on: dt.date, channel: str, service_type: str, summary: str,
                       goal_indexes=(), outcome: str = "", referral_trigger: str = "", corrects=None, sub_type: str = "",
                       now=None):
    """CQ-6.1.3-1, CQ-7.1.10-2, CQ-6.1.6-4: an append-only process record, signed by the qualified counsellor
    (CQ-4.6.1-4), of a type of the live catalogue (CQ-5.1-6); after a review it is re_guidance.  A record noting
    a referral trigger schedules the referral-initiation duty (CQ-8.1.1-2)."""
    ensure_counsellor(actor=actor, case=case)
    _record_checks(actor=actor, case=case, held_on=held_on, channel=channel, service_type=service_type,
                   sub_type=sub_type, summary=summary, corrects=corrects, now=now)
    if referral_trigger and referral_trigger not in rules.REFERRAL_TRIGGERS:
        refuse(_("转介情形无效。"), code=CommonErrorCode.INVALID, clause="CQ-8.1.1-1", field="referral_trigger")
    review = case.reviews.filter(resolved=False).order_by("-pk").first()
    after_review = review is not None
    record = ProcessRecord.objects.create(
        case=case, held_on=held_on, channel=channel, service_type=service_type, sub_type=sub_type or "",
        summary=summary.strip(), goal_indexes=[int(i) for i in goal_indexes], outcome=outcome, re_guidance=after_review,
        review=review if after_review else None, referral_trigger=referral_trigger, corrects=corrects,
        counsellor=actor)
    audit_standard(actor=actor, obj=record, action="create", unit=case.unit, clause="CQ-7.1.10-2", now=now,
                   after={"case": case.pk, "service_type": service_type, "re_guidance": after_review})
    if referral_trigger:
        workdays = policy_number("cq.referral_initiation_workdays", unit=case.unit, on=today(now))
        duty_schedule(actor=actor, subject=case, now=now, spec=DutySpec(
            kind=KIND_REFERRAL_INITIATION, title=_("发起个案转介"), clause="CQ-8.1.1-2",
            due_date=rules.referral_initiation_due(held_on, workdays, work_calendar()), unit=case.unit,
            assignee=case.counsellor))
    return record


@transaction.atomic
def case_to_plan_drafting(*, actor, case, now=None):
    """CQ-6.1.3-1: at least one logged service linked to a confirmed goal."""
    ensure_counsellor(actor=actor, case=case)
    ensure_not_frozen(case=case)
    linked = any(r.goal_indexes for r in case.records.filter(corrects__isnull=True))
    if not linked:
        refuse(_("请先记录至少一项对应已确认目标的指导服务。"), code=CqErrorCode.SERVICE_FOR_GOAL_MISSING, clause="CQ-6.1.3-1")
    move(case=case, to=S.PLAN_DRAFTING, actor=actor, clause="CQ-6.1.3-1", now=now)
    return case


@transaction.atomic
def case_complete_no_plan(*, actor, case, reason: str, now=None):
    """CQ-6.1-1 (proposal): a worker served once whose confirmed goals need no employment plan."""
    ensure_counsellor(actor=actor, case=case)
    if not case.records.exists():
        refuse(_("尚未记录任何指导服务。"), code=CqErrorCode.NO_SERVICE_RECORDED, clause="CQ-6.1-1")
    close(case=case, to=S.COMPLETED_NO_PLAN, actor=actor, reason=reason, clause="CQ-6.1-1", now=now)
    return case


@transaction.atomic
def plan_draft(*, actor, case, goals: list[str], targets: str, actions: list[str], start_on: dt.date,
               end_on: dt.date | None = None, now=None) -> EmploymentPlan:
    """CQ-6.1.4-1: a new plan version (draft); the default end date is start + 90 calendar days.  During follow-up a
    change to goals, end date or core actions is such a new version (CQ-6.1.5-3); the active one stays in force
    until the worker agrees the new one."""
    ensure_counsellor(actor=actor, case=case)
    if case.status not in (S.PLAN_DRAFTING, S.PLAN_REVIEW, S.PLAN_FOLLOW_UP):
        refuse(_("当前阶段不能制定就业计划。"), code=CqErrorCode.WRONG_STAGE, clause="CQ-6.1.4-1")
    if not goals or not actions or not (targets or "").strip():
        refuse(_("就业计划须包含目标、目标职业或岗位和行动。"), code=CommonErrorCode.REQUIRED, clause="CQ-6.1.4-1")
    end_on = end_on or start_on + dt.timedelta(days=policy_number("cq.plan_period_days", unit=case.unit,
                                                                    on=today(now)))
    if end_on <= start_on:
        refuse(_("结束日期须晚于开始日期。"), code=CommonErrorCode.INVALID, clause="CQ-6.1.4-1", field="end_on")
    version = (case.plans.aggregate(v=Max("version"))["v"] or 0) + 1
    plan = EmploymentPlan.objects.create(case=case, version=version, goals=goals, targets=targets.strip(),
                                         actions=actions, start_on=start_on, end_on=end_on)
    audit_standard(actor=actor, obj=plan, action="create", unit=case.unit, clause="CQ-6.1.4-1", now=now,
                   after={"version": version, "end_on": end_on})
    return plan


def _follow_up_duty(*, case, due) -> DutySpec:
    """CQ-6.1.5-1: the next follow-up appointment, owed by the case's counsellor."""
    return DutySpec(kind=KIND_FOLLOW_UP, title=_("就业计划跟进约见"), clause="CQ-6.1.5-1", due_date=due, unit=case.unit,
                    assignee=case.counsellor)


def _plan_agree_checks(*, case, plan, method, review) -> None:
    """CQ-6.1.4-2, CQ-7.1.4-1, CQ-7.1.8-1, CQ-6.1.6-3: what a plan version needs before it becomes active."""
    if plan.status != PlanStatus.DRAFT:
        refuse(_("该版本已确认，不能再次确认。"), code=CqErrorCode.PLAN_ALREADY_AGREED, clause="CQ-6.1.4-2")
    if method not in rules.CONFIRMATION_METHODS:
        refuse(_("请选择确认方式。"), code=CommonErrorCode.INVALID, clause="CQ-6.1.4-2", field="method")
    if case.job_search_need and not case.job_introduction_ref:
        refuse(_("有求职需求的个案须先关联职业介绍服务。"), code=CqErrorCode.JOB_INTRODUCTION_MISSING, clause="CQ-7.1.4-1")
    if (case.specific_groups and any(n.get("service_type") == ServiceType.SPECIFIC_GROUP_GUIDANCE for n in case.needs)
            and not case.records.filter(service_type=ServiceType.PREVENTIVE_GUIDANCE).exists()):
        refuse(_("特定群体劳动者须先记录预防性指导，才能启动就业计划。"), code=CqErrorCode.PREVENTIVE_GUIDANCE_MISSING, clause="CQ-7.1.8-1")
    if review is not None and not case.records.filter(re_guidance=True, review=review).exists():
        refuse(_("共同研究分析后须先提供再指导服务，才能启动新版就业计划。"), code=CqErrorCode.RE_GUIDANCE_MISSING, clause="CQ-6.1.6-3")


@transaction.atomic
def plan_agree(*, actor, plan: EmploymentPlan, method: str, now=None) -> EmploymentPlan:
    """CQ-6.1.4-2: the worker agrees this exact version; it becomes active (the earlier one superseded) and the case
    moves to plan_follow_up, scheduling the first follow-up (CQ-6.1.5-1).  A version agreed during follow-up
    (CQ-6.1.5-3) replaces the active one and the follow-ups go on."""
    case = plan.case
    ensure_counsellor(actor=actor, case=case)
    ensure_not_frozen(case=case)
    review = case.reviews.filter(resolved=False).order_by("-pk").first()
    _plan_agree_checks(case=case, plan=plan, method=method, review=review)
    now = now_or(now)
    case.plans.filter(status=PlanStatus.ACTIVE).update(status=PlanStatus.SUPERSEDED)
    plan.status, plan.agreed_at, plan.agreement_method = PlanStatus.ACTIVE, now, method
    plan.save(update_fields=["status", "agreed_at", "agreement_method", "updated_at"])
    if review is not None:
        review.resolved = True
        review.save(update_fields=["resolved", "updated_at"])
    if case.status == S.PLAN_FOLLOW_UP:
        audit_standard(actor=actor, obj=plan, action="update", unit=case.unit, clause="CQ-6.1.5-3", now=now,
                       after={"version": plan.version, "status": plan.status, "method": method})
        return plan
    workdays = policy_number("cq.plan_first_follow_up_workdays", unit=case.unit, on=today(now))
    due = rules.first_follow_up_due(today(now), workdays, work_calendar())
    move(case=case, to=S.PLAN_FOLLOW_UP, actor=actor, clause="CQ-6.1.4-2", now=now,
         schedule=[_follow_up_duty(case=case, due=due)], cancel_kinds=[KIND_FOLLOW_UP])
    return plan


def _clean_adjustments(adjustments) -> list[dict]:
    """CQ-6.1.5-3: only job-search activities and job-introduction services are adjusted in a follow-up."""
    cleaned = []
    for row in adjustments or ():
        target, change = row.get("target"), str(row.get("change", "")).strip()
        if target not in AdjustmentTarget.values or not change:
            refuse(_("跟进中只能调整求职活动或职业介绍服务内容；修改目标、期限或主要行动须制定新版就业计划并经劳动者同意。"),
                   code=CommonErrorCode.INVALID, clause="CQ-6.1.5-3", field="adjustments")
        cleaned.append({"target": target, "change": change})
    return cleaned


@transaction.atomic
def follow_up_record(*, actor, case, held_on: dt.date, channel: str, execution: dict, adjustments=(),
                     next_on: dt.date | None = None, now=None) -> FollowUp:
    """CQ-6.1.5-1, CQ-6.1.5-2: fulfils the due follow-up and schedules the next one at most 30 days on; CQ-6.1.5-3:
    the adjustments made to job-search activities and job-introduction services are logged with it."""
    ensure_counsellor(actor=actor, case=case)
    plan = case.plans.filter(status=PlanStatus.ACTIVE).first()
    if case.status != S.PLAN_FOLLOW_UP or plan is None:
        refuse(_("没有执行中的就业计划。"), code=CqErrorCode.NO_ACTIVE_PLAN, clause="CQ-6.1.5-1")
    if channel not in Channel.values:
        refuse(_("请选择线上或线下。"), code=CommonErrorCode.INVALID, field="channel")
    if held_on > today(now):
        refuse(_("日期不能晚于今天。"), code=CommonErrorCode.INVALID, field="held_on")
    changes = _clean_adjustments(adjustments)
    max_days = policy_number("cq.plan_follow_up_max_interval_days", unit=case.unit, on=today(now))
    next_due = rules.next_follow_up_due(held_on, max_days, next_on)
    follow = FollowUp.objects.create(plan=plan, held_on=held_on, channel=channel, execution=execution,
                                     next_on=next_due)
    for change in changes:
        PlanAdjustment.objects.create(follow_up=follow, **change)
    event = audit_standard(actor=actor, obj=follow, action="create", unit=case.unit, clause="CQ-6.1.5-2", now=now,
                           after={"held_on": held_on, "next_on": next_due, "adjustments": [c["target"] for c in changes]})
    duties_fulfil_for_subject(actor=actor, subject=case, kind=KIND_FOLLOW_UP, on=held_on, event=event, now=now)
    duty_schedule(actor=actor, subject=case, spec=_follow_up_duty(case=case, due=next_due), now=now)
    return follow


@transaction.atomic
def case_close_employed(*, actor, case, employer: str, post: str, start_on: dt.date, via_job_introduction: bool,
                        now=None):
    """CQ-6.1.5-4: employment achieved, before or after the plan end date."""
    ensure_counsellor(actor=actor, case=case)
    ensure_not_frozen(case=case)
    case.employment = {"employer": employer, "post": post, "start_on": start_on.isoformat(),
                       "via_job_introduction": via_job_introduction}
    case.save(update_fields=["employment", "updated_at"])
    close(case=case, to=S.CLOSED_EMPLOYED, actor=actor, reason=_("已实现就业"), clause="CQ-6.1.5-4", now=now)
    return case


@transaction.atomic
def case_contact_attempt(*, actor, case, on: dt.date, now=None):
    """CQ-6.1-4: a documented contact attempt that did not reach the worker."""
    ensure_counsellor(actor=actor, case=case)
    case.contact_attempts += 1
    case.last_contact_attempt_on = on
    case.save(update_fields=["contact_attempts", "last_contact_attempt_on", "updated_at"])
    audit_standard(actor=actor, obj=case, action="update", unit=case.unit, clause="CQ-6.1-4", now=now,
                   after={"contact_attempts": case.contact_attempts})
    return case


@transaction.atomic
def case_withdraw(*, actor, case, reason: str, now=None):
    """CQ-6.1-4: reason 'worker_withdrew', or 'unreachable' after 3 attempts and 60 days without contact."""
    ensure_counsellor(actor=actor, case=case)
    day = today(now)
    ok = rules.withdrawal_allowed(
        reason=reason, contact_attempts=case.contact_attempts, last_contact_on=case.last_contact_attempt_on, today=day,
        min_attempts=policy_number("cq.withdrawal_min_contact_attempts", unit=case.unit, on=day),
        unreachable_days=policy_number("cq.withdrawal_unreachable_days", unit=case.unit, on=day))
    if not ok:
        refuse(_("尚未满足视为退出的条件（联系尝试次数或无法联系天数不足）。"), code=CqErrorCode.WITHDRAWAL_NOT_ALLOWED,
               clause="CQ-6.1-4")
    close(case=case, to=S.CLOSED_WITHDRAWN, actor=actor, reason=reason, clause="CQ-6.1-4", now=now)
    return case


def _review_duty(*, case, on: dt.date) -> DutySpec:
    """CQ-6.1.6-1, CQ-6.1.6-2: the joint review owed once the plan ended without employment, reminded on the day it
    starts; it is the next meeting with the worker, so it falls due within the follow-up interval."""
    days = policy_number("cq.plan_follow_up_max_interval_days", unit=case.unit, on=on)
    return DutySpec(kind=KIND_PLAN_REVIEW, title=_("就业计划期满仍未就业，请与劳动者共同研究分析：%(c)s") % {"c": case},
                    clause="CQ-6.1.6-2", due_date=on + dt.timedelta(days=days), unit=case.unit,
                    assignee=case.counsellor, remind_on=(on,))


@transaction.atomic
def plan_reviews_start(*, now=None) -> int:
    """CQ-6.1.6-1 (daily job): the day after the active plan's end date, a case still in plan_follow_up with no
    employment moves to plan_review; the counsellor owes the joint review (a duty reminded that day)."""
    count = 0
    for plan in EmploymentPlan.objects.filter(status=PlanStatus.ACTIVE, case__status=S.PLAN_FOLLOW_UP,
                                              end_on__lt=today(now)).select_related("case", "case__unit"):
        case = plan.case
        if not rules.plan_review_due(plan_end=plan.end_on, today=today(now), employed=bool(case.employment)):
            continue
        move(case=case, to=S.PLAN_REVIEW, actor=None, clause="CQ-6.1.6-1", now=now, cancel_kinds=[KIND_FOLLOW_UP],
             schedule=[_review_duty(case=case, on=today(now))])
        count += 1
    return count


@transaction.atomic
def plan_review_record(*, actor, case, held_on: dt.date, channel: str, participant: str, problems: str,
                       outcome: str, now=None) -> PlanReview:
    """CQ-6.1.6-2, CQ-6.1.6-3: joint review naming the worker; 'reformulate' returns to guidance_delivery."""
    ensure_counsellor(actor=actor, case=case)
    if case.status != S.PLAN_REVIEW:
        refuse(_("个案不在共同研究分析阶段。"), code=CqErrorCode.WRONG_STAGE, clause="CQ-6.1.6-2")
    if not (participant or "").strip() or not (problems or "").strip():
        refuse(_("须记录参与的劳动者和问题分析。"), code=CommonErrorCode.REQUIRED, clause="CQ-6.1.6-2")
    if outcome not in PlanReview.Outcome.values:
        refuse(_("请选择修改或重新制定。"), code=CommonErrorCode.INVALID, clause="CQ-6.1.6-3", field="outcome")
    review = PlanReview.objects.create(case=case, held_on=held_on, channel=channel, participant=participant.strip(),
                                       problems=problems.strip(), outcome=outcome)
    event = audit_standard(actor=actor, obj=review, action="create", unit=case.unit, clause="CQ-6.1.6-2", now=now,
                           after={"outcome": outcome})
    duties_fulfil_for_subject(actor=actor, subject=case, kind=KIND_PLAN_REVIEW, on=held_on, event=event, now=now)
    if outcome == PlanReview.Outcome.REFORMULATE:
        move(case=case, to=S.GUIDANCE_DELIVERY, actor=actor, clause="CQ-6.1.6-3", now=now)
    return review

