"""The case worker's caseload: each person's stage, next duty and its due date (BJ-23-7, BJ-5-1), and the
responsibility view of supervision (BJ-26-10)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Q

from careerguide.duties.models import Duty
from careerguide.duties.states import DutyStatus

from ..models import AssistanceCase, ExpertConsultation, JobStart, Programme, WelfareReferral
from ..states import OPEN_CASE_STATUSES, ConsultationStatus
from . import assistance_case_list


@dataclass
class CaseRow:
    case: object
    worker: object = None
    next_duty: Duty | None = None
    consultation_open: bool = False
    team: list = field(default_factory=list)

    def overdue(self, today: dt.date) -> bool:
        return self.next_duty is not None and self.next_duty.due_date is not None and self.next_duty.due_date < today


def _case_of_subject(case_ids: list[int]) -> dict[tuple[str, str], int]:
    """(subject type, subject id) → case id for every record of the cases that owes duties."""
    out = {(AssistanceCase._meta.label_lower, str(pk)): pk for pk in case_ids}
    for model in (JobStart, Programme, ExpertConsultation, WelfareReferral):
        label = model._meta.label_lower
        for pk, case_id in model.objects.filter(case_id__in=case_ids).values_list("pk", "case_id"):
            out[(label, str(pk))] = case_id
    return out


def next_duties(*, case_ids: list[int]) -> dict[int, Duty]:
    """The earliest open duty of each case and its records, in one query over the duties."""
    subjects = _case_of_subject(case_ids)
    if not subjects:
        return {}
    by_type: dict[str, list[str]] = {}
    for subject_type, subject_id in subjects:
        by_type.setdefault(subject_type, []).append(subject_id)
    q = Q()
    for subject_type, ids in by_type.items():
        q |= Q(subject_type=subject_type, subject_id__in=ids)
    out: dict[int, Duty] = {}
    for duty in Duty.objects.filter(q, status=DutyStatus.OPEN).order_by("due_date", "pk"):
        out.setdefault(subjects[(duty.subject_type, duty.subject_id)], duty)
    return out


def caseload(*, actor, mine: bool = False, status: str = "", overdue: bool = False, query: str = "",
             today: dt.date, limit: int = 300) -> list[CaseRow]:
    """Open cases in the actor's jurisdiction (only the actor's own with `mine`), next duty first."""
    qs = assistance_case_list(actor=actor, status=status)
    if not status:
        qs = qs.filter(status__in=OPEN_CASE_STATUSES)
    if mine:
        qs = qs.filter(assignments__worker=actor, assignments__ended_on__isnull=True)
    if query.strip():
        qs = qs.filter(job_seeker__full_name__startswith=query.strip())
    cases = list(qs.prefetch_related("assignments__worker", "consultations")[:limit])
    duties = next_duties(case_ids=[c.pk for c in cases])
    rows = []
    for case in cases:
        worker = next((a.worker for a in case.assignments.all() if a.ended_on is None), None)
        rows.append(CaseRow(case, worker, duties.get(case.pk),
                            any(c.status == ConsultationStatus.OPEN for c in case.consultations.all())))
    if overdue:
        rows = [r for r in rows if r.overdue(today)]
    return sorted(rows, key=lambda r: ((r.next_duty.due_date or dt.date.max) if r.next_duty else dt.date.max, r.case.pk))


def responsibility_rows(*, actor, limit: int = 500) -> list[CaseRow]:
    """BJ-26-10: for each open case the responsible case worker and the specialized service team."""
    cases = list(assistance_case_list(actor=actor).filter(status__in=OPEN_CASE_STATUSES)
                 .prefetch_related("assignments__worker", "team__member").order_by("unit__path", "pk")[:limit])
    return [CaseRow(case, next((a.worker for a in case.assignments.all() if a.ended_on is None), None),
                    team=[m for m in case.team.all() if m.ended_on is None]) for case in cases]

