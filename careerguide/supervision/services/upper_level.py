"""The one check every supervision action makes: it is taken by the upper level (BJ-56-1)."""
from django.utils.translation import gettext as _

from careerguide.common.services import refuse_forbidden, require_in_jurisdiction


def require_upper_level(*, actor, unit) -> None:
    """The actor's unit must strictly contain `unit` (BJ-56-1: the upper level acts on its subtree)."""
    require_in_jurisdiction(actor=actor, unit=unit)
    if actor.unit_id == unit.pk:
        refuse_forbidden(message=_("只能由上一级机构办理。"), clause="BJ-56-1")
