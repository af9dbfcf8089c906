"""Reads of the classification (reference data, the same for every actor)."""
from django.db.models import Q

from careerguide.common.errors import NotFound

from .codes import normalise_code
from .models import Occupation


def occupation_search(*, query: str = "", occupations_only: bool = False, limit: int | None = None):
    qs = Occupation.objects.all()
    query = (query or "").strip()
    if query:
        qs = qs.filter(Q(code__startswith=normalise_code(query)) | Q(name__contains=query))
    if occupations_only:
        qs = qs.filter(level=4)
    qs = qs.order_by("code")
    return qs[:limit] if limit else qs


def occupation_by_code(*, code: str) -> Occupation | None:
    return Occupation.objects.filter(code=normalise_code(code)).first()


def occupation_get(*, code: str) -> Occupation:
    occupation = occupation_by_code(code=code)
    if occupation is None:
        raise NotFound()
    return occupation
