"""Writes to job-seeker records."""
from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.audit.services import audit_record
from careerguide.common.errors import DomainError
from careerguide.common.identifiers import resident_id_birth_date, resident_id_sex
from careerguide.common.validators import validate_mobile_phone, validate_resident_id
from careerguide.organisations.scoping import unit_in_jurisdiction
from careerguide.privacy.masking import mask_phone, mask_resident_id

from .lookup import id_number_lookup_key, phone_lookup_key
from .models import JobSeeker


def _clean_identity(full_name: str, id_number: str, phone: str) -> tuple[str, str, str]:
    errors: dict[str, list] = {}
    full_name = (full_name or "").strip()
    if not full_name:
        errors["full_name"] = [_("姓名不能为空。")]
    try:
        id_number = validate_resident_id(id_number)
    except ValidationError as exc:
        errors["id_number"] = list(exc.messages)
    if phone:
        try:
            phone = validate_mobile_phone(phone)
        except ValidationError as exc:
            errors["phone"] = list(exc.messages)
    if errors:
        raise DomainError(field_errors=errors)
    return full_name, id_number, phone


@transaction.atomic
def job_seeker_create(*, actor, full_name: str, id_number: str, phone: str = "", unit, now: dt.datetime | None = None) -> JobSeeker:
    """Register a person in the actor's jurisdiction; a second record for the same ID number is refused."""
    full_name, id_number, phone = _clean_identity(full_name, id_number, phone)
    if not unit_in_jurisdiction(actor, unit):
        raise DomainError(field_errors={"unit": [_("只能在本机构辖区内登记求职者。")]}, clause="BJ-4-4")
    key = id_number_lookup_key(id_number)
    if JobSeeker.objects.filter(id_number_index=key).exists():
        raise DomainError(field_errors={"id_number": [_("该身份证号码已登记，请在原台账中继续服务。")]}, clause="BJ-11-1", code="duplicate")
    seeker = JobSeeker.objects.create(
        full_name=full_name, id_number=id_number, id_number_index=key, phone=phone,
        phone_index=phone_lookup_key(phone) if phone else "", sex=resident_id_sex(id_number),
        birth_date=resident_id_birth_date(id_number), unit=unit,
    )
    audit_record(actor=actor, obj=seeker, unit=unit, action="create", clause="BJ-11-1", now=now,
                 after={"full_name": full_name, "id_number": mask_resident_id(id_number), "phone": mask_phone(phone),
                        "unit": unit.pk})
    return seeker


@transaction.atomic
def job_seeker_update_contact(*, actor, job_seeker: JobSeeker, full_name: str, phone: str, now=None) -> JobSeeker:
    """Change name or phone; the audit keeps masked before/after values only."""
    full_name, _id, phone = _clean_identity(full_name, job_seeker.id_number, phone)
    before = {"full_name": job_seeker.full_name, "phone": mask_phone(job_seeker.phone)}
    after = {"full_name": full_name, "phone": mask_phone(phone)}
    phone_changed = phone != job_seeker.phone
    if before == after and not phone_changed:
        return job_seeker
    job_seeker.full_name = full_name
    job_seeker.phone = phone
    job_seeker.phone_index = phone_lookup_key(phone) if phone else ""
    job_seeker.save(update_fields=["full_name", "phone", "phone_index", "updated_at"])
    audit_record(actor=actor, obj=job_seeker, unit=job_seeker.unit, action="update", now=now,
                 before=before, after=after)
    return job_seeker
