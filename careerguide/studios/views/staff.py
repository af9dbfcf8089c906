"""Staff pages: studios and applications in the actor's jurisdiction (HN-11-1, HN-6-24, HN-10-8)."""
from django.shortcuts import render
from django.utils import timezone

from careerguide.accounts.access import require
from careerguide.common.errors import NotFound
from careerguide.duties.selectors import open_duties_for_subject
from careerguide.privacy.masking import mask_resident_id

from ..permissions import can_view_studios, is_city_hrss
from ..selectors import application_list, studio_get, studio_list
from ..services.funds import subsidy_spent
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
    application = application_list(actor=request.user).filter(pk=pk).first()
    if application is None:
        raise NotFound
    members = [{"name": m.name, "role": m.get_role_display(), "is_named": m.is_named,
                "masked_id": mask_resident_id(m.id_number)} for m in application.members.all()]
    return render(request, "studios/application_detail.html", {"application": application, "members": members})


def _dashboard(studio):
    """HN-10-9: targets, plan due date, vacancy clock, rectification orders, subsidy balance."""
    today = timezone.localdate()
    subsidy = getattr(studio, "one_time_subsidy", None)
    return {
        "studio": studio, "today": today,
        "targets": studio_target_report(studio=studio, until=today)[-6:],
        "plan_duties": open_duties_for_subject(subject=studio),
        "rectifications": studio.rectifications.filter(passed__isnull=True),
        "subsidy": subsidy, "balance": (subsidy.amount - subsidy_spent(subsidy=subsidy)) if subsidy else None,
        "members": [{"name": m.name, "role": m.get_role_display(), "masked_id": mask_resident_id(m.id_number),
                     "left_on": m.left_on} for m in studio.members.all()],
        "plaques": studio.plaques.all(), "names": studio.names.all(), "levels": studio.levels.all(),
    }
