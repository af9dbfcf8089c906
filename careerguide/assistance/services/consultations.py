"""Expert consultation (BJ-28) and the welfare-post eligibility check (BJ-30-1, BJ-30-2)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.audit.services import audit_record
from careerguide.common.errors import DomainError
from careerguide.duties.services import duty_schedule
from careerguide.matching.selectors import failed_recommendation_events, latest_readiness

from .. import duty_kinds
from ..models import AssistanceCase, ExpertConsultation
from ..rules import Decision, expert_consultation_decision, welfare_referral_decision
from .cases import active_agreement_of, responsible_case_worker
from .common import ledger, policy, today, workday_spec


def _job_ready(case) -> bool:
    readiness = latest_readiness(job_seeker=case.job_seeker)
    return bool(readiness and readiness.job_ready)


def consultation_eligibility(case: AssistanceCase, *, on: dt.date) -> Decision:
    """BJ-28-1, BJ-28-9: failed recommendation events within the current episode (since its first agreement)."""
    failed = (failed_recommendation_events(job_seeker=case.job_seeker, since=case.episode_started_on)
              if case.episode_started_on else 0)
    return expert_consultation_decision(
        has_active_agreement=active_agreement_of(case.job_seeker) is not None, job_ready=_job_ready(case),
        failed_recommendations=failed,
        min_failed=policy("bj.expert_consultation_min_failed_recommendations", unit=case.unit, on=on))


@transaction.atomic
def consultation_request(*, actor, case: AssistanceCase, issues: str, now=None) -> ExpertConsultation:
    """BJ-28-1, BJ-28-2: only the responsible case worker files it, to the next-higher-level agency."""
    on = today(now)
    if responsible_case_worker(case, on) != actor:
        raise DomainError(_("只有该求职者的援助专员可以申请专家会诊。"), clause="BJ-28-2", code="not_case_worker")
    if not (issues or "").strip():
        raise DomainError(field_errors={"issues": [_("请填写需会诊的疑难问题。")]}, clause="BJ-28-4")
    decision = consultation_eligibility(case, on=on)
    if not decision.allowed:
        raise DomainError("；".join(decision.reasons), clause=decision.clause, code="not_eligible")
    failed = failed_recommendation_events(job_seeker=case.job_seeker, since=case.episode_started_on)
    row = ExpertConsultation.objects.create(case=case, unit=case.unit, higher_unit=case.unit.parent, requested_on=on,
                                            requested_by=actor, failed_recommendations=failed, issues=issues.strip())
    audit_record(actor=actor, obj=row, unit=case.unit, action="create", clause="BJ-28-2", now=now,
                 after={"higher_unit": row.higher_unit_id, "failed": failed})
    ledger(actor=actor, case=case, section="guidance", service_type="expert_consultation_request", occurred_on=on,
           summary=_("申请专家会诊（上一级：%(u)s）") % {"u": row.higher_unit.name}, clause="BJ-32-5",
           content={"consultation": row.pk}, now=now)
    return row


@transaction.atomic
def consultation_opinion_record(*, actor, consultation: ExpertConsultation, opinion: str, opinion_on=None,
                                now=None) -> ExpertConsultation:
    """BJ-28-4, BJ-28-7: the panel's opinion starts the 5-working-day plan-revision duty of the case worker."""
    on = opinion_on or today(now)
    if not (opinion or "").strip():
        raise DomainError(field_errors={"opinion": [_("请填写专家小组意见和建议。")]}, clause="BJ-28-4")
    if on > today(now):
        raise DomainError(field_errors={"opinion_on": [_("日期不能晚于今天。")]})
    consultation.opinion, consultation.opinion_on = opinion.strip(), on
    consultation.save(update_fields=["opinion", "opinion_on", "updated_at"])
    event = audit_record(actor=actor, obj=consultation, unit=consultation.unit, action="update", clause="BJ-28-4",
                         now=now, after={"opinion_on": on})
    case = consultation.case
    duty_schedule(actor=actor, subject=consultation, created_by_event=event, now=now, spec=workday_spec(
        kind=duty_kinds.PLAN_REVISION, title=_("根据专家意见修订援助方案：%(n)s") % {"n": case.job_seeker.full_name},
        clause="BJ-28-7", key="bj.plan_revision_after_expert_opinion_workdays", trigger=on, unit=case.unit,
        assignee=responsible_case_worker(case, on), link=f"/assistance/{case.pk}/"))
    ledger(actor=actor, case=case, section="guidance", service_type="expert_consultation_opinion", occurred_on=on,
           summary=_("专家小组会诊意见"), outcome=opinion.strip(), clause="BJ-32-5", now=now)
    return consultation


def welfare_eligibility(case: AssistanceCase, *, on: dt.date, obligations_attested: bool,
                        placement_criteria_met: bool) -> Decision:
    """BJ-30-1, BJ-30-2, BJ-30-8: ≥6 months since the episode's first agreement, ≥5 non-attributable failures."""
    failed = (failed_recommendation_events(job_seeker=case.job_seeker, since=case.episode_started_on, non_attributable_only=True)
              if case.episode_started_on else 0)
    return welfare_referral_decision(
        episode_started_on=case.episode_started_on, today=on,
        min_months=policy("bj.welfare_post_min_service_months", unit=case.unit, on=on),
        obligations_attested=obligations_attested, job_ready=_job_ready(case), failed_non_attributable=failed,
        min_failed=policy("bj.welfare_post_min_failed_recommendations", unit=case.unit, on=on),
        placement_criteria_met=placement_criteria_met)
