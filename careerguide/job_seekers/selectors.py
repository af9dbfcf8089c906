"""Reads of job-seeker records, always scoped by jurisdiction."""
from careerguide.common.errors import NotFound
from careerguide.common.identifiers import normalise_resident_id, resident_id_problems
from careerguide.organisations.scoping import visible_to

from .lookup import id_number_lookup_key
from .models import JobSeeker


def job_seeker_list(*, actor, query: str = ""):
    qs = visible_to(actor, JobSeeker.objects.select_related("unit"))
    query = (query or "").strip()
    if query:
        if not resident_id_problems(query):
            qs = qs.filter(id_number_index=id_number_lookup_key(normalise_resident_id(query)))
        else:
            qs = qs.filter(full_name__startswith=query)
    return qs.order_by("-created_at", "-pk")


def job_seeker_get(*, actor, pk) -> JobSeeker:
    seeker = visible_to(actor, JobSeeker.objects.select_related("unit")).filter(pk=pk).first()
    if seeker is None:
        raise NotFound()
    return seeker
