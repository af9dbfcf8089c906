"""Everything the case page shows about one case (BJ-25-1, BJ-32-1): agreement, team, plans, evaluations,
programmes, follow-ups, recommendations, consultation, transfers, termination, welfare, open duties, timeline."""
from __future__ import annotations

import datetime as dt

from careerguide.duties.selectors import open_duties_for_subject
from careerguide.job_seekers.selectors import personal_ledger
from careerguide.ledgers.sections import section_label
from careerguide.matching.selectors import recommendation_list

from ..choices import AssistanceService, StageStatus
from ..rules import suggested_services
from . import (
    active_agreement_of,
    cases_of,
    current_assignment_of,
    current_job_start_of,
    current_plan_of,
    job_ready_now,
    open_consultation_of,
)
from .outreach import archive_versions_of


def _open_duties(case) -> list:
    subjects = [case, *case.job_starts.all(), *case.programmes.all(), *case.consultations.all(),
                *case.welfare_referrals.all()]
    return sorted((d for s in subjects for d in open_duties_for_subject(subject=s)), key=lambda d: d.due_date)


def suggestions(*, case) -> list[tuple[str, str]]:
    """BJ-26-7, BJ-26-9: the services the recorded causes and stage results suggest (staff decide)."""
    plan = current_plan_of(case=case)
    causes = plan.causes if plan else (case.evaluations.exclude(causes=[]).values_list("causes", flat=True).first() or [])
    unmet = plan.reviews.exclude(status=StageStatus.ACHIEVED).count() if plan else 0
    return [(code, AssistanceService(code).label)
            for code in suggested_services(causes=causes, job_ready=job_ready_now(case=case), unmet_stages=unmet)]


def _timeline(case, limit: int = 80) -> list:
    entries = list(personal_ledger(job_seeker=case.job_seeker))[-limit:]
    for e in entries:
        e.section_label = section_label("personal", e.section)
    return list(reversed(entries))


def case_file(*, actor, case, today: dt.date) -> dict:
    consultation = open_consultation_of(case=case)
    return {
        "case": case, "seeker": case.job_seeker, "agreement": active_agreement_of(job_seeker=case.job_seeker),
        "agreements": case.agreements.select_related("case_worker"), "assignment": current_assignment_of(case=case),
        "assignments": case.assignments.select_related("worker"), "team": case.team.select_related("member"),
        "evaluations": case.evaluations.select_related("staff")[:20], "plan": current_plan_of(case=case),
        "plans": case.plans.prefetch_related("reviews").select_related("staff", "consultation"),
        "programmes": case.programmes.prefetch_related("progress"), "follow_ups": case.follow_ups.all()[:30],
        "job": current_job_start_of(case=case), "job_starts": case.job_starts.all(),
        "recommendations": recommendation_list(actor=actor, job_seeker=case.job_seeker)[:20],
        "consultation": consultation, "consultations": case.consultations.prefetch_related(
            "panel__member", "opinions", "reports"),
        "transfers": case.transfers.select_related("from_unit", "to_unit"),
        "terminations": case.terminations.select_related("verified_by", "decided_by"),
        "referrals": case.welfare_referrals.all(), "duties": _open_duties(case), "today": today,
        "suggestions": suggestions(case=case), "job_ready": job_ready_now(case=case),
        "archive_versions": list(archive_versions_of(job_seeker=case.job_seeker))[-5:],
        "other_cases": cases_of(job_seeker=case.job_seeker).exclude(pk=case.pk), "timeline": _timeline(case),
    }
