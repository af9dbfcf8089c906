"""Job readiness (BJ-15-1) and the advice a not-ready person must get (BJ-15-3)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, now_or, refuse, today
from careerguide.matching.services.features import job_seeker_features_refresh

from ..models import JobSeeker, ReadinessAssessment
from ..rules import assess_job_readiness, check_readiness_advice
from ..selectors import job_ready_start_days
from .ledger import ensure_serviceable, personal_entry_add


@transaction.atomic
def readiness_assess(*, actor, job_seeker: JobSeeker, start_lead_days: int, available_from: dt.date | None = None,
                     preparation_insufficient: bool = False, basis: str = "", advice: str = "",
                     assessed_on: dt.date | None = None, unit=None, now=None) -> ReadinessAssessment:
    """Save a dated assessment; "not ready" or insufficient preparation is refused without advice."""
    now = now_or(now)
    assessed_on = assessed_on or today(now)
    unit = unit or job_seeker.unit
    ensure_serviceable(job_seeker=job_seeker)
    if assessed_on > today(now):
        refuse(_("评估日期不能晚于今天。"), code=CommonErrorCode.INVALID, field="assessed_on")
    if start_lead_days is None or start_lead_days < 0:
        refuse(_("请填写收到聘用通知后需要的准备天数（0或正整数）。"), code=CommonErrorCode.INVALID, field="start_lead_days")
    max_days = job_ready_start_days(job_seeker=job_seeker, on=assessed_on)
    result = assess_job_readiness(assessed_on=assessed_on, start_lead_days=start_lead_days,
                                  available_from=available_from, preparation_insufficient=preparation_insufficient,
                                  max_start_days=max_days)
    check = check_readiness_advice(result, advice)
    if not check.ok:
        raise DomainError(field_errors={"advice": list(check.reasons)}, clause=check.clause,
                          code=CommonErrorCode.REQUIRED)
    assessment = ReadinessAssessment.objects.create(
        job_seeker=job_seeker, assessed_on=assessed_on, start_lead_days=start_lead_days, available_from=available_from,
        preparation_insufficient=preparation_insufficient, max_start_days=max_days, job_ready=result.job_ready,
        earliest_start=result.earliest_start, basis=(basis or "").strip(), advice=(advice or "").strip(), unit=unit,
        assessor=actor)
    job_seeker_features_refresh(job_seeker=job_seeker, now=now)
    audit(actor=actor, obj=assessment, unit=unit, action="create", clause="BJ-15-1", now=now,
          after={"job_seeker": job_seeker.pk, "job_ready": result.job_ready,
                 "preparation_insufficient": preparation_insufficient})
    verdict = _("具备上岗条件") if result.job_ready else _("暂时不具备上岗条件")
    if preparation_insufficient:
        verdict += _("，就业准备不足")
    personal_entry_add(actor=actor, job_seeker=job_seeker, unit=unit, section="guidance", service_type="readiness",
                       occurred_on=assessed_on, summary=_("上岗条件评估：%(v)s") % {"v": verdict},
                       outcome="".join(result.reasons), content={"assessment": assessment.pk}, clause="BJ-15-1", now=now)
    if assessment.advice:
        personal_entry_add(actor=actor, job_seeker=job_seeker, unit=unit, section="guidance", service_type="advice",
                           occurred_on=assessed_on, summary=_("咨询意见"), outcome=assessment.advice[:200],
                           content={"assessment": assessment.pk, "advice": assessment.advice}, clause="BJ-15-3", now=now)
    return assessment
