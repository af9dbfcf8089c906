"""Recording a recommendation's outcome, without the employment consequence (BJ-16-1, BJ-41-1, BJ-30-8).

`recommendation_outcome_record` (outcomes.py) adds the move to employed on a hire; the job-seeker
employment service calls `recommendations_close_for_job_seeker` from here, so the two never import
each other."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import today
from careerguide.duties.services import duties_fulfil_for_subject, transition

from .. import rules
from ..duty_kinds import EMPLOYER_OUTCOME, JOB_SEEKER_OUTCOME
from ..error_codes import MatchingErrorCode
from ..models import Recommendation
from ..states import OUTCOME_TRANSITIONS, Direction, Outcome
from .ledger_entries import employer_ledger_add, personal_ledger_add


def duty_kind_of(*, rec: Recommendation) -> str:
    return EMPLOYER_OUTCOME if rec.direction == Direction.TO_EMPLOYER else JOB_SEEKER_OUTCOME


def _clean(rec, outcome: str, on: dt.date, reason_code: str, now) -> dict:
    errors: dict = {}
    if outcome not in Outcome.values or outcome == Outcome.PENDING:
        errors["outcome"] = [_("请选择推荐结果。")]
    if on > today(now):
        errors["outcome_on"] = [_("结果日期不能晚于今天。")]
    if on < rec.recommended_on:
        errors["outcome_on"] = [_("结果日期不能早于推荐日期。")]
    if outcome == Outcome.NOT_HIRED and reason_code not in rules.NOT_HIRED_REASONS:
        errors["not_hired_reason"] = [_("未录用的，必须选择未录用原因（区分本人原因和非本人原因）。")]
    if outcome != Outcome.NOT_HIRED and reason_code:
        errors["not_hired_reason"] = [_("只有未录用的结果需要填写未录用原因。")]
    return errors


@transaction.atomic
def outcome_apply(*, actor, rec: Recommendation, outcome: str, on: dt.date | None = None, reason_code: str = "",
                  note: str = "", unit=None, now=None) -> Recommendation:
    """Move the recommendation to its outcome through `transition()`, fulfil the follow-up duty on the first
    result, and write the outcome to the person's and the employer's ledgers."""
    now = now or timezone.now()
    on = on or today(now)
    unit = unit or getattr(actor, "unit", None) or rec.unit
    rec = Recommendation.objects.select_for_update().get(pk=rec.pk)
    errors = _clean(rec, outcome, on, reason_code, now)
    if errors:
        if "not_hired_reason" in errors:
            raise DomainError(field_errors=errors, clause="BJ-30-8", code=MatchingErrorCode.REASON_REQUIRED)
        raise DomainError(field_errors=errors, clause="BJ-16-1", code=CommonErrorCode.INVALID)
    first_result = rec.status == Outcome.PENDING
    clause = "BJ-41-1" if rec.direction == Direction.TO_EMPLOYER else "BJ-16-1"
    rec.outcome_on, rec.outcome_note, rec.outcome_recorded_by = on, (note or "").strip()[:300], actor
    if outcome == Outcome.NOT_HIRED:
        rec.not_hired_reason, rec.person_attributable = reason_code, rules.not_hired_attribution(reason_code)
    rec.save(update_fields=["outcome_on", "outcome_note", "outcome_recorded_by", "not_hired_reason",
                            "person_attributable", "updated_at"])
    event = transition(obj=rec, to=outcome, actor=actor, table=OUTCOME_TRANSITIONS, unit=unit, clause=clause,
                       reason=rec.outcome_note, milestone_field="status_changed_at", now=now)
    if first_result:
        duties_fulfil_for_subject(actor=actor, subject=rec, kind=duty_kind_of(rec=rec), on=on, event=event, now=now)
    label = rec.get_status_display()
    if outcome == Outcome.NOT_HIRED:
        text, attributable = rules.NOT_HIRED_REASONS[reason_code]
        label = _("%(l)s（%(r)s，%(a)s）") % {"l": label, "r": text, "a": _("本人原因") if attributable else _("非本人原因")}
    title = (rec.vacancy.published_version or rec.vacancy.latest_version).title
    content = {"recommendation": rec.pk, "outcome": outcome, "not_hired_reason": rec.not_hired_reason,
               "person_attributable": rec.person_attributable, "contact": False}
    personal_ledger_add(actor=actor, job_seeker=rec.job_seeker, unit=unit, service_type="recommendation_outcome",
                        occurred_on=on, summary=_("匹配推荐结果：%(e)s“%(t)s”") % {"e": rec.employer.name, "t": title},
                        outcome=f"{label} {rec.outcome_note}".strip(), content=content, clause=clause, now=now)
    employer_ledger_add(actor=actor, employer=rec.employer, unit=unit,
                        section="fulfilment", service_type="recommendation_outcome", occurred_on=on,
                        summary=_("推荐人选结果（推荐编号R%(n)06d）：岗位“%(t)s”") % {"n": rec.pk, "t": title},
                        outcome=label, content=content, clause=clause, now=now)
    return rec


@transaction.atomic
def recommendations_close_for_job_seeker(*, actor, job_seeker, reason: str, keep=None, unit=None, now=None) -> int:
    """Withdraw every open recommendation of a person (BJ-16-2: archived persons leave active matching)."""
    closed = 0
    qs = Recommendation.objects.filter(job_seeker=job_seeker, status__in=(Outcome.PENDING, Outcome.INTERVIEWED))
    if keep is not None:
        qs = qs.exclude(pk=keep.pk)
    for rec in qs.select_related("vacancy__published_version", "vacancy__latest_version", "employer", "job_seeker"):
        outcome_apply(actor=actor, rec=rec, outcome=Outcome.WITHDRAWN, note=reason, unit=unit, now=now)
        closed += 1
    return closed
