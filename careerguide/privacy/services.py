"""Revealing a protected value: allowed only to roles that need it, and every reveal is audited."""
from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.accounts.permissions import can_reveal_personal_data
from careerguide.common.services import audit, refuse, refuse_forbidden

from .error_codes import PrivacyErrorCode


@transaction.atomic
def personal_data_reveal(*, actor, obj, field: str, unit) -> str:
    """Return the plain value of `obj.<field>` and record who saw it (BJ-51-2)."""
    if field not in getattr(obj, "protected_fields", ()):
        refuse(_("该字段不可查看。"), code=PrivacyErrorCode.NOT_PROTECTED)
    if not can_reveal_personal_data(actor):
        refuse_forbidden(message=_("您的岗位无权查看完整个人信息。"), clause="BJ-51-2")
    audit(actor=actor, obj=obj, unit=unit, action="reveal", clause="BJ-51-2", after={"field": field})
    return getattr(obj, field)
