"""Reads of employer records, always scoped by jurisdiction."""
from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import visible_to

from ..models import DemandRegistration, Employer, EmployerAgent


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


def demand_registration_unit(*, employer):
    """The district agency where `employer`'s latest recruitment demand registration was
    made (BJ-36-1, BJ-39-2, BJ-45-6), or None when it has none.  Not scoped: callers
    have already loaded the employer through a scoped selector."""
    if employer is None or employer.pk is None:
        return None
    registration = (DemandRegistration.objects.filter(employer=employer).select_related("unit")
                    .order_by("-registered_on", "-pk").first())
    return registration.unit if registration is not None else None


def is_agent_of(*, user, employer) -> bool:
    """Whether `user` is an active agent (经办人) of `employer`."""
    return EmployerAgent.objects.filter(employer=employer, user=user, is_active=True).exists()
