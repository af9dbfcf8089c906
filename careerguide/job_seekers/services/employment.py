"""A job seeker who is employed: the status move and the archiving of their job-seeking information (BJ-16-2).

“对实现就业的，应及时对其相关求职信息进行整理归档” (Art. 16).  Archiving here means: the person leaves
active matching (matching only offers persons in registered, in_service or routed_to_assistance), every
open recommendation is closed as withdrawn, the current service episode ends, and the status becomes
archived.  The personal ledger stays writable for follow-ups (only the no-contact stop blocks it), and a
new job-seeking registration opens a new episode (BJ-13-9).

A person routed to employment assistance stays employed and is not archived here: their assistance
agreement runs until the 6-month stability follow-up (BJ-31-1, Open question 32).
"""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import now_or, refuse, today
from careerguide.matching.services.outcome_core import recommendations_close_for_job_seeker

from ..duty_kinds import NO_CONTACT_REPORT
from ..models import JobSeeker
from ..states import JobSeekerStatus
from .exits import job_seeker_archive
from .ledger import job_seeker_set_status, personal_entry_add

S = JobSeekerStatus
EMPLOYABLE_STATUSES = (S.REGISTERED, S.IN_SERVICE, S.ROUTED_TO_ASSISTANCE, S.EMPLOYED)


@transaction.atomic
def job_seeker_mark_employed(*, actor, job_seeker: JobSeeker, employer_name: str = "", employed_on: dt.date | None = None,
                             job_start: dt.date | None = None, recommendation=None, unit=None, now=None) -> JobSeeker:
    """Mark the person employed and archive their job-seeking information (BJ-16-2, BJ-16-3)."""
    now = now_or(now)
    on = today(now)
    employed_on = employed_on or on
    unit = unit or getattr(actor, "unit", None) or job_seeker.unit
    job_seeker = JobSeeker.objects.select_for_update().get(pk=job_seeker.pk)
    if job_seeker.status not in EMPLOYABLE_STATUSES:
        refuse(_("求职者当前状态为“%(s)s”，不能登记实现就业。") % {"s": job_seeker.get_status_display()},
               code=CommonErrorCode.INVALID_TRANSITION, clause="BJ-16-3")
    if employed_on > on:
        refuse(_("就业日期不能晚于今天。"), code=CommonErrorCode.INVALID, clause="BJ-16-2", field="employed_on")
    under_assistance = job_seeker.status == S.ROUTED_TO_ASSISTANCE
    if job_seeker.status != S.EMPLOYED:
        job_seeker_set_status(actor=actor, job_seeker=job_seeker, to=S.EMPLOYED, clause="BJ-16-3",
                              reason=_("实现就业：%(e)s") % {"e": employer_name} if employer_name else _("实现就业"),
                              cancel_kinds=(NO_CONTACT_REPORT,), now=now)
    content = {"employer": employer_name, "employed_on": employed_on.isoformat(),
               "job_start": job_start.isoformat() if job_start else None,
               "recommendation": getattr(recommendation, "pk", None)}
    personal_entry_add(actor=actor, job_seeker=job_seeker, unit=unit, section="matching", service_type="employed",
                       occurred_on=employed_on, summary=_("实现就业：%(e)s") % {"e": employer_name or _("（未注明单位）")},
                       content=content, clause="BJ-16-2", now=now)
    if under_assistance:  # the agreement runs until the 6-month follow-up (BJ-31-1, open question 32)
        recommendations_close_for_job_seeker(actor=actor, job_seeker=job_seeker, keep=recommendation, unit=unit,
                                             reason=_("求职者已实现就业，求职信息已归档。"), now=now)
        return job_seeker
    return job_seeker_archive(actor=actor, job_seeker=job_seeker, unit=unit, keep=recommendation,
                              reason=_("实现就业，求职信息整理归档"), now=now)
