"""The online appeal of a person with employment difficulties (BJ-59-2): the right and whom to contact are shown,
the appeal goes to the district of the person's habitual residence and follows the complaint workflow."""
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.accounts.permissions import is_job_seeker
from careerguide.common.views import run_service

from ..forms import AppealForm
from ..selectors import appeal_agency_choices, appeal_district_of, appeal_person_of, own_appeals
from ..services.complaints import appeal_submit


@require(is_job_seeker)
def appeal_view(request):
    seeker = appeal_person_of(user=request.user)
    district = appeal_district_of(seeker=seeker) if seeker is not None else None
    agencies = appeal_agency_choices(district=district) if district is not None else []
    form = AppealForm(request.POST or None, agencies=agencies) if district is not None else None
    if request.method == "POST" and form is not None and form.is_valid() and run_service(request, lambda: appeal_submit(
            actor=request.user, seeker=seeker, district=district, **form.cleaned_data), form=form,
            success=_("申诉已提交，区级机构将办理并答复您。")):
        return redirect(reverse("supervision:appeal"))
    return render(request, "supervision/appeal.html", {
        "seeker": seeker, "district": district, "form": form, "appeals": own_appeals(user=request.user),
        "eligible": seeker is not None and seeker.difficulty_certified},
        status=400 if form is not None and form.errors else 200)
