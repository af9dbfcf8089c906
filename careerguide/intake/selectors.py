"""Reads of front-desk requests: a request is seen by the jurisdiction of the desk that received it and by that of
the back office it was routed to (BJ-5-9)."""
from __future__ import annotations

from careerguide.common.errors import NotFound
from careerguide.employers.models import Employer
from careerguide.job_seekers.lookup import id_number_lookup_key
from careerguide.job_seekers.models import JobSeeker
from careerguide.organisations.scoping import jurisdiction_q

from .models import RequestHandover, ServiceRequest
from .states import OPEN_STATUSES, RequestStatus


def request_list(*, actor):
    qs = ServiceRequest.objects.filter(jurisdiction_q(actor, "received_unit") | jurisdiction_q(actor, "routed_unit"))
    return qs.select_related("received_unit", "received_by", "routed_unit", "responsible")


def request_get(*, actor, pk: int) -> ServiceRequest:
    item = request_list(actor=actor).filter(pk=pk).first()
    if item is None:
        raise NotFound()
    return item


def queue_for(*, actor):
    """The back-office queue of the actor's agency for the roles the actor holds: handed over and waiting to be
    accepted, or accepted by the actor."""
    roles = list(actor.role_assignments.values_list("role", flat=True))
    waiting = ServiceRequest.objects.filter(routed_unit_id=actor.unit_id, queue_role__in=roles,
                                            status=RequestStatus.HANDED_OVER)
    mine = ServiceRequest.objects.filter(responsible=actor, status__in=OPEN_STATUSES)
    return (waiting | mine).select_related("received_unit", "received_by", "routed_unit", "responsible").distinct()


def handovers_of(*, request: ServiceRequest):
    return RequestHandover.objects.filter(request=request).select_related(
        "from_user", "from_unit", "to_unit", "accepted_by").order_by("handed_at", "pk")


def pending_handover(*, request: ServiceRequest) -> RequestHandover | None:
    return RequestHandover.objects.filter(request=request, accepted_at__isnull=True).order_by("-pk").first()


def client_person(*, id_number: str) -> JobSeeker | None:
    """The registered person with this ID number, wherever they are served (found by blind index, never shown)."""
    return JobSeeker.objects.select_related("unit").filter(id_number_index=id_number_lookup_key(id_number)).first()


def client_employer(*, credit_code: str) -> Employer | None:
    return Employer.objects.select_related("unit").filter(credit_code=credit_code).first()


def open_request_of(*, client, category: str) -> ServiceRequest | None:
    field = "job_seeker" if isinstance(client, JobSeeker) else "employer"
    return (ServiceRequest.objects.filter(**{field: client}, category=category, status__in=OPEN_STATUSES)
            .select_related("responsible", "routed_unit").first())
