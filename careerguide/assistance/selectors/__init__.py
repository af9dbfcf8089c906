"""Reads of chapter 3, always scoped by visible_to (404 outside the actor's jurisdiction)."""
from __future__ import annotations

import datetime as dt

from django.db.models import Q

from careerguide.accounts.selectors import staff_of_unit_tree
from careerguide.common.errors import NotFound
from careerguide.matching.selectors import latest_readiness
from careerguide.organisations.scoping import visible_to

from ..models import (
    AssistanceAgreement,
    AssistanceCase,
    CaseWorkerAssignment,
    ExpertConsultation,
    FollowUp,
    JobStart,
    PlanVersion,
    Programme,
    TeamMember,
    Termination,
    Transfer,
    WelfareReferral,
)
from ..states import OPEN_CASE_STATUSES, AgreementStatus, ConsultationStatus, TerminationStatus, TransferStatus


def _get(qs, pk):
    row = qs.filter(pk=pk).first()
    if row is None:
        raise NotFound()
    return row


def assistance_case_list(*, actor, status: str = ""):
    qs = visible_to(actor, AssistanceCase.objects.select_related("job_seeker", "unit"))
    return qs.filter(status=status) if status else qs


def assistance_case_get(*, actor, pk) -> AssistanceCase:
    return _get(assistance_case_list(actor=actor), pk)


def cases_of(*, job_seeker):
    """Every case of the person, newest first (the episodes of BJ-13-9 and open question 31)."""
    return job_seeker.assistance_cases.order_by("-opened_on", "-pk")


def open_case_of(*, job_seeker) -> AssistanceCase | None:
    return job_seeker.assistance_cases.filter(status__in=OPEN_CASE_STATUSES).order_by("-pk").first()


def active_agreement_of(*, job_seeker) -> AssistanceAgreement | None:
    return AssistanceAgreement.objects.filter(job_seeker=job_seeker, status=AgreementStatus.ACTIVE).first()


def current_assignment_of(*, case) -> CaseWorkerAssignment | None:
    return case.assignments.filter(ended_on__isnull=True).first()


def responsible_case_worker(*, case, on: dt.date):
    """BJ-5-1: the case worker responsible on a given date (None if nobody)."""
    row = (case.assignments.filter(started_on__lte=on).exclude(ended_on__lt=on).order_by("-started_on", "-pk")
           .select_related("worker").first())
    return row.worker if row else None


def current_job_start_of(*, case) -> JobStart | None:
    return case.job_starts.filter(left_on__isnull=True).first()


def last_reached_follow_up(*, case) -> FollowUp | None:
    return case.follow_ups.filter(reached=True).order_by("-occurred_on", "-pk").first()


def job_ready_now(*, case) -> bool:
    """The person's current job-readiness assessment (BJ-15-1), read by BJ-26-7, BJ-28-1 and BJ-30-1(d)."""
    readiness = latest_readiness(job_seeker=case.job_seeker)
    return bool(readiness and readiness.job_ready)


def current_plan_of(*, case) -> PlanVersion | None:
    return case.plans.order_by("-number").first()


def current_team_of(*, case):
    """BJ-26-1: the members serving now besides the case worker."""
    return case.team.filter(ended_on__isnull=True).select_related("member", "unit")


def open_consultation_of(*, case) -> ExpertConsultation | None:
    return case.consultations.filter(status=ConsultationStatus.OPEN).first()


def follow_up_get(*, actor, pk) -> FollowUp:
    return _get(visible_to(actor, FollowUp.objects.select_related("case", "case__job_seeker")), pk)


def consultation_get(*, actor, pk) -> ExpertConsultation:
    return _get(visible_to(actor, ExpertConsultation.objects.select_related("case", "case__job_seeker", "higher_unit")),
                pk)


def programme_get(*, actor, pk) -> Programme:
    return _get(visible_to(actor, Programme.objects.select_related("case", "case__job_seeker")), pk)


def referral_get(*, actor, pk) -> WelfareReferral:
    return _get(visible_to(actor, WelfareReferral.objects.select_related("case", "case__job_seeker")), pk)


def plan_get(*, actor, pk) -> PlanVersion:
    return _get(visible_to(actor, PlanVersion.objects.select_related("case", "case__job_seeker")), pk)


def team_member_get(*, actor, pk) -> TeamMember:
    return _get(visible_to(actor, TeamMember.objects.select_related("case", "member")), pk)


def transfer_list(*, actor):
    """Transfers leaving or entering the actor's jurisdiction (the receiving street sees its incoming ones)."""
    qs = Transfer.objects.select_related("case__job_seeker", "from_unit", "to_unit", "from_unit__parent")
    unit = getattr(actor, "unit", None)
    if unit is None or not getattr(actor, "is_staff_member", False):
        return qs.none()
    return qs.filter(Q(from_unit__path__startswith=unit.path) | Q(to_unit__path__startswith=unit.path))


def transfer_get(*, actor, pk) -> Transfer:
    return _get(transfer_list(actor=actor), pk)


def transfers_awaiting(*, actor):
    """BJ-24-3: applications waiting for the actor's level: submitted ones at the district of the sending street,
    forwarded ones at the city."""
    unit = actor.unit
    if unit.level == "district":
        return transfer_list(actor=actor).filter(status=TransferStatus.SUBMITTED, from_unit__parent=unit)
    if unit.level == "city":
        return transfer_list(actor=actor).filter(status=TransferStatus.FORWARDED)
    return Transfer.objects.none()


def termination_list(*, actor):
    return visible_to(actor, Termination.objects.select_related("case__job_seeker", "verified_by", "follow_up"))


def termination_get(*, actor, pk) -> Termination:
    return _get(termination_list(actor=actor), pk)


def terminations_awaiting(*, actor):
    """BJ-29-1: terminations verified by a case worker and waiting for the street/township's approval."""
    return termination_list(actor=actor).filter(status=TerminationStatus.PENDING, unit=actor.unit)


def unwilling_statements_of(*, case):
    """BJ-29-3: the reached follow-ups in which the person explicitly said no."""
    return case.follow_ups.filter(reached=True, unwilling_statement=True)


def ended_programmes_of(*, case):
    return case.programmes.filter(ended_on__isnull=False)


def panel_candidates(*, consultation):
    """BJ-28-4: guidance officers of the requesting street/township and of the higher-level agency."""
    return staff_of_unit_tree(unit=consultation.higher_unit, roles=("counsellor", "case_worker")).filter(
        unit__in=[consultation.unit_id, consultation.higher_unit_id])


def fresh_job_seeker(*, case):
    """The case's person as stored now (another service may have moved their status in this transaction)."""
    case.job_seeker.refresh_from_db()
    return case.job_seeker
