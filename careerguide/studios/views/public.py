"""Public pages (HN-6-13 notice, HN-11-17 list of active studios) and the host unit's dashboard (HN-10-9)."""
from django.shortcuts import render

from careerguide.accounts.access import public, require

from ..permissions import can_use_studio_portal
from ..selectors import (
    host_studio_get,
    named_master_name,
    public_notice_list,
    public_studio_list,
    studio_list,
)
from .staff import _dashboard


@public
def notice_list_view(request):
    rows = [{"application": a, "lead_master": named_master_name(application=a)} for a in public_notice_list()]
    return render(request, "studios/public_notices.html", {"rows": rows})


@public
def studio_directory_view(request):
    return render(request, "studios/public_list.html", {"studios": public_studio_list()})


@require(can_use_studio_portal)
def my_studios_view(request):
    return render(request, "studios/my_studios.html", {"studios": studio_list(actor=request.user)})


@require(can_use_studio_portal)
def my_studio_view(request, pk):
    studio = host_studio_get(actor=request.user, pk=pk)
    return render(request, "studios/my_studio.html", _dashboard(studio))
