"""Reads of chapter 3, always scoped by visible_to (404 outside the actor's jurisdiction)."""
from __future__ import annotations

import datetime as dt

from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import visible_to

from .models import AssistanceAgreement, AssistanceCase, CaseWorkerAssignment, FollowUp, JobStart
from .states import OPEN_CASE_STATUSES, AgreementStatus


def assistance_case_list(*, actor, status: str = ""):
    qs = visible_to(actor, AssistanceCase.objects.select_related("job_seeker", "unit"))
    return qs.filter(status=status) if status else qs


def assistance_case_get(*, actor, pk) -> AssistanceCase:
    case = assistance_case_list(actor=actor).filter(pk=pk).first()
    if case is None:
        raise NotFound()
    return case


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
