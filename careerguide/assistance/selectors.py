"""Reads of chapter 3, always scoped by visible_to (404 outside the actor's jurisdiction)."""
from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import visible_to

from .models import AssistanceCase


def assistance_case_list(*, actor, status: str = ""):
    qs = visible_to(actor, AssistanceCase.objects.select_related("job_seeker", "unit"))
    return qs.filter(status=status) if status else qs


def assistance_case_get(*, actor, pk) -> AssistanceCase:
    case = assistance_case_list(actor=actor).filter(pk=pk).first()
    if case is None:
        raise NotFound()
    return case
