"""Revealing a protected value: allowed only to roles that need it, and every reveal is audited."""
from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.accounts.permissions import can_reveal_personal_data
from careerguide.audit.services import audit_record
from careerguide.common.errors import DomainError


@transaction.atomic
def personal_data_reveal(*, actor, obj, field: str, unit) -> str:
    """Return the plain value of `obj.<field>` and record who saw it (BJ-51-2)."""
    if field not in getattr(obj, "protected_fields", ()):
        raise DomainError(_("该字段不可查看。"))
    if not can_reveal_personal_data(actor):
        raise DomainError(_("您的岗位无权查看完整个人信息。"), clause="BJ-51-2", code="forbidden")
    audit_record(actor=actor, obj=obj, unit=unit, action="reveal", clause="BJ-51-2", after={"field": field})
    return getattr(obj, field)
