"""The staffing of community stations with labour-security assistants, by community size and grids (BJ-60-2)."""
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.common.views import run_service
from careerguide.organisations.permissions import can_manage_community_staffing
from careerguide.organisations.services import community_size_update

from ..forms import CommunitySizeForm
from ..selectors import community_staffing, community_station_get


@require(can_manage_community_staffing)
def staffing_view(request):
    form = CommunitySizeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        station = community_station_get(actor=request.user, pk=request.POST.get("unit") or 0)
        if run_service(request, lambda: community_size_update(actor=request.user, unit=station, **form.cleaned_data),
                       form=form, success=_("社区规模已更新。")):
            return redirect(reverse("supervision:staffing"))
    return render(request, "supervision/staffing.html", {
        "report": community_staffing(actor=request.user, on=timezone.localdate()), "form": form},
        status=400 if form.errors else 200)
