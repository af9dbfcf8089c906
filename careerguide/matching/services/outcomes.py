"""Following up results (BJ-16-1, BJ-41-1): one outcome list for both directions; a hire marks the person
employed and archives their job-seeking information (BJ-16-2)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import refuse
from careerguide.job_seekers.services.employment import job_seeker_mark_employed

from ..models import Recommendation
from ..states import Outcome
from .outcome_core import outcome_apply


@transaction.atomic
def recommendation_outcome_record(*, actor, recommendation: Recommendation, outcome: str, on: dt.date | None = None,
                                  reason_code: str = "", note: str = "", job_start: dt.date | None = None,
                                  now=None) -> Recommendation:
    """Record pending → interviewed → hired / not_hired (with a reason coded attributable to the person or
    not, BJ-30-8) / withdrawn.  On hired the person is marked employed and archived (BJ-16-2)."""
    now = now or timezone.now()
    if outcome == Outcome.WITHDRAWN and not (note or "").strip():
        refuse(_("撤回推荐须说明原因（如求职者撤回同意）。"), field="note", clause="BJ-16-1", code=CommonErrorCode.REQUIRED)
    rec = outcome_apply(actor=actor, rec=recommendation, outcome=outcome, on=on, reason_code=reason_code, note=note,
                        now=now)
    if outcome == Outcome.HIRED:
        if job_start is None:  # checked after the transition, so a final outcome still reads as one
            refuse(_("登记录用须填写上岗日期。"), field="job_start", clause="BJ-16-2", code=CommonErrorCode.REQUIRED)
        job_seeker_mark_employed(actor=actor, job_seeker=rec.job_seeker, employer_name=rec.employer.name,
                                 employed_on=rec.outcome_on, job_start=job_start, recommendation=rec, now=now)
    return rec
