"""The difficult person's ledger as rows for the PDF and spreadsheet exports: everything of BJ-17-2 plus the needs
archive and its changes, the agreement and its performance, the case worker and team, and every specialized
service (BJ-32-1 to BJ-32-5)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.utils.translation import gettext as _

from careerguide.job_seekers.selectors import personal_ledger

from ..choices import TeamRole
from .outreach import archive_versions_of

#: Entries shown from their own records in the sections below, not a second time from the ledger.
_STRUCTURED = {"needs_archive", "assistance_agreement", "assistance_team", "case_worker_change"}
_AGREEMENT = {"assistance_agreement_terminated", "assistance_terminated", "assistance_termination_verified",
              "assistance_transfer", "welfare_placement", "welfare_placement_end"}
_SPECIALIZED_PREFIXES = ("assistance_", "expert_", "welfare_", "recommendation", "employed", "readiness", "advice")


@dataclass
class LedgerRow:
    section: str
    occurred_on: date
    service_type: str
    summary: str
    outcome: str = ""
    unit: object = None
    staff: object = None
    recorded_at: datetime | None = None
    is_late: bool = False
    corrects_id: int | None = None


def _section_of(entry, case) -> str:
    if entry.service_type in _AGREEMENT:
        return "agreement"
    in_case = (entry.content or {}).get("assistance_case") == case.pk or entry.occurred_on >= case.opened_on
    if in_case and entry.service_type.startswith(_SPECIALIZED_PREFIXES):
        return "specialized"
    return entry.section


def _entry_rows(case) -> list[LedgerRow]:
    return [LedgerRow(_section_of(e, case), e.occurred_on, e.service_type, e.summary, e.outcome, e.unit, e.staff,
                      e.recorded_at, e.is_late, e.corrects_id)
            for e in personal_ledger(job_seeker=case.job_seeker) if e.service_type not in _STRUCTURED]


def _structured_rows(case) -> list[LedgerRow]:
    rows = [LedgerRow("needs_archive", v.recorded_on, "needs_archive", _("第%(n)s版：%(c)s") % {
        "n": v.number, "c": "；".join(f"{k}={val}" for k, val in v.content.items() if val not in (None, "", []))},
        v.note, v.unit, v.author, v.created_at) for v in archive_versions_of(job_seeker=case.job_seeker)]
    for a in case.agreements.select_related("unit", "case_worker", "staff"):
        outcome = (_("%(d)s终止：%(r)s") % {"d": a.terminated_on, "r": a.get_termination_reason_display()}
                   if a.terminated_on else a.get_status_display())
        rows.append(LedgerRow("agreement", a.signed_on, "assistance_agreement", _(
            "签订就业援助服务协议（%(b)s：%(addr)s）；约定终止服务情形：%(t)s") % {
            "b": a.get_location_basis_display(), "addr": a.address, "t": a.termination_circumstances},
            outcome, a.unit, a.staff, a.created_at))
    for s in case.assignments.select_related("worker", "unit"):
        rows.append(LedgerRow("team", s.started_on, "case_worker", _("援助专员：%(w)s（%(f)s至%(t)s）") % {
            "w": s.worker.full_name, "f": s.started_on, "t": s.ended_on or _("今")}, s.end_reason or s.reason,
            s.unit, s.worker, s.created_at))
    for m in case.team.select_related("member", "unit"):
        rows.append(LedgerRow("team", m.started_on, "assistance_team", _("%(r)s：%(m)s（%(f)s至%(t)s）") % {
            "r": TeamRole(m.role).label, "m": m.member.full_name, "f": m.started_on, "t": m.ended_on or _("今")},
            "", m.unit, m.member, m.created_at))
    return rows


def case_ledger_rows(*, case) -> list[LedgerRow]:
    """All rows, oldest first."""
    return sorted([*_entry_rows(case), *_structured_rows(case)], key=lambda r: (r.occurred_on, r.section))
