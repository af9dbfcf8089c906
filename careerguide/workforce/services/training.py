"""Tiered training, attendance, practice and cooperation (SD-1-*, SD-2-*, BJ-69-*)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, policy_number, refuse, require_in_jurisdiction, today

from ..choices import EventFormat, PartnerType, SpeakerType, TrainingForm
from ..models import (
    CooperationAgreement,
    Counsellor,
    PlanEnrolment,
    PracticeActivity,
    PracticeParticipation,
    TrainingCourse,
    TrainingEvent,
    TrainingPlan,
    TrainingRecord,
)
from ..rules.training import cycle_covers, plan_for, tier_of
from ..selectors.facts import best_guidance_level


@transaction.atomic
def training_plan_create(*, actor, unit, year: int, tier: int, category: str, title: str, content: str,
                         now=None) -> TrainingPlan:
    """SD-1-2: one plan per tier-category pair and cycle, with its own content."""
    require_in_jurisdiction(actor=actor, unit=unit)
    if not content.strip():
        refuse(_("请填写培训内容。"), code=CommonErrorCode.REQUIRED, clause="SD-1-2", field="content")
    if TrainingPlan.objects.filter(unit=unit, year=year, tier=tier, category=category).exists():
        refuse(_("该层级和类别本年度已有培训计划。"), code=CommonErrorCode.DUPLICATE, clause="SD-1-2")
    plan = TrainingPlan.objects.create(unit=unit, year=year, tier=tier, category=category, title=title, content=content)
    audit(actor=actor, obj=plan, unit=unit, action="create", clause="SD-1-2", now=now,
          after={"year": year, "tier": tier, "category": category})
    return plan


@transaction.atomic
def training_plans_enrol(*, actor, unit, year: int, now=None) -> dict:
    """SD-1-2, SD-1-3: at the cycle (`sd.training_plan_cycle_months`, 12 by default, starting 1 January of `year`),
    enrol every active counsellor of the unit's subtree not yet enrolled for a cycle still running in the plan
    matching their current tier (best skill level held the day before the cycle starts) and category; list those
    with no matching plan.  Earlier enrolments (lower tiers) stay as history."""
    require_in_jurisdiction(actor=actor, unit=unit)
    cycle_start = dt.date(year, 1, 1)
    months = policy_number("sd.training_plan_cycle_months", unit=unit, on=cycle_start)
    plans = {(p.tier, p.category): p for p in TrainingPlan.objects.filter(unit__path__in=_ancestor_paths(unit), year=year)}
    enrolled, unmatched = [], []
    people = Counsellor.objects.filter(unit__path__startswith=unit.path,
                                       left_on__isnull=True).prefetch_related("qualifications", "plan_enrolments")
    for c in people:
        if any(cycle_covers(cycle_year=e.cycle_year, months=months, on=cycle_start) for e in c.plan_enrolments.all()):
            continue  # still inside a cycle already enrolled for (SD-1-2: one plan per cycle)
        level = best_guidance_level(counsellor=c, on=cycle_start - dt.timedelta(days=1))
        plan = plan_for(tier=tier_of([level] if level else []), category=c.training_category, plans=plans)
        if plan is None:
            unmatched.append(c)
            continue
        enrolment = PlanEnrolment.objects.create(plan=plan, counsellor=c, cycle_year=year)
        audit(actor=actor, obj=enrolment, unit=c.unit, action="create", clause="SD-1-2", now=now,
              after={"plan": plan.pk, "year": year})
        enrolled.append(enrolment)
    return {"enrolled": enrolled, "unmatched": unmatched}


def _ancestor_paths(unit) -> list[str]:
    parts = [p for p in unit.path.strip("/").split("/") if p]
    return ["/" + "/".join(parts[:i]) + "/" for i in range(1, len(parts) + 1)]


@transaction.atomic
def training_course_create(*, actor, unit, title: str, partners: list[dict], now=None) -> TrainingCourse:
    """SD-1-4: course/courseware with development partners of a known type."""
    require_in_jurisdiction(actor=actor, unit=unit)
    for p in partners:
        if p.get("type") not in PartnerType.values or not (p.get("name") or "").strip():
            refuse(_("合作开发单位须填写名称和类型（行业协会、专业机构、高等院校或自主开发）。"),
                   code=CommonErrorCode.INVALID, clause="SD-1-4", field="partners")
    course = TrainingCourse.objects.create(unit=unit, title=title, partners=partners)
    audit(actor=actor, obj=course, unit=unit, action="create", clause="SD-1-4", now=now,
          after={"title": title, "partners": partners})
    return course


@transaction.atomic
def training_event_create(*, actor, unit, title: str, format: str, tier: int, category: str, starts_on, ends_on,
                          hours, speakers: list[dict] = (), course=None, series: str = "", delivered_by=None,
                          host_studio=None, now=None) -> TrainingEvent:
    """SD-1-1, SD-1-5: an event with tier, category, format and typed speakers; ``series`` marks 定期举办;
    SD-8-3: the studio that hosted it as an incubator and training camp."""
    require_in_jurisdiction(actor=actor, unit=unit)
    if format not in EventFormat.values:
        refuse(_("请选择活动形式。"), code=CommonErrorCode.INVALID, clause="SD-1-5", field="format")
    if any(s.get("type") not in SpeakerType.values for s in speakers):
        refuse(_("主讲人类型须为专家、学者、企业HR或其他。"), code=CommonErrorCode.INVALID, clause="SD-1-5", field="speakers")
    if ends_on < starts_on:
        refuse(_("结束日期不能早于开始日期。"), code=CommonErrorCode.INVALID, clause="SD-1-5", field="ends_on")
    if Decimal(hours) <= 0:
        refuse(_("学时须大于0。"), code=CommonErrorCode.INVALID, clause="SD-1-6", field="hours")
    event = TrainingEvent.objects.create(unit=unit, title=title, format=format, tier=tier, category=category,
                                         starts_on=starts_on, ends_on=ends_on, hours=hours, speakers=list(speakers),
                                         course=course, series=series, delivered_by=delivered_by,
                                         host_studio=host_studio)
    audit(actor=actor, obj=event, unit=unit, action="create", clause="SD-1-5", now=now,
          after={"title": title, "format": format, "tier": tier, "category": category, "hours": hours})
    return event


@transaction.atomic
def training_record_add(*, actor, counsellor: Counsellor, form: str, provider: str, started_on, completed_on, hours,
                        assessment_method: str, result: str, event=None, theory_score=None, practice_score=None,
                        source: str = "", now=None) -> TrainingRecord:
    """BJ-69-2, SD-1-6: a completed training; the end-of-training assessment is mandatory."""
    if form not in TrainingForm.values:
        refuse(_("请选择培训形式。"), code=CommonErrorCode.INVALID, clause="BJ-69-2", field="form")
    if not result:
        refuse(_("培训结束须记录考评结果。"), code=CommonErrorCode.REQUIRED, clause="BJ-69-2", field="result")
    if not assessment_method:
        refuse(_("请选择考评方式。"), code=CommonErrorCode.INVALID, clause="BJ-69-2", field="assessment_method")
    if completed_on < started_on:
        refuse(_("结束日期不能早于开始日期。"), code=CommonErrorCode.INVALID, clause="BJ-69-2", field="completed_on")
    if completed_on > today(now):
        refuse(_("培训尚未结束，不能登记学时。"), code=CommonErrorCode.TOO_EARLY, clause="BJ-69-1", field="completed_on")
    if Decimal(hours) <= 0:
        refuse(_("学时须大于0。"), code=CommonErrorCode.INVALID, clause="BJ-69-2", field="hours")
    if event is not None and TrainingRecord.objects.filter(counsellor=counsellor, event=event).exists():
        refuse(_("该人员已登记参加此活动。"), code=CommonErrorCode.DUPLICATE, clause="SD-1-6")
    if source and TrainingRecord.objects.filter(source=source).exists():
        refuse(_("该学习记录已计入培训学时。"), code=CommonErrorCode.DUPLICATE, clause="SD-17-4")
    record = TrainingRecord.objects.create(
        counsellor=counsellor, event=event, form=form, provider=provider, started_on=started_on, completed_on=completed_on,
        hours=hours, assessment_method=assessment_method, result=result, theory_score=theory_score,
        practice_score=practice_score, source=source)
    audit(actor=actor, obj=record, unit=counsellor.unit, action="create", clause="BJ-69-2", now=now,
          after={"hours": hours, "form": form, "result": result, "completed_on": completed_on})
    return record


@transaction.atomic
def cooperation_agreement_add(*, actor, unit, partner: str, partner_type: str, scope: str, starts_on, contact: str,
                              ends_on=None, now=None) -> CooperationAgreement:
    """SD-2-1."""
    require_in_jurisdiction(actor=actor, unit=unit)
    if ends_on and ends_on < starts_on:
        refuse(_("结束日期不能早于开始日期。"), code=CommonErrorCode.INVALID, clause="SD-2-1", field="ends_on")
    agreement = CooperationAgreement.objects.create(unit=unit, partner=partner, partner_type=partner_type, scope=scope,
                                                    starts_on=starts_on, ends_on=ends_on, contact=contact)
    audit(actor=actor, obj=agreement, unit=unit, action="create", clause="SD-2-1", now=now, after={"partner": partner})
    return agreement


@transaction.atomic
def practice_activity_record(*, actor, unit, activity_type: str, host: str, starts_on, ends_on, hours,
                             participants: list[Counsellor], now=None) -> PracticeActivity:
    """SD-2-2: a practice activity with its participants, each marked front-line or not from the register."""
    require_in_jurisdiction(actor=actor, unit=unit)
    activity = PracticeActivity.objects.create(unit=unit, activity_type=activity_type, host=host, starts_on=starts_on,
                                               ends_on=ends_on, hours=hours)
    for c in participants:
        require_in_jurisdiction(actor=actor, unit=c.unit)
        PracticeParticipation.objects.create(activity=activity, counsellor=c, front_line=c.front_line)
    audit(actor=actor, obj=activity, unit=unit, action="create", clause="SD-2-2", now=now,
          after={"activity_type": activity_type, "participants": [c.pk for c in participants]})
    return activity


@transaction.atomic
def attendance_record(*, actor, event: TrainingEvent, counsellor: Counsellor, hours, completed: bool, result: str = "",
                      theory_score=None, practice_score=None, now=None) -> TrainingRecord:
    """SD-1-6: a counsellor's attendance at an event: class hours (at most the event's), completion, and the
    assessment split into theoretical knowledge and practical operation; only a completed attendance carries a
    result and counts towards the year's hours (BJ-69-2)."""
    require_in_jurisdiction(actor=actor, unit=counsellor.unit)
    if hours is None or Decimal(hours) <= 0 or Decimal(hours) > event.hours:
        refuse(_("参加学时须大于0且不超过活动学时（%(h)s）。") % {"h": event.hours}, code=CommonErrorCode.INVALID,
               clause="SD-1-6", field="hours")
    for name, score in (("theory_score", theory_score), ("practice_score", practice_score)):
        if score is not None and not Decimal(0) <= Decimal(score) <= Decimal(100):
            refuse(_("成绩须在0至100之间。"), code=CommonErrorCode.INVALID, clause="SD-1-6", field=name)
    if completed and not result:
        refuse(_("完成培训须记录考评结果。"), code=CommonErrorCode.REQUIRED, clause="BJ-69-2", field="result")
    if event.ends_on > today(now):
        refuse(_("活动尚未结束，不能登记参加情况。"), code=CommonErrorCode.TOO_EARLY, clause="SD-1-6")
    if TrainingRecord.objects.filter(counsellor=counsellor, event=event).exists():
        refuse(_("该人员已登记参加此活动。"), code=CommonErrorCode.DUPLICATE, clause="SD-1-6")
    form = {"lecture": "lecture", "training": "thematic"}.get(event.format, "other")
    record = TrainingRecord.objects.create(
        counsellor=counsellor, event=event, form=form, provider=event.unit.name, started_on=event.starts_on,
        completed_on=event.ends_on, hours=hours, completed=completed, assessment_method="exam" if completed else "other",
        result=result if completed else "", theory_score=theory_score, practice_score=practice_score)
    audit(actor=actor, obj=record, unit=counsellor.unit, action="create", clause="SD-1-6", now=now,
          after={"event": event.pk, "hours": hours, "completed": completed, "theory": theory_score,
                 "practice": practice_score})
    return record
