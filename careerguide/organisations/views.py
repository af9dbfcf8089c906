from django.shortcuts import render

from careerguide.accounts.access import require
from careerguide.accounts.permissions import is_staff

from .selectors import unit_list


@require(is_staff)
def list_view(request):
    return render(request, "organisations/list.html", {"units": unit_list(actor=request.user)})
