"""Writes to employer records."""
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.audit.services import audit_record
from careerguide.common.errors import DomainError
from careerguide.common.validators import validate_mobile_phone, validate_uscc
from careerguide.organisations.scoping import unit_in_jurisdiction
from careerguide.privacy.masking import mask_phone

from .models import Employer


@transaction.atomic
def employer_create(*, actor, name: str, credit_code: str, unit, address: str = "", contact_name: str = "",
                    contact_phone: str = "", now=None) -> Employer:
    errors: dict[str, list] = {}
    name = (name or "").strip()
    if not name:
        errors["name"] = [_("单位名称不能为空。")]
    try:
        credit_code = validate_uscc(credit_code)
    except ValidationError as exc:
        errors["credit_code"] = list(exc.messages)
    if contact_phone:
        try:
            contact_phone = validate_mobile_phone(contact_phone)
        except ValidationError as exc:
            errors["contact_phone"] = list(exc.messages)
    if errors:
        raise DomainError(field_errors=errors)
    if not unit_in_jurisdiction(actor, unit):
        raise DomainError(field_errors={"unit": [_("只能在本机构辖区内登记用人单位。")]}, clause="BJ-4-5")
    if Employer.objects.filter(credit_code=credit_code).exists():
        raise DomainError(field_errors={"credit_code": [_("该统一社会信用代码已登记。")]}, code="duplicate")
    employer = Employer.objects.create(name=name, credit_code=credit_code, unit=unit, address=address,
                                       contact_name=contact_name, contact_phone=contact_phone)
    audit_record(actor=actor, obj=employer, unit=unit, action="create", clause="BJ-50-1", now=now,
                 after={"name": name, "credit_code": credit_code, "contact_phone": mask_phone(contact_phone), "unit": unit.pk})
    return employer
