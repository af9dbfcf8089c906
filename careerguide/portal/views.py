import datetime as dt

from django.shortcuts import render
from django.utils import timezone

from careerguide.accounts.access import public, require
from careerguide.accounts.permissions import is_signed_in
from careerguide.duties.selectors import published_results
from careerguide.organisations.selectors import public_unit_get, public_unit_list
from careerguide.policy.selectors import published_time_limits
from careerguide.supervision.selectors import surveys_awaiting

PUBLISHED_RESULTS_DAYS = 90


@public
def home_view(request):
    return render(request, "portal/home.html")


@require(is_signed_in)
def me_view(request):
    """A portal user's own page; self-service features are added here, with the service ratings asked of them
    (BJ-57-1)."""
    return render(request, "portal/me.html", {"surveys": surveys_awaiting(user=request.user)[:20]})


@public
def agency_list_view(request):
    """Every agency with its contact details (BJ-5-10)."""
    return render(request, "portal/agencies.html", {"units": public_unit_list()})


@public
def agency_detail_view(request, pk):
    """Service disclosure (BJ-5-10, BJ-5-11): procedures, legal basis, commitments, time limits and
    recent results (reference, item, outcome and date only)."""
    unit = public_unit_get(pk=pk)
    today = timezone.localdate()
    return render(request, "portal/agency.html", {
        "unit": unit,
        "time_limits": published_time_limits(unit=unit, on=today),
        "results": published_results(unit=unit, since=today - dt.timedelta(days=PUBLISHED_RESULTS_DAYS)),
        "results_days": PUBLISHED_RESULTS_DAYS,
    })
