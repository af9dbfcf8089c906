from django.shortcuts import render

from careerguide.accounts.access import public, require
from careerguide.accounts.permissions import is_signed_in


@public
def home_view(request):
    return render(request, "portal/home.html")


@require(is_signed_in)
def me_view(request):
    """A portal user's own page; self-service features are added here."""
    return render(request, "portal/me.html")
