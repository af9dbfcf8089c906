"""Who may run the expert team's city-level steps (CZ-2-1)."""
from __future__ import annotations

from django.utils.translation import gettext as _

from careerguide.common.services import refuse_forbidden

from ..permissions import is_city_hrss


def require_city_hrss(*, actor, clause: str = "CZ-2-1") -> None:
    """Only the city human-resources and social-security bureau may do this (403 in the API)."""
    if not is_city_hrss(actor):
        refuse_forbidden(clause=clause, message=_("只有市人社局可以办理此事项。"))
