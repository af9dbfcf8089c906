"""An agency's own entries of the configurable lists (BJ-19-1, BJ-19-2, BJ-21-3, BJ-27-2)."""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, refuse_forbidden

from ..choices import BUILTIN_OPTIONS, OptionList
from ..models import AssistanceOption
from ..permissions import can_configure_lists


@transaction.atomic
def option_add(*, actor, list_code: str, code: str, label: str, now=None) -> AssistanceOption:
    if not can_configure_lists(actor):
        refuse_forbidden(clause="BJ-19-1")
    errors = {}
    code, label = (code or "").strip(), (label or "").strip()
    if list_code not in OptionList.values:
        errors["list_code"] = [_("请选择清单。")]
    if not code or not code.replace("_", "").isalnum() or not code.isascii():
        errors["code"] = [_("代码只能使用英文字母、数字和下划线。")]
    elif list_code in OptionList.values and (code in dict(BUILTIN_OPTIONS[list_code])
                                             or AssistanceOption.objects.filter(list=list_code, code=code).exists()):
        errors["code"] = [_("该代码已存在。")]
    if not label:
        errors["label"] = [_("请填写名称。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-19-1", code=CommonErrorCode.INVALID)
    option = AssistanceOption.objects.create(list=list_code, code=code, label=label, unit=actor.unit)
    audit(actor=actor, obj=option, unit=actor.unit, action="create", clause="BJ-19-1", now=now,
          after={"list": list_code, "code": code, "label": label})
    return option
