"""Recording a difficulty certification or exit (BJ-13-1, BJ-26-2, open question 34), then routing again."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.assistance.services.cases import certification_changed
from careerguide.audit.services import object_label
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, now_or, today

from ..models import DifficultyCertification, JobSeeker
from ..selectors import latest_certification
from ..states import CertificationStatus
from .gradings import job_seeker_route
from .ledger import ensure_serviceable, personal_entry_add


@transaction.atomic
def difficulty_certification_record(*, actor, job_seeker: JobSeeker, status: str, decided_on: dt.date, authority: str,
                                    document_ref: str = "", evidence=None, note: str = "", unit=None,
                                    now=None) -> DifficultyCertification:
    """Record the competent department's decision with its date and evidence, update the person's
    certification status and re-run Article 13 routing (BJ-13-1 to BJ-13-3)."""
    now = now_or(now)
    unit = unit or actor.unit
    ensure_serviceable(job_seeker=job_seeker)
    errors = {}
    if status not in CertificationStatus.values:
        errors["status"] = [_("请选择认定结果。")]
    if decided_on is None or decided_on > today(now):
        errors["decided_on"] = [_("请填写认定日期，且不能晚于今天。")]
    if not (authority or "").strip():
        errors["authority"] = [_("请填写作出认定的部门。")]
    if evidence is None and not (document_ref or "").strip():
        errors["document_ref"] = [_("请填写认定文书编号或选择电子档案中的认定材料。")]
    if evidence is not None and (evidence.subject_type, evidence.subject_id) != (object_label(obj=job_seeker), str(job_seeker.pk)):
        errors["evidence"] = [_("认定材料须为该求职者电子档案中的材料。")]
    latest = latest_certification(job_seeker=job_seeker)
    if not errors and latest is not None and decided_on < latest.decided_on:
        errors["decided_on"] = [_("日期早于已记录的最近一次认定（%(d)s）。") % {"d": latest.decided_on.isoformat()}]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-13-1", code=CommonErrorCode.INVALID)
    record = DifficultyCertification.objects.create(
        job_seeker=job_seeker, status=status, decided_on=decided_on, authority=authority.strip()[:100],
        document_ref=(document_ref or "").strip()[:100], evidence=evidence, note=(note or "").strip()[:200], unit=unit,
        staff=actor)
    before = {"difficulty_certified": job_seeker.difficulty_certified, "certified_on": job_seeker.certified_on}
    certified = status == CertificationStatus.CERTIFIED
    job_seeker.difficulty_certified = certified
    job_seeker.certified_on = decided_on if certified else None
    job_seeker.save(update_fields=["difficulty_certified", "certified_on", "updated_at"])
    audit(actor=actor, obj=job_seeker, unit=unit, action="certification", clause="BJ-26-2", now=now,
          before=before, after={"difficulty_certified": certified, "certified_on": job_seeker.certified_on,
                                "record": record.pk})
    personal_entry_add(actor=actor, job_seeker=job_seeker, unit=unit, section="registration",
                       service_type="difficulty_certification", occurred_on=decided_on,
                       summary=_("%(s)s（%(a)s）") % {"s": record.get_status_display(), "a": record.authority},
                       outcome=record.document_ref, content={"certification": record.pk, "contact": False},
                       clause="BJ-13-1", now=now)
    if certified != before["difficulty_certified"]:  # BJ-26-2: a review of an open case's agreement and plan
        certification_changed(actor=actor, job_seeker=job_seeker, status=status, on=today(now), now=now)
    job_seeker_route(actor=actor, job_seeker=job_seeker, unit=unit, on=today(now), now=now)
    return record
