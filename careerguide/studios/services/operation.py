"""Outputs and supervision of a studio: activities, trainees, plans, assessments, rectification, outcome
evaluation (HN-10-*, HN-11-3 .. HN-11-6, HN-11-14, HN-11-21)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import (
    audit,
    policy_number,
    refuse,
    refuse_forbidden,
    require_resident_id,
    require_text,
)
from careerguide.duties.services import duties_fulfil_for_subject, transition
from careerguide.privacy.crypto import blind_index

from ..deadlines import rectification_deadline, term_evaluation_opens
from ..duty_kinds import WORK_PLAN_KIND
from ..models import Activity, Assessment, OutcomeEvaluation, RectificationOrder, Trainee, WorkPlan
from ..permissions import is_city_hrss, is_studio_centre
from ..rules import operation as op
from ..states import STANDING_TRANSITIONS, Standing
from .studios import require_active, require_host
from .supervision import assessment_duty_fulfil, studio_target_report, term_last_day, work_plan_duty_schedule

PLAN_SECTIONS = ("direction", "priorities", "level", "scale", "measures")


def _unit(studio):
    return studio.host_unit.district


@transaction.atomic
def activity_record(*, actor, studio, held_on: dt.date, title: str, target: str, function: str, location: str,
                    organisers: str, venue: str = "", regional: bool = False, participants: int = 0, summary: str = "",
                    evidence: str = "", now=None) -> Activity:
    """HN-10-6, HN-10-5, HN-4-1: one target type and one function per activity."""
    require_host(actor=actor, studio=studio)
    require_active(studio=studio)
    if target == op.T2 and venue not in op.VENUES:
        refuse(_("“四进”主题活动须选择进园区、进校园、进企业或进社区。"), code=CommonErrorCode.INVALID, clause="HN-10-2", field="venue")
    if target == op.T1 and not regional:
        refuse(_("计入每季度指标的服务交流指导须为区域性活动。"), code=CommonErrorCode.INVALID, clause="HN-10-1", field="regional")
    row = Activity.objects.create(studio=studio, held_on=held_on,
                                  title=require_text(title, field="title", label=_("活动名称"), clause="HN-10-6"),
                                  target=target, function=function, venue=venue, location=location, regional=regional,
                                  organisers=organisers, participants=participants, summary=summary, evidence=evidence)
    audit(actor=actor, obj=row, action="create", unit=_unit(studio), clause="HN-10-6",
          after={"target": target, "held_on": held_on}, now=now)
    return row


@transaction.atomic
def trainee_record(*, actor, studio, name: str, id_number: str, unit_name: str, post: str, content: str,
                   started_on: dt.date, completed_on=None, result: str = "", now=None) -> Trainee:
    """HN-10-7: a backbone trainee; flagged when counted again in a later year."""
    require_host(actor=actor, studio=studio)
    require_active(studio=studio)
    id_number = require_resident_id(id_number)
    index = blind_index(id_number, purpose="studio_trainee")
    earlier = Trainee.objects.filter(studio=studio, id_index=index, completed_on__isnull=False)
    counted_before = bool(completed_on) and earlier.exclude(completed_on__year=completed_on.year).exists()
    row = Trainee.objects.create(studio=studio, name=name, id_number=id_number, id_index=index, unit_name=unit_name,
                                 post=post, content=content, started_on=started_on, completed_on=completed_on,
                                 result=result, counted_before=counted_before)
    audit(actor=actor, obj=row, action="create", unit=_unit(studio), clause="HN-10-7",
          after={"name": name, "id_number": id_number}, now=now)
    return row


@transaction.atomic
def work_plan_submit(*, actor, studio, term_index: int, submitted_on: dt.date, now=None, **sections) -> WorkPlan:
    """HN-11-5: the two-year plan with its five mandatory sections; fulfils the plan duty."""
    require_host(actor=actor, studio=studio)
    require_active(studio=studio)
    missing = [s for s in PLAN_SECTIONS if not (sections.get(s) or "").strip()]
    if missing:
        raise DomainError(field_errors={s: [_("两年工作规划须包含此部分。")] for s in missing},
                          code=CommonErrorCode.REQUIRED, clause="HN-11-5")
    plan = WorkPlan.objects.create(studio=studio, term_index=term_index, submitted_on=submitted_on,
                                   **{s: sections[s].strip() for s in PLAN_SECTIONS})
    event = audit(actor=actor, obj=plan, action="create", unit=_unit(studio), clause="HN-11-5",
                  after={"term_index": term_index}, now=now)
    if duties_fulfil_for_subject(actor=actor, subject=studio, kind=WORK_PLAN_KIND, on=submitted_on, event=event, now=now):
        work_plan_duty_schedule(actor=actor, studio=studio, term_index=term_index + 1, event=event, now=now)
    return plan


@transaction.atomic
def assessment_record(*, actor, studio, kind: str, period: int, result: str, assessed_on: dt.date, opinion: str = "",
                      now=None) -> Assessment:
    """HN-11-3, HN-11-4, HN-11-14, HN-11-21: the centre's annual assessment or end-of-term evaluation; an
    unqualified result puts the studio under a rectification order with a deadline (3 months by default)."""
    if not is_studio_centre(actor):
        refuse_forbidden(clause="HN-11-1")
    require_active(studio=studio)
    if kind == "term_end" and result == "excellent":
        refuse(_("期满评估结果为合格或不合格。"), code=CommonErrorCode.INVALID, clause="HN-11-4", field="result")
    if kind == "term_end" and assessed_on < term_evaluation_opens(term_last_day(studio=studio, term_index=period)):
        refuse(_("第%(i)s个规划期至%(d)s届满，期满评估自届满当季开始。")
               % {"i": period, "d": term_last_day(studio=studio, term_index=period)},
               code=CommonErrorCode.TOO_EARLY, clause="HN-11-4", field="assessed_on")
    if Assessment.objects.filter(studio=studio, kind=kind, period=period).exists():
        refuse(_("该期间已考核。"), code=CommonErrorCode.DUPLICATE, clause="HN-11-3")
    report = [dict(r, period=[d.isoformat() for d in r["period"]]) for r in studio_target_report(studio=studio, until=assessed_on)]
    row = Assessment.objects.create(studio=studio, kind=kind, period=period, result=result, opinion=opinion,
                                    assessed_on=assessed_on, target_report=report)
    event = audit(actor=actor, obj=row, action="create", unit=_unit(studio),
                  clause="HN-11-3" if kind == "annual" else "HN-11-4", after={"result": result, "period": period}, now=now)
    assessment_duty_fulfil(actor=actor, studio=studio, kind=kind, period=period, on=assessed_on, event=event, now=now)
    if result == "unqualified" and studio.standing == Standing.GOOD:
        months = policy_number("hn.rectification_months", unit=_unit(studio), on=assessed_on)
        RectificationOrder.objects.create(studio=studio, assessment=row, ordered_on=assessed_on,
                                          deadline=rectification_deadline(assessed_on, months))
        transition(obj=studio, to=Standing.RECTIFICATION, actor=actor, table=STANDING_TRANSITIONS, unit=_unit(studio),
                   clause="HN-11-21", field="standing", now=now)
    return row


@transaction.atomic
def rectification_recheck(*, actor, order: RectificationOrder, passed: bool, rechecked_on: dt.date,
                          now=None) -> RectificationOrder:
    """HN-11-14, HN-11-21: checked again at the deadline; passed → good; failed → grounds for revocation (F1)."""
    if not is_studio_centre(actor):
        refuse_forbidden(clause="HN-11-1")
    if order.passed is not None:
        refuse(_("已复查。"), code=CommonErrorCode.DUPLICATE, clause="HN-11-14")
    if rechecked_on < order.deadline and not passed:
        refuse(_("整改期限%(d)s届满前不能认定仍不达标。") % {"d": order.deadline}, code=CommonErrorCode.TOO_EARLY, clause="HN-11-14")
    order.passed, order.rechecked_on = passed, rechecked_on
    order.save(update_fields=["passed", "rechecked_on", "updated_at"])
    audit(actor=actor, obj=order, action="recheck", unit=_unit(order.studio), clause="HN-11-14",
          after={"passed": passed}, now=now)
    if passed:
        transition(obj=order.studio, to=Standing.GOOD, actor=actor, table=STANDING_TRANSITIONS,
                   unit=_unit(order.studio),
                   clause="HN-11-21", field="standing", now=now)
    return order


@transaction.atomic
def outcome_evaluation_record(*, actor, studio, round_title: str, evaluated_on: dt.date, outcomes: str, grade: str,
                              reward_amount: Decimal = Decimal("0"), reward_document: str = "", now=None) -> OutcomeEvaluation:
    """HN-11-6: city_hrss grades outcomes and records the reward in lieu of subsidy; a grade never
    triggers rectification (HN-11-14)."""
    if not (is_city_hrss(actor) or is_studio_centre(actor)):
        refuse_forbidden(clause="HN-11-6")
    require_active(studio=studio)
    if Decimal(reward_amount) > 0 and not reward_document.strip():
        refuse(_("以奖代补须填写文号。"), code=CommonErrorCode.REQUIRED, clause="HN-11-6", field="reward_document")
    row = OutcomeEvaluation.objects.create(studio=studio, round_title=round_title, evaluated_on=evaluated_on,
                                           outcomes=outcomes, grade=grade, reward_amount=reward_amount,
                                           reward_document=reward_document)
    audit(actor=actor, obj=row, action="create", unit=_unit(studio), clause="HN-11-6",
          after={"grade": grade, "reward": reward_amount},
          now=now)
    return row
