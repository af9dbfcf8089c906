"""The individual assistance plan and its action plan, versioned on every revision, and the stage goals
(BJ-26-5 to BJ-26-9, BJ-28-4, BJ-28-7)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, refuse, refuse_forbidden, today
from careerguide.duties.selectors import open_duties_for_subject
from careerguide.duties.services import duties_fulfil_for_subject

from .. import duty_kinds
from ..choices import BarrierCause, StageStatus
from ..error_codes import AssistanceErrorCode
from ..models import PlanVersion, StageReview
from ..selectors import current_plan_of, open_consultation_of
from ..states import CaseStatus
from .case_ledger import case_ledger_add
from .cases import case_move
from .consultations import is_panel_member
from .followups import not_future

PLAN_STATUSES = (CaseStatus.ASSESSED, CaseStatus.IN_SERVICE, CaseStatus.EMPLOYED, CaseStatus.WELFARE_PLACED)


def _clean_rows(rows, keys: tuple[str, ...], required: tuple[str, ...]) -> list[dict]:
    """Keep the rows with any value; dates as ISO strings."""
    out = []
    for row in rows or []:
        values = {k: row.get(k) for k in keys}
        if not any(values.get(k) for k in required):
            continue
        out.append({k: v.isoformat() if isinstance(v, dt.date) else (v or "") for k, v in values.items()})
    return out


def _plan_checks(*, actor, case, number, data, consultation, now) -> dict:
    errors = {}
    for name, label in (("barriers", _("主要就业障碍及原因")), ("measures", _("帮扶措施")),
                        ("agreement_note", _("本人参与和同意情况"))):
        if not (data.get(name) or "").strip():
            errors[name] = [_("请填写%(f)s。") % {"f": label}]
    if not data.get("causes") or any(c not in BarrierCause.values for c in data["causes"]):
        errors["causes"] = [_("请选择障碍原因类别。")]
    stages = _clean_rows(data.get("stages"), ("goal", "target_date", "owner"), ("goal",))
    if not stages or any(not s["goal"] or not s["target_date"] for s in stages):
        errors["stages"] = [_("至少填写一个阶段目标，每个阶段须有目标和目标日期。")]
    if not data.get("person_agreed"):
        errors["person_agreed"] = [_("援助方案须会同本人共同制定并经其同意。")]
    if number > 1 and not (data.get("reason") or "").strip():
        errors["reason"] = [_("修改援助方案须说明新情况、新问题或专家意见。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-26-6", code=CommonErrorCode.INVALID)
    return {"stages": stages, "actions": _clean_rows(data.get("actions"), ("action", "owner", "due", "status"),
                                                     ("action",))}


def _plan_author_check(*, actor, case, consultation) -> None:
    """The case's own street/township, or a member of the open consultation's panel (BJ-28-3, BJ-28-4)."""
    own = getattr(actor, "unit_id", None) == case.unit_id
    if not own and not (consultation and is_panel_member(consultation=consultation, user=actor)):
        refuse_forbidden(clause="BJ-28-3", message=_("只有本个案的专门服务团队或会诊期间的专家小组可以修改援助方案。"))
    if case.status not in PLAN_STATUSES:
        code = AssistanceErrorCode.NOT_ASSESSED if case.status == CaseStatus.AGREEMENT_SIGNED else \
            CommonErrorCode.INVALID_TRANSITION
        refuse(_("须先进行就业准备状况评估或分类测评，再制定援助方案。") if code == AssistanceErrorCode.NOT_ASSESSED
               else _("该援助个案当前不能制定或修改援助方案。"), code=code, clause="BJ-26-5")


@transaction.atomic
def plan_record(*, actor, case, barriers: str, causes, measures: str, stages, actions=(), person_agreed: bool,
                agreement_note: str, reason: str = "", made_on: dt.date | None = None, now=None) -> PlanVersion:
    """BJ-26-5, BJ-26-6: the team and the person draw up the plan from the assessments; BJ-26-8: a revision is a new
    version with its reason, earlier ones kept.  While a consultation is open the version is linked to it and meets
    the plan-revision duty its opinion started (BJ-28-4, BJ-28-7)."""
    made_on = made_on or today(now)
    not_future(on=made_on, now=now, field="made_on")
    consultation = open_consultation_of(case=case)
    _plan_author_check(actor=actor, case=case, consultation=consultation)
    previous = current_plan_of(case=case)
    number = (previous.number if previous else 0) + 1
    rows = _plan_checks(actor=actor, case=case, number=number, consultation=consultation, now=now, data={
        "barriers": barriers, "causes": list(causes or []), "measures": measures, "stages": stages, "actions": actions,
        "person_agreed": person_agreed, "agreement_note": agreement_note, "reason": reason})
    revising = consultation is not None and open_duties_for_subject(subject=consultation,
                                                                    kind=duty_kinds.PLAN_REVISION).exists()
    plan = PlanVersion.objects.create(
        case=case, number=number, barriers=barriers.strip(), causes=list(causes), measures=measures.strip(),
        stages=rows["stages"], actions=rows["actions"], person_agreed=True, agreement_note=agreement_note.strip(),
        reason=(reason or "").strip(), consultation=consultation if revising else None, made_on=made_on,
        unit=case.unit, staff=actor)
    event = audit(actor=actor, obj=plan, unit=case.unit, action="create", clause="BJ-26-8" if number > 1 else "BJ-26-5",
                  now=now, after={"version": number, "consultation": getattr(plan.consultation, "pk", None)})
    case_ledger_add(actor=actor, case=case, section="guidance",
                    service_type="assistance_plan_revision" if number > 1 else "assistance_plan", occurred_on=made_on,
                    summary=(_("修改就业援助方案和行动计划（第%(n)s版）") if number > 1 else _("制定就业援助方案和行动计划（第%(n)s版）"))
                    % {"n": number}, outcome=plan.reason, clause="BJ-32-5", content={"plan": plan.pk}, now=now)
    if case.status == CaseStatus.ASSESSED:
        case_move(case=case, to=CaseStatus.IN_SERVICE, actor=actor, clause="BJ-23-7", now=now)
    if revising:
        duties_fulfil_for_subject(actor=actor, subject=consultation, kind=duty_kinds.PLAN_REVISION, on=made_on,
                                  event=event, now=now)
    return plan


@transaction.atomic
def stage_review_record(*, actor, plan: PlanVersion, stage: int, status: str, reviewed_on: dt.date | None = None,
                        note: str = "", now=None) -> StageReview:
    """BJ-26-9: whether a stage goal was achieved, with date; it drives the next services."""
    reviewed_on = reviewed_on or today(now)
    errors = {}
    if status not in StageStatus.values:
        errors["status"] = [_("请选择达成情况。")]
    if not 0 <= stage < len(plan.stages):
        errors["stage"] = [_("请选择阶段。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-26-9", code=CommonErrorCode.INVALID)
    not_future(on=reviewed_on, now=now, field="reviewed_on")
    review = StageReview.objects.create(plan=plan, stage=stage, status=status, reviewed_on=reviewed_on,
                                        note=(note or "").strip(), unit=plan.unit, staff=actor)
    audit(actor=actor, obj=review, unit=plan.unit, action="create", clause="BJ-26-9", now=now,
          after={"plan": plan.pk, "stage": stage, "status": status})
    case_ledger_add(actor=actor, case=plan.case, section="guidance", service_type="assistance_stage_review",
                    occurred_on=reviewed_on, clause="BJ-32-5", outcome=review.note, contact=False,
                    summary=_("阶段目标“%(g)s”：%(s)s") % {"g": plan.stages[stage]["goal"], "s": review.get_status_display()},
                    content={"plan": plan.pk, "stage": stage}, now=now)
    return review
