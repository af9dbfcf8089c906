"""Moving a person's ledger to another agency when their assistance service relationship is transferred (BJ-24-5)."""
from __future__ import annotations

from django.db import transaction

from careerguide.common.services import audit
from careerguide.matching.services.features import job_seeker_features_changed

from ..models import JobSeeker


@transaction.atomic
def job_seeker_transfer(*, actor, job_seeker: JobSeeker, to_unit, clause: str = "BJ-24-5", now=None) -> JobSeeker:
    """The receiving agency now holds the person (their ledger and their scope); audited with both units."""
    if job_seeker.unit_id == to_unit.pk:
        return job_seeker
    before = {"unit": job_seeker.unit_id}
    job_seeker.unit = to_unit
    job_seeker.save(update_fields=["unit", "updated_at"])
    job_seeker_features_changed(job_seeker_ids=[job_seeker.pk])  # the receiving agency's jurisdiction sees them
    audit(actor=actor, obj=job_seeker, unit=to_unit, action="transfer", clause=clause, now=now, before=before,
          after={"unit": to_unit.pk})
    return job_seeker
