"""Commendations, provincial awards with quotas, evaluation and appraisal (SD-19-2, SD-20-*, SD-21-*)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, refuse, require_in_jurisdiction
from careerguide.duties.services import transition
from careerguide.policy.selectors import policy_snapshot

from ..error_codes import WorkforceErrorCode
from ..models import AppraisalCycle, AppraisalScheme, Award, AwardRound, Commendation, Counsellor, Evaluation
from ..permissions import can_record_provincial_awards
from ..rules import shandong as sd
from ..states import APPRAISAL_TRANSITIONS, AWARD_ROUND_TRANSITIONS, AppraisalStatus, AwardRoundStatus

COMMENDATION_REASONS = ("workforce_building", "employment_contribution")  # SD-20-1
CANDIDATE_KINDS = {"gold_studio": {"studio"}, "golden_course": {"course"}, "guidance_star": {"individual"}}  # SD-20-3


@transaction.atomic
def commendation_record(*, actor, unit, recipient_type: str, reasons: list[str], authority: str, issued_on,
                        document_number: str, counsellor=None, group_name: str = "", now=None) -> Commendation:
    """SD-20-1: group or individual, one or both reasons, with the issuing authority and document number."""
    require_in_jurisdiction(actor=actor, unit=unit)
    if not reasons or any(r not in COMMENDATION_REASONS for r in reasons):
        refuse(_("请选择表扬事由。"), code=CommonErrorCode.REQUIRED, clause="SD-20-1", field="reasons")
    if recipient_type == "individual" and counsellor is None or recipient_type == "group" and not group_name.strip():
        refuse(_("个人表扬须选择人员，团体表扬须填写团体名称。"), code=CommonErrorCode.REQUIRED, clause="SD-20-1")
    if not document_number.strip():
        refuse(_("请填写文号。"), code=CommonErrorCode.REQUIRED, clause="SD-20-1", field="document_number")
    row = Commendation.objects.create(unit=unit, recipient_type=recipient_type, reasons=list(dict.fromkeys(reasons)),
                                      authority=authority, issued_on=issued_on, document_number=document_number,
                                      counsellor=counsellor, group_name=group_name)
    audit(actor=actor, obj=row, unit=unit, action="create", clause="SD-20-1", now=now,
          after={"recipient_type": recipient_type, "reasons": row.reasons, "document_number": document_number})
    return row


@transaction.atomic
def award_round_create(*, actor, unit, title: str, year: int, allow_stations_corners: bool = False, now=None) -> AwardRound:
    if not can_record_provincial_awards(actor):
        refuse(_("职业指导金牌工作室、金课、之星由全省评定。"), code=CommonErrorCode.FORBIDDEN, clause="SD-20-2")
    require_in_jurisdiction(actor=actor, unit=unit)
    rnd = AwardRound.objects.create(unit=unit, title=title, year=year, allow_stations_corners=allow_stations_corners)
    audit(actor=actor, obj=rnd, unit=unit, action="create", clause="SD-20-4", now=now,
          after={"title": title, "year": year})
    return rnd


@transaction.atomic
def award_round_advance(*, actor, rnd: AwardRound, to: str, now=None) -> AwardRound:
    """SD-20-4: call_issued → nominations → expert_review → publicity → awarded."""
    transition(obj=rnd, to=to, actor=actor, table=AWARD_ROUND_TRANSITIONS, unit=rnd.unit, clause="SD-20-4",
               milestone_field="status_changed_at", now=now)
    return rnd


def awards_counted(*, title: str, start: dt.date, end: dt.date) -> int:
    """SD-20-2: awards under this opinion in the period, province-wide (all units)."""
    return Award.objects.filter(title=title, basis_is_opinion=True, awarded_on__range=(start, end)).count()


@transaction.atomic
def award_confer(*, actor, rnd: AwardRound, unit, candidate_kind: str, candidate_key: str, candidate_label: str,
                 awarded_on, counsellor: Counsellor | None = None, override_reference: str = "", now=None) -> Award:
    """SD-20-2 to SD-20-4: candidate type, once per period, the provincial quota with override."""
    if not can_record_provincial_awards(actor):
        refuse(_("职业指导金牌工作室、金课、之星由全省评定。"), code=CommonErrorCode.FORBIDDEN, clause="SD-20-2")
    if rnd.status != AwardRoundStatus.PUBLICITY:
        refuse(_("公示结束前不能确定评定结果。"), code=WorkforceErrorCode.WRONG_STAGE, clause="SD-20-4")
    allowed = set(CANDIDATE_KINDS[rnd.title])
    if rnd.title == "gold_studio" and rnd.allow_stations_corners:
        allowed |= {"station", "corner"}
    if candidate_kind not in allowed:
        refuse(_("该对象类型不能参评此称号。"), code=WorkforceErrorCode.NOT_ELIGIBLE, clause="SD-20-3")
    if rnd.title == "guidance_star" and counsellor is None:
        refuse(_("职业指导之星须为职业指导人员个人。"), code=WorkforceErrorCode.NOT_ELIGIBLE, clause="SD-20-3")
    if counsellor is not None:
        candidate_key = f"counsellor:{counsellor.pk}"
    if Award.objects.filter(title=rnd.title, candidate_key=candidate_key).exists():
        refuse(_("同一对象在“十四五”期间只能获得一次该称号。"), code=WorkforceErrorCode.ALREADY_AWARDED, clause="SD-20-4")
    p = policy_snapshot(unit=rnd.unit, on=awarded_on)
    start = dt.date.fromisoformat(p["sd.target_period_start"])
    end = dt.date.fromisoformat(p["sd.target_period_end"])
    if not sd.in_target_period(awarded_on, start=start, end=end):
        refuse(_("评定日期不在“十四五”期间。"), code=WorkforceErrorCode.OUTSIDE_PERIOD, clause="SD-G-8")
    decision = sd.quota_check(awarded_so_far=awards_counted(title=rnd.title, start=start, end=end),
                              quota=p[sd.QUOTA_KEYS[rnd.title]],
                              override_reference=override_reference)
    if not decision.ok:
        refuse(decision.reasons[0], code=WorkforceErrorCode.NOT_ELIGIBLE, clause="SD-20-2")
    award = Award.objects.create(round=rnd, title=rnd.title, unit=unit, candidate_kind=candidate_kind,
                                 candidate_key=candidate_key, candidate_label=candidate_label, counsellor=counsellor,
                                 awarded_on=awarded_on, override_reference=override_reference.strip())
    audit(actor=actor, obj=award, unit=unit, action="create", clause="SD-20-2", now=now,
          reason="；".join(decision.warnings),
          after={"title": rnd.title, "candidate": candidate_key, "override_reference": award.override_reference})
    return award


@transaction.atomic
def evaluation_record(*, actor, counsellor: Counsellor, source: str, year: int, integrity, ability, performance,
                      contribution, evaluator_label: str = "", comment: str = "", now=None) -> Evaluation:
    """SD-21-1, SD-21-2, SD-21-4: four dimensions 0–100 from one source; nobody evaluates themselves."""
    if counsellor.user_id and counsellor.user_id == getattr(actor, "pk", None):
        refuse(_("不能评价自己。"), code=CommonErrorCode.FORBIDDEN, clause="SD-21-4")
    scores = {"integrity": integrity, "ability": ability, "performance": performance, "contribution": contribution}
    for name, value in scores.items():
        if value is None or not Decimal(0) <= Decimal(value) <= Decimal(100):
            refuse(_("评分须在0至100之间。"), code=CommonErrorCode.INVALID, clause="SD-21-2", field=name)
    row = Evaluation.objects.create(counsellor=counsellor, source=source, year=year, evaluator=actor,
                                    evaluator_label=evaluator_label or str(actor), comment=comment, **scores)
    audit(actor=actor, obj=row, unit=counsellor.unit, action="create", clause="SD-21-2", now=now,
          after={"source": source, "year": year})
    return row


@transaction.atomic
def appraisal_scheme_create(*, actor, unit, name: str, indicators: list[dict], period: str, evaluators: str,
                            now=None) -> AppraisalScheme:
    """SD-19-2: indicators with weights summing to 100."""
    require_in_jurisdiction(actor=actor, unit=unit)
    total = sum(Decimal(str(i.get("weight", 0))) for i in indicators)
    if not indicators or total != 100:
        refuse(_("考核指标权重合计须为100。"), code=CommonErrorCode.INVALID, clause="SD-19-2", field="indicators")
    scheme = AppraisalScheme.objects.create(unit=unit, name=name, indicators=indicators, period=period,
                                            evaluators=evaluators)
    audit(actor=actor, obj=scheme, unit=unit, action="create", clause="SD-19-2", now=now,
          after={"name": name, "indicators": indicators})
    return scheme


@transaction.atomic
def appraisal_open(*, actor, scheme: AppraisalScheme, counsellor: Counsellor, period_label: str, now=None) -> AppraisalCycle:
    require_in_jurisdiction(actor=actor, unit=counsellor.unit)
    cycle = AppraisalCycle.objects.create(scheme=scheme, counsellor=counsellor, period_label=period_label)
    audit(actor=actor, obj=cycle, unit=counsellor.unit, action="create", clause="SD-19-2", now=now,
          after={"period": period_label})
    return cycle


@transaction.atomic
def appraisal_advance(*, actor, cycle: AppraisalCycle, to: str, self_report: str = "", scores: dict | None = None,
                      now=None) -> AppraisalCycle:
    """SD-19-2: open → self_report → assessment → result_notified → closed; the result is the weighted indicator score."""
    if to == AppraisalStatus.ASSESSMENT and not (self_report or cycle.self_report).strip():
        refuse(_("请先填写个人述职。"), code=CommonErrorCode.REQUIRED, clause="SD-19-2", field="self_report")
    if self_report:
        cycle.self_report = self_report
    if to == AppraisalStatus.RESULT_NOTIFIED:
        names = [i["name"] for i in cycle.scheme.indicators]
        if not scores or set(scores) != set(names):
            refuse(_("请为每项考核指标评分。"), code=CommonErrorCode.REQUIRED, clause="SD-19-2", field="scores")
        cycle.scores = {k: str(v) for k, v in scores.items()}
        cycle.result = sum(Decimal(str(scores[i["name"]])) * Decimal(str(i["weight"])) / 100 for i in cycle.scheme.indicators)
    cycle.save(update_fields=["self_report", "scores", "result", "updated_at"])
    transition(obj=cycle, to=to, actor=actor, table=APPRAISAL_TRANSITIONS, unit=cycle.counsellor.unit, clause="SD-19-2",
               milestone_field="status_changed_at", now=now)
    return cycle


@transaction.atomic
def appraisal_comment(*, actor, cycle: AppraisalCycle, comment: str, now=None) -> AppraisalCycle:
    """SD-19-2: the appraised counsellor sees the result and its basis and may add a comment."""
    if cycle.counsellor.user_id != getattr(actor, "pk", None):
        refuse(_("只有被考核人本人可以填写意见。"), code=CommonErrorCode.FORBIDDEN, clause="SD-19-2")
    if cycle.status != AppraisalStatus.RESULT_NOTIFIED:
        refuse(_("结果告知后方可填写意见。"), code=WorkforceErrorCode.WRONG_STAGE, clause="SD-19-2")
    cycle.counsellor_comment = comment
    cycle.save(update_fields=["counsellor_comment", "updated_at"])
    audit(actor=actor, obj=cycle, unit=cycle.counsellor.unit, action="update", clause="SD-19-2", now=now,
          after={"comment": comment})
    return cycle
