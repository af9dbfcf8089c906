"""The integrated platform's record of the counsellor's review of a matching suggestion (SD-7-2).  The suggestion
and its basis come from the matching instrument; nothing reaches the client before this review."""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, refuse, require_in_jurisdiction, today
from careerguide.matching.selectors import instrument_in_force, vacancy_suggestions

from ..models import SuggestionDecision


@transaction.atomic
def suggestion_decide(*, actor, job_seeker, vacancy, accepted: bool, reason: str = "", now=None) -> SuggestionDecision:
    """SD-7-2: the counsellor accepts or rejects a vacancy the matching instrument suggests for the person; the score
    and per-criterion basis shown are kept with the decision, and a rejection states why."""
    require_in_jurisdiction(actor=actor, unit=job_seeker.unit)
    on = today(now)
    found = [(v, r) for v, r in vacancy_suggestions(job_seeker=job_seeker, on=on, instrument=instrument_in_force(on=on),
                                                     include_below_threshold=True, limit=200) if v.pk == vacancy.pk]
    if not found:
        refuse(_("该岗位不在精准职业匹配工具给出的建议中。"), code=CommonErrorCode.INVALID, clause="SD-7-2", field="vacancy")
    if not accepted and not (reason or "").strip():
        refuse(_("不采纳建议须说明理由。"), code=CommonErrorCode.REQUIRED, clause="SD-7-2", field="reason")
    _vacancy, result = found[0]
    row = SuggestionDecision.objects.create(
        unit=actor.unit, job_seeker=job_seeker, vacancy=vacancy, score=result.score, basis=result.explanation(),
        accepted=accepted, reason=(reason or "").strip(), decided_on=on, decided_by=actor)
    audit(actor=actor, obj=row, unit=job_seeker.unit, action="create", clause="SD-7-2", now=now,
          after={"vacancy": vacancy.pk, "score": result.score, "accepted": accepted})
    return row
