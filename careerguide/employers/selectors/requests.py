"""Key-enterprise requests: seen by the receiving desk's line, the serving agency's line and the officer."""
from django.db.models import Q

from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import jurisdiction_q

from ..models import EnterpriseRequest


def request_list(*, actor, status: str = ""):
    qs = EnterpriseRequest.objects.select_related("employer", "received_unit", "received_by", "officer", "agreement__unit")
    qs = qs.filter(jurisdiction_q(actor, "received_unit") | jurisdiction_q(actor, "agreement__unit")
                   | (Q(officer=actor) if getattr(actor, "is_staff_member", False) else Q(pk__in=[])))
    return qs.filter(status=status) if status else qs


def request_get(*, actor, pk) -> EnterpriseRequest:
    found = request_list(actor=actor).filter(pk=pk).first()
    if found is None:
        raise NotFound()
    return found
