"""Writes to the employer record itself: staff registration, an agent's self-registration, edits."""
from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.accounts.roles import UserKind
from careerguide.audit.services import changed_fields
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, refuse, refuse_forbidden, require_in_jurisdiction
from careerguide.common.training_needs import training_need_clean
from careerguide.common.validators import validate_mobile_phone, validate_uscc
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.scoping import unit_in_jurisdiction
from careerguide.privacy.masking import mask_phone

from ..models import Employer, EmployerAgent

INDUSTRY_CODE = re.compile(r"^[A-T](\d{2,4})?$")


def _clean(name: str, credit_code: str, contact_phone: str, industry_code: str = "") -> tuple[str, str, str, str]:
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
    industry_code = (industry_code or "").strip().upper()
    if industry_code and not INDUSTRY_CODE.match(industry_code):
        errors["industry_code"] = [_("行业代码应为国民经济行业分类代码，如“C2611”。")]
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.INVALID)
    return name, credit_code, contact_phone, industry_code


def _refuse_duplicate(credit_code: str) -> None:
    if Employer.objects.filter(credit_code=credit_code).exists():
        refuse(_("该统一社会信用代码已登记。"), field="credit_code", code=CommonErrorCode.DUPLICATE)


@transaction.atomic
def employer_create(*, actor, name: str, credit_code: str, unit, address: str = "", contact_name: str = "",
                    contact_phone: str = "", industry_code: str = "", operating_address: str = "", now=None) -> Employer:
    """Staff record an employer in their jurisdiction (BJ-4-5, BJ-34-1)."""
    name, credit_code, contact_phone, industry_code = _clean(name, credit_code, contact_phone, industry_code)
    if not unit_in_jurisdiction(actor, unit):
        refuse(_("只能在本机构辖区内登记用人单位。"), field="unit", clause="BJ-4-5", code=CommonErrorCode.FORBIDDEN)
    _refuse_duplicate(credit_code)
    employer = Employer.objects.create(name=name, credit_code=credit_code, unit=unit, address=address,
                                       contact_name=contact_name, contact_phone=contact_phone,
                                       industry_code=industry_code, operating_address=operating_address)
    audit(actor=actor, obj=employer, unit=unit, action="create", clause="BJ-50-1", now=now,
          after={"name": name, "credit_code": credit_code, "contact_phone": mask_phone(contact_phone),
                 "unit": unit.pk, "industry_code": industry_code})
    return employer


@transaction.atomic
def employer_register_by_agent(*, actor, name: str, credit_code: str, unit, address: str = "", contact_name: str = "",
                               contact_phone: str = "", industry_code: str = "", now=None) -> Employer:
    """An employer agent registers the employer online (BJ-34-1 online registration) and becomes its agent.

    The employer stays pending until an agency verifies its documents (BJ-35-*)."""
    if getattr(actor, "kind", None) != UserKind.EMPLOYER_AGENT:
        refuse_forbidden(message=_("只有用人单位经办人账户可以在线登记用人单位。"), clause="BJ-34-1")
    name, credit_code, contact_phone, industry_code = _clean(name, credit_code, contact_phone, industry_code)
    if unit is None or unit.level not in (UnitLevel.DISTRICT, UnitLevel.STREET):
        refuse(_("请选择区级或街道（乡镇）公共就业服务机构。"), field="unit", code=CommonErrorCode.INVALID)
    _refuse_duplicate(credit_code)
    employer = Employer.objects.create(name=name, credit_code=credit_code, unit=unit, address=address,
                                       contact_name=contact_name, contact_phone=contact_phone, industry_code=industry_code)
    EmployerAgent.objects.create(employer=employer, user=actor)
    audit(actor=actor, obj=employer, unit=unit, action="create", clause="BJ-34-1", now=now,
          after={"name": name, "credit_code": credit_code, "contact_phone": mask_phone(contact_phone),
                 "unit": unit.pk, "channel": "online", "agent": actor.pk})
    return employer


def _training_need(value, employer) -> dict:
    """BJ-54-3: the need as given (None keeps the recorded one), refused on its field when incomplete."""
    if value is None:
        return employer.training_need
    value, problems = training_need_clean(value)
    if problems:
        refuse(problems[0], field="training_need", code=CommonErrorCode.INVALID, clause="BJ-54-3")
    return value


@transaction.atomic
def employer_update(*, actor, employer: Employer, address: str, operating_address: str, contact_name: str,
                    contact_phone: str, industry_code: str, training_need: dict | None = None, now=None) -> Employer:
    """Staff correct the employer's basic information (BJ-50-2 (1)) and its training need (BJ-54-3)."""
    require_in_jurisdiction(actor=actor, unit=employer.unit)
    _name, _code, contact_phone, industry_code = _clean(employer.name, employer.credit_code, contact_phone, industry_code)
    training_need = _training_need(training_need, employer)
    fields = ("address", "operating_address", "contact_name", "contact_phone", "industry_code", "training_need")
    before = {f: getattr(employer, f) for f in fields}
    after = {"address": address, "operating_address": operating_address, "contact_name": contact_name,
             "contact_phone": contact_phone, "industry_code": industry_code, "training_need": training_need}
    for f, v in after.items():
        setattr(employer, f, v)
    employer.save(update_fields=[*fields, "updated_at"])
    before, after = changed_fields(before=before, after=after)
    for side in (before, after):
        if "contact_phone" in side:
            side["contact_phone"] = mask_phone(side["contact_phone"])
    audit(actor=actor, obj=employer, unit=employer.unit, action="update", clause="BJ-50-2", now=now,
          before=before, after=after)
    return employer
