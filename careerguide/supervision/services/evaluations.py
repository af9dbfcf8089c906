"""Performance evaluation (BJ-55-1): the city evaluates every agency of the city and each district every agency of
its district, with indicators computed from the data; the evaluator grades, comments and publishes."""
from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, now_or, refuse, refuse_forbidden, require_in_jurisdiction, today
from careerguide.duties.services import transition
from careerguide.organisations.levels import UnitLevel

from ..choices import EvaluationGrade
from ..error_codes import SupervisionErrorCode
from ..models import EvaluationRow, PerformanceEvaluation
from ..rules import evaluation_period
from ..selectors import performance_indicators
from ..states import EVALUATION_TRANSITIONS, EvaluationStatus


def _period(*, year: int, quarter: int | None, on):
    try:
        start, end = evaluation_period(year, quarter)
    except ValueError:
        refuse(_("季度应为1至4。"), code=SupervisionErrorCode.BAD_PERIOD, clause="BJ-55-1", field="quarter")
    if end >= on:
        refuse(_("评估期结束后方可开展评估。"), code=SupervisionErrorCode.BAD_PERIOD, clause="BJ-55-1", field="year")
    return start, end


@transaction.atomic
def evaluation_create(*, actor, year: int, quarter: int | None = None, title: str = "", now=None) -> PerformanceEvaluation:
    """Compute and freeze the indicators of every agency below the actor's (the city or a district) for a year or a
    quarter that has ended (BJ-55-1)."""
    now = now_or(now)
    unit = actor.unit
    if unit is None or unit.level not in (UnitLevel.CITY, UnitLevel.DISTRICT):
        refuse(_("绩效评估由市级机构和区级机构组织。"), code=SupervisionErrorCode.WRONG_LEVEL, clause="BJ-55-1")
    start, end = _period(year=year, quarter=quarter, on=today(now))
    label = _("%(y)s年度") % {"y": year} if quarter is None else _("%(y)s年第%(q)s季度") % {"y": year, "q": quarter}
    title = (title or "").strip() or _("%(u)s%(p)s公共就业服务绩效评估") % {"u": unit.name, "p": label}
    try:
        with transaction.atomic():
            evaluation = PerformanceEvaluation.objects.create(evaluator_unit=unit, title=title[:200], period_start=start,
                                                              period_end=end, created_by=actor)
    except IntegrityError:
        refuse(_("本机构该评估期的绩效评估已存在。"), code=CommonErrorCode.DUPLICATE, clause="BJ-55-1")
    indicators = performance_indicators(unit=unit, start=start, end=end, today=today(now))
    EvaluationRow.objects.bulk_create([EvaluationRow(evaluation=evaluation, unit_id=pk, indicators=values)
                                       for pk, values in indicators.items()])
    audit(actor=actor, obj=evaluation, unit=unit, action="create", clause="BJ-55-1", now=now,
          after={"period_start": start, "period_end": end, "agencies": len(indicators)})
    return evaluation


def _require_evaluator(actor, evaluation) -> None:
    require_in_jurisdiction(actor=actor, unit=evaluation.evaluator_unit)
    if actor.unit_id != evaluation.evaluator_unit_id:
        refuse_forbidden(message=_("由组织评估的机构评定。"), clause="BJ-55-1")
    if evaluation.status != EvaluationStatus.DRAFT:
        refuse(_("评估已发布，不能再修改。"), code=CommonErrorCode.INVALID_TRANSITION, clause="BJ-55-1")


@transaction.atomic
def evaluation_row_grade(*, actor, row: EvaluationRow, grade: str, comment: str = "", now=None) -> EvaluationRow:
    """The evaluator's grade and comment of one agency (BJ-55-1)."""
    row = EvaluationRow.objects.select_for_update().select_related("evaluation", "evaluation__evaluator_unit",
                                                                   "unit").get(pk=row.pk)
    _require_evaluator(actor, row.evaluation)
    if grade not in EvaluationGrade.values:
        raise DomainError(field_errors={"grade": [_("请选择评定等次。")]}, code=CommonErrorCode.REQUIRED, clause="BJ-55-1")
    before = {"grade": row.grade, "comment": row.comment}
    row.grade, row.comment = grade, (comment or "").strip()
    row.save(update_fields=["grade", "comment", "updated_at"])
    audit(actor=actor, obj=row.evaluation, unit=row.unit, action="grade", clause="BJ-55-1", now=now, before=before,
          after={"unit": row.unit_id, "grade": grade, "comment": row.comment})
    return row


@transaction.atomic
def evaluation_publish(*, actor, evaluation: PerformanceEvaluation, summary: str = "", now=None) -> PerformanceEvaluation:
    """Publish the evaluation; each evaluated agency then sees its own result (BJ-55-1)."""
    evaluation = PerformanceEvaluation.objects.select_for_update().select_related("evaluator_unit").get(pk=evaluation.pk)
    _require_evaluator(actor, evaluation)
    evaluation.summary = (summary or "").strip()
    evaluation.save(update_fields=["summary", "updated_at"])
    transition(obj=evaluation, to=EvaluationStatus.PUBLISHED, actor=actor, table=EVALUATION_TRANSITIONS,
               unit=evaluation.evaluator_unit, clause="BJ-55-1", milestone_field="published_at", now=now)
    return evaluation
