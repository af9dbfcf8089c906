"""The public service page (CQ-9.1.1-1, CQ-9.1.1-2), readable without login: what the agency offers, on what basis,
how the process runs, what it commits to and where to complain — generated from the live catalogue, the workflow
and the policy registry."""
from django.shortcuts import render
from django.utils import timezone

from careerguide.accounts.access import public
from careerguide.organisations.selectors import public_unit_get, public_unit_list

from ..selectors import public_service_page


@public
def service_page_view(request, unit_pk=None):
    unit = public_unit_get(pk=unit_pk) if unit_pk is not None else None
    return render(request, "guidance/cq/service_page.html", {
        **public_service_page(unit=unit, today=timezone.localdate()), "units": public_unit_list()})
