"""Staff pages: studios and applications in the actor's jurisdiction (HN-11-1, HN-6-24, HN-10-8)."""
from django.shortcuts import render
from django.utils import timezone

from careerguide.accounts.access import require

from ..permissions import can_view_studios, is_city_hrss
from ..selectors import (
    application_get,
    application_list,
    application_member_rows,
    studio_dashboard,
    studio_get,
    studio_list,
)
from ..services.operation import studio_target_report


@require(can_view_studios)
def overview_view(request):
    return render(request, "studios/staff_list.html", {
        "studios": studio_list(actor=request.user)[:200],
        "applications": application_list(actor=request.user)[:200],
    })


@require(can_view_studios)
def studio_detail_view(request, pk):
    studio = studio_get(actor=request.user, pk=pk)
    return render(request, "studios/staff_detail.html", {**_dashboard(studio), "can_act": is_city_hrss(request.user)})


@require(can_view_studios)
def application_detail_view(request, pk):
    application = application_get(actor=request.user, pk=pk)
    members = application_member_rows(application=application)
    return render(request, "studios/application_detail.html", {"application": application, "members": members})


def _dashboard(studio):
    """HN-10-9: targets, plan due date, lead-master absence, rectification orders, subsidy balance."""
    today = timezone.localdate()
    return {**studio_dashboard(studio=studio, on=today),
            "targets": studio_target_report(studio=studio, until=today)[-6:]}
