"""Reads of employer records, always scoped by jurisdiction."""
from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import visible_to

from .models import Employer


def employer_list(*, actor, query: str = ""):
    qs = visible_to(actor, Employer.objects.select_related("unit"))
    query = (query or "").strip()
    if query:
        qs = qs.filter(credit_code=query.upper()) if len(query) == 18 else qs.filter(name__contains=query)
    return qs.order_by("name", "pk")


def employer_get(*, actor, pk) -> Employer:
    employer = visible_to(actor, Employer.objects.select_related("unit")).filter(pk=pk).first()
    if employer is None:
        raise NotFound()
    return employer
