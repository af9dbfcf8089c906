"""The community stations' labour-resource and employment/unemployment monitoring surveys (BJ-60-2)."""
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.common.periods import requested_period
from careerguide.common.views import FAILED, run_service

from ..forms import CommunitySurveyForm
from ..permissions import can_record_community_surveys
from ..selectors import community_stations_for_survey, community_survey_list, community_survey_totals
from ..services.community import community_survey_record


@require(can_record_community_surveys)
def community_surveys_view(request):
    stations = community_stations_for_survey(actor=request.user)
    form = CommunitySurveyForm(request.POST or None, stations=stations,
                               initial={"surveyed_on": timezone.localdate(), "unit": stations.first()})
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        if run_service(request, lambda: community_survey_record(actor=request.user, **data), form=form,
                       success=_("已记录社区调查。")) is not FAILED:
            return redirect("supervision:community_surveys")
    period = requested_period(request)
    start, end = period.start, period.end
    return render(request, "supervision/community_surveys.html", {
        "form": form if stations.exists() else None, "start": start, "end": end,
        "totals": community_survey_totals(actor=request.user, start=start, end=end),
        "surveys": community_survey_list(actor=request.user)[:50]}, status=400 if form.errors else 200)
