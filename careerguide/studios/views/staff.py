"""Staff pages: studios and applications in the actor's jurisdiction (HN-11-1, HN-6-24, HN-10-8)."""
from django.shortcuts import render
from django.utils import timezone

from careerguide.accounts.access import require

from ..permissions import can_grant_special_subsidy, can_view_studios, is_city_hrss, is_county_bureau, is_studio_centre
from ..selectors import (
    application_file,
    application_get,
    application_list,
    open_rectification,
    pending_nominations,
    studio_dashboard,
    studio_get,
    studio_list,
    studio_records,
)
from ..services.supervision import studio_target_report


@require(can_view_studios)
def overview_view(request):
    return render(request, "studios/staff_list.html", {
        "studios": studio_list(actor=request.user)[:200],
        "applications": application_list(actor=request.user)[:200],
    })


@require(can_view_studios)
def studio_detail_view(request, pk):
    studio, user = studio_get(actor=request.user, pk=pk), request.user
    return render(request, "studios/staff_detail.html", {
        **_dashboard(studio), **studio_records(studio=studio), "can_act": is_city_hrss(user),
        "is_centre": is_studio_centre(user), "can_evaluate": is_city_hrss(user) or is_studio_centre(user),
        "can_subsidy": can_grant_special_subsidy(user), "rectification": open_rectification(studio=studio),
        "pending_nominations": pending_nominations(studio=studio).exists()})


@require(can_view_studios)
def application_detail_view(request, pk):
    application, user = application_get(actor=request.user, pk=pk), request.user
    return render(request, "studios/application_detail.html", {
        **application_file(actor=user, application=application), "is_centre": is_studio_centre(user),
        "can_act": is_city_hrss(user), "can_recommend": is_county_bureau(user)})


def _dashboard(studio):
    """HN-10-9: targets, plan due date, lead-master absence, rectification orders, subsidy balance."""
    today = timezone.localdate()
    return {**studio_dashboard(studio=studio, on=today),
            "targets": studio_target_report(studio=studio, until=today)[-6:]}
