"""Staff pages: applications and members in scope (CZ-6-16, CZ-11-1)."""
from django.shortcuts import render

from careerguide.accounts.access import require

from ..permissions import can_view_applications, can_view_experts
from ..selectors import application_get, application_list, membership_get, membership_list, renewal_dossier


@require(can_view_applications)
def application_list_view(request):
    return render(request, "experts/application_list.html", {"applications": application_list(actor=request.user)[:200]})


@require(can_view_applications)
def application_detail_view(request, pk):
    app = application_get(actor=request.user, pk=pk)
    return render(request, "experts/application_detail.html", {"app": app})


@require(can_view_experts)
def membership_list_view(request):
    return render(request, "experts/membership_list.html", {"members": membership_list(actor=request.user)})


@require(can_view_experts)
def membership_detail_view(request, pk):
    """The expert archive (CZ-11-1): basic info, certificates, service record, training, evaluations, exits."""
    m = membership_get(actor=request.user, pk=pk)
    return render(request, "experts/membership_detail.html", {
        "m": m, "certificates": m.certificates.all(), "dossier": renewal_dossier(m), "exits": m.exits.all(),
        "trainings": m.trainings.all(), "incentives": m.incentives.all()})
