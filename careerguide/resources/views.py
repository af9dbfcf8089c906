"""Resource library pages (SD-17-*)."""
from django.shortcuts import render

from careerguide.accounts.access import require

from .choices import ResourceType
from .permissions import can_use_resources
from .selectors import resource_get, resource_list, resource_versions
from .services import resource_access_record


@require(can_use_resources)
def library_view(request):
    q, kind = request.GET.get("q", ""), request.GET.get("type", "")
    return render(request, "resources/library.html",
                  {"resources": resource_list(actor=request.user, q=q, resource_type=kind)[:200],
                                                       "q": q, "kind": kind, "types": ResourceType.choices})


@require(can_use_resources)
def resource_detail_view(request, pk):
    resource = resource_get(actor=request.user, pk=pk)
    resource_access_record(actor=request.user, resource=resource, kind="view")
    return render(request, "resources/detail.html", {"r": resource, "versions": resource_versions(resource=resource)})
