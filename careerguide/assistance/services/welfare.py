"""Referral to a public-welfare post, the safety-net placement, its end and a new episode after an unsuccessful
placement (BJ-30-1 to BJ-30-7, open question 31)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, policy_number, refuse, refuse_forbidden, require_text, today
from careerguide.duties.selectors import open_duties_for_subject
from careerguide.duties.services import DutySpec, duty_cancel, duty_fulfil, duty_schedule
from careerguide.job_seekers.services.exits import job_seeker_archive
from careerguide.job_seekers.states import JobSeekerStatus
from careerguide.matching.selectors import failed_recommendation_events, latest_readiness

from .. import duty_kinds
from ..choices import PlacementOutcome
from ..error_codes import AssistanceErrorCode
from ..models import AssistanceCase, WelfareReferral
from ..permissions import can_serve_assistance
from ..rules import Decision, welfare_referral_decision
from ..selectors import active_agreement_of, current_assignment_of, fresh_job_seeker, job_ready_now
from ..states import CaseStatus, TerminationReason
from .case_ledger import case_ledger_add
from .cases import agreement_terminate, case_create, case_end, case_move
from .consultations import consultations_close_for_case
from .followups import not_future


def _failed(case, on) -> int:
    if case.episode_started_on is None:
        return 0
    return failed_recommendation_events(job_seeker=case.job_seeker, since=case.episode_started_on, non_attributable_only=True)


def welfare_eligibility(*, case: AssistanceCase, on: dt.date, obligations_attested: bool,
                        placement_criteria_met: bool) -> Decision:
    """BJ-30-1, BJ-30-2, BJ-30-8: ≥6 months since the episode's first agreement, ≥5 non-attributable failures."""
    return welfare_referral_decision(
        episode_started_on=case.episode_started_on, today=on,
        min_months=policy_number("bj.welfare_post_min_service_months", unit=case.unit, on=on),
        obligations_attested=obligations_attested, job_ready=job_ready_now(case=case),
        failed_non_attributable=_failed(case, on),
        min_failed=policy_number("bj.welfare_post_min_failed_recommendations", unit=case.unit, on=on),
        placement_criteria_met=placement_criteria_met)


def _evidence(case, on, *, obligations_evidence, criteria_document) -> dict:
    """BJ-30-3: the evidence for each condition (a)–(f); (c) and (f) are attestations with their documents
    (open question 31)."""
    agreement = active_agreement_of(job_seeker=case.job_seeker)
    readiness = latest_readiness(job_seeker=case.job_seeker)
    return {"a_agreement": {"agreement": getattr(agreement, "pk", None),
                            "signed_on": agreement.signed_on.isoformat() if agreement else None},
            "b_episode_started_on": case.episode_started_on.isoformat() if case.episode_started_on else None,
            "c_obligations": obligations_evidence,
            "d_job_ready": {"assessment": getattr(readiness, "pk", None),
                            "assessed_on": readiness.assessed_on.isoformat() if readiness else None},
            "e_failed_non_attributable": _failed(case, on), "f_placement_criteria": criteria_document}


@transaction.atomic
def welfare_refer(*, actor, case: AssistanceCase, organisation: str, obligations_attested: bool,
                  obligations_evidence: str, placement_criteria_met: bool, criteria_document: str,
                  referred_on: dt.date | None = None, now=None) -> WelfareReferral:
    """BJ-30-1 to BJ-30-3: the street/township may refer an eligible person, from the first eligible day on
    (not the day before), recording the organisation, date, staff member and the evidence of each condition."""
    on = referred_on or today(now)
    not_future(on=on, now=now, field="referred_on")
    if not can_serve_assistance(actor) or actor.unit_id != case.unit_id:
        refuse_forbidden(clause="BJ-30-3", message=_("由本街道（乡镇）公共就业服务机构推荐。"))
    organisation = require_text(organisation, field="organisation", label=_("社会公益性就业组织"), clause="BJ-30-3")
    errors = {}
    if obligations_attested and not (obligations_evidence or "").strip():
        errors["obligations_evidence"] = [_("请注明积极履行约定义务的台账依据。")]
    if placement_criteria_met and not (criteria_document or "").strip():
        errors["criteria_document"] = [_("请填写符合公益性岗位安置条件的文件依据。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-30-1", code=CommonErrorCode.REQUIRED)
    decision = welfare_eligibility(case=case, on=on, obligations_attested=obligations_attested,
                                   placement_criteria_met=placement_criteria_met)
    if not decision.allowed:
        refuse("；".join(decision.reasons), code=AssistanceErrorCode.NOT_ELIGIBLE, clause=decision.clause)
    evidence = _evidence(case, on, obligations_evidence=obligations_evidence.strip(),
                         criteria_document=criteria_document.strip())
    referral = WelfareReferral.objects.create(case=case, unit=case.unit, organisation=organisation, referred_on=on,
                                              staff=actor, evidence=evidence)
    audit(actor=actor, obj=referral, unit=case.unit, action="create", clause="BJ-30-3", now=now, after=evidence)
    case_ledger_add(actor=actor, case=case, section="other", service_type="welfare_referral", occurred_on=on,
                    summary=_("推荐至社会公益性就业组织：%(o)s") % {"o": organisation}, clause="BJ-30-3",
                    content={"referral": referral.pk}, now=now)
    return referral


@transaction.atomic
def welfare_place(*, actor, referral: WelfareReferral, post: str, placed_on: dt.date, placement_ends_on: dt.date,
                  now=None) -> WelfareReferral:
    """BJ-30-4: the agreement terminates on the placement date; BJ-30-5: the case worker and the ledger stay
    (welfare_placed); BJ-30-7: the review task opens a set number of days before the placement ends."""
    not_future(on=placed_on, now=now, field="placed_on")
    post = require_text(post, field="post", label=_("安置岗位"), clause="BJ-30-6")
    if referral.placed_on is not None or placed_on < referral.referred_on or placement_ends_on <= placed_on:
        refuse(_("安置日期不能早于推荐日期，安置期满日期须晚于安置日期。"), code=CommonErrorCode.INVALID,
               field="placement_ends_on", clause="BJ-30-6")
    case = referral.case
    referral.post, referral.placed_on, referral.placement_ends_on = post, placed_on, placement_ends_on
    referral.save(update_fields=["post", "placed_on", "placement_ends_on", "updated_at"])
    audit(actor=actor, obj=referral, unit=case.unit, action="update", clause="BJ-30-4", now=now,
          after={"post": post, "placed_on": placed_on, "placement_ends_on": placement_ends_on})
    agreement = active_agreement_of(job_seeker=case.job_seeker)
    if agreement is not None:
        agreement_terminate(actor=actor, agreement=agreement, on=placed_on, reason=TerminationReason.WELFARE_PLACEMENT,
                            clause="BJ-30-4", now=now)
    consultations_close_for_case(actor=actor, case=case, on=placed_on, reason=_("公益性岗位托底安置"), now=now)
    case_move(case=case, to=CaseStatus.WELFARE_PLACED, actor=actor, clause="BJ-30-4", now=now)
    days = policy_number("bj.placement_end_review_days", unit=case.unit, on=placed_on)
    review_from = max(placement_ends_on - dt.timedelta(days=days), placed_on)
    duty_schedule(actor=actor, subject=referral, now=now, spec=DutySpec(
        kind=duty_kinds.PLACEMENT_END_REVIEW, clause="BJ-30-7", due_date=placement_ends_on, earliest=review_from,
        remind_on=(review_from,), unit=case.unit, assignee=getattr(current_assignment_of(case=case), "worker", None),
        title=_("托底安置期满复核：%(n)s") % {"n": case.job_seeker.full_name}))
    case_ledger_add(actor=actor, case=case, section="other", service_type="welfare_placement", occurred_on=placed_on,
                    summary=_("托底安置：%(o)s %(p)s（至%(e)s）") % {"o": referral.organisation, "p": post,
                                                            "e": placement_ends_on.isoformat()},
                    clause="BJ-30-6", content={"referral": referral.pk}, now=now)
    return referral


def _review_done(*, actor, referral, on, now) -> None:
    for duty in open_duties_for_subject(subject=referral, kind=duty_kinds.PLACEMENT_END_REVIEW):
        if duty.earliest and on < duty.earliest:
            duty_cancel(actor=actor, duty=duty, reason=_("安置已提前结束。"), now=now)
        else:
            duty_fulfil(actor=actor, duty=duty, on=on, now=now)


@transaction.atomic
def welfare_placement_end(*, actor, referral: WelfareReferral, outcome: str, ended_on: dt.date, resume: bool = False,
                          note: str = "", now=None) -> WelfareReferral:
    """BJ-30-6: market employment during the placement, or the placement expired; BJ-30-7, open question 31: after an
    unsuccessful placement a person who still meets the conditions gets a new case, a new episode whose counters
    start again; otherwise the case closes."""
    not_future(on=ended_on, now=now, field="ended_on")
    case = referral.case
    if case.status != CaseStatus.WELFARE_PLACED or outcome not in PlacementOutcome.values:
        refuse(_("请选择安置结果。"), code=CommonErrorCode.INVALID, field="outcome", clause="BJ-30-6")
    referral.outcome, referral.ended_on, referral.end_note = outcome, ended_on, (note or "").strip()[:300]
    referral.save(update_fields=["outcome", "ended_on", "end_note", "updated_at"])
    audit(actor=actor, obj=referral, unit=case.unit, action="update", clause="BJ-30-6", now=now,
          after={"outcome": outcome, "ended_on": ended_on, "resume": resume})
    _review_done(actor=actor, referral=referral, on=ended_on, now=now)
    case_ledger_add(actor=actor, case=case, section="other", service_type="welfare_placement_end", occurred_on=ended_on,
                    summary=_("托底安置结束：%(o)s") % {"o": PlacementOutcome(outcome).label}, outcome=referral.end_note,
                    clause="BJ-30-6", content={"referral": referral.pk}, now=now)
    if outcome == PlacementOutcome.MARKET_EMPLOYMENT:
        case_end(actor=actor, case=case, to=CaseStatus.CLOSED_EMPLOYED, on=ended_on, agreement_reason=None,
                 clause="BJ-30-5", reason=str(PlacementOutcome(outcome).label), now=now)
        if fresh_job_seeker(case=case).status == JobSeekerStatus.ROUTED_TO_ASSISTANCE:
            job_seeker_archive(actor=actor, job_seeker=case.job_seeker, reason=_("安置期间实现市场就业"),
                               clause="BJ-31-1", now=now)
        return referral
    case_end(actor=actor, case=case, to=CaseStatus.PLACEMENT_ENDED if resume else CaseStatus.CLOSED, on=ended_on,
             agreement_reason=None, clause="BJ-30-7", reason=str(PlacementOutcome(outcome).label), now=now)
    if resume:
        case_create(actor=actor, job_seeker=case.job_seeker, unit=case.unit, trigger=ended_on, clause="BJ-30-7",
                    routing=case.routing, key_group=case.key_group, predecessor=case, now=now)
    return referral
