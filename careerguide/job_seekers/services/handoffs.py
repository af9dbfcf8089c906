"""Hand-offs to vocational skills training, employment internships and entrepreneurship services (BJ-2-3).

Each hand-off and each recorded outcome is an entry in the person's ledger.
"""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, now_or, today

from ..choices import HandOffOutcome, ProgrammeKind
from ..models import JobSeeker, ProgrammeHandOff
from .ledger import personal_entry_add

CLAUSE = "BJ-2-3"


@transaction.atomic
def handoff_create(*, actor, job_seeker: JobSeeker, kind: str, programme: str, referred_on: dt.date, provider: str = "",
                   now=None) -> ProgrammeHandOff:
    now = now_or(now)
    errors: dict[str, list] = {}
    if kind not in ProgrammeKind.values:
        errors["kind"] = [_("请选择衔接服务类型。")]
    if not (programme or "").strip():
        errors["programme"] = [_("请填写接收项目名称。")]
    if referred_on > today(now):
        errors["referred_on"] = [_("转介日期不能晚于今天。")]
    if errors:
        raise DomainError(field_errors=errors, clause=CLAUSE, code=CommonErrorCode.INVALID)
    handoff = ProgrammeHandOff.objects.create(job_seeker=job_seeker, unit=actor.unit, staff=actor, kind=kind,
                                              programme=programme.strip(), provider=(provider or "").strip(),
                                              referred_on=referred_on)
    personal_entry_add(actor=actor, job_seeker=job_seeker, unit=actor.unit, section="other", service_type="handoff",
                       occurred_on=referred_on, clause=CLAUSE, now=now,
                       summary=_("转介%(kind)s：%(programme)s") % {"kind": handoff.get_kind_display(), "programme": handoff.programme},
                       content={"handoff": handoff.pk, "kind": kind, "provider": handoff.provider})
    audit(actor=actor, obj=handoff, unit=actor.unit, action="create", clause=CLAUSE, now=now,
          after={"job_seeker": job_seeker.pk, "kind": kind, "programme": handoff.programme, "referred_on": referred_on})
    return handoff


@transaction.atomic
def handoff_record_outcome(*, actor, handoff: ProgrammeHandOff, outcome: str, started_on: dt.date | None = None,
                           ended_on: dt.date | None = None, note: str = "", now=None) -> ProgrammeHandOff:
    """Record the receiving programme's dates and result; a correction is a later call (each one is kept in the ledger)."""
    now = now_or(now)
    on = today(now)
    errors: dict[str, list] = {}
    if outcome not in HandOffOutcome.values or outcome == HandOffOutcome.PENDING:
        errors["outcome"] = [_("请选择衔接结果。")]
    if started_on and started_on < handoff.referred_on:
        errors["started_on"] = [_("开始日期不能早于转介日期。")]
    if ended_on and not started_on:
        errors["ended_on"] = [_("填写结束日期前请先填写开始日期。")]
    if ended_on and started_on and ended_on < started_on:
        errors["ended_on"] = [_("结束日期不能早于开始日期。")]
    if any(d and d > on for d in (started_on, ended_on)):
        errors.setdefault("started_on", []).append(_("日期不能晚于今天。"))
    if outcome in (HandOffOutcome.COMPLETED, HandOffOutcome.EMPLOYED, HandOffOutcome.DROPPED) and not started_on:
        errors.setdefault("started_on", []).append(_("该结果需要填写开始日期。"))
    if errors:
        raise DomainError(field_errors=errors, clause=CLAUSE, code=CommonErrorCode.INVALID)
    before = {"outcome": handoff.outcome, "started_on": handoff.started_on, "ended_on": handoff.ended_on}
    handoff.outcome, handoff.started_on, handoff.ended_on = outcome, started_on, ended_on
    handoff.outcome_note = (note or "").strip()
    handoff.save(update_fields=["outcome", "started_on", "ended_on", "outcome_note", "updated_at"])
    personal_entry_add(actor=actor, job_seeker=handoff.job_seeker, unit=actor.unit, section="follow_up",
                       service_type="handoff_outcome", occurred_on=ended_on or started_on or on, clause=CLAUSE, now=now,
                       summary=_("%(handoff)s：%(outcome)s") % {"handoff": handoff, "outcome": handoff.get_outcome_display()},
                       outcome=handoff.outcome_note, content={"handoff": handoff.pk, "outcome": outcome})
    audit(actor=actor, obj=handoff, unit=handoff.unit, action="update", clause=CLAUSE, now=now, before=before,
          after={"outcome": outcome, "started_on": started_on, "ended_on": ended_on})
    return handoff
