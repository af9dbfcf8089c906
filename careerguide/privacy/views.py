"""The read log page: who outside the serving agencies read whose personal data, and why (BJ-51-2)."""
from django.shortcuts import render

from careerguide.accounts.access import require

from .permissions import can_view_read_log
from .selectors import personal_data_read_list


@require(can_view_read_log)
def read_log_view(request):
    return render(request, "privacy/read_log.html", {"reads": personal_data_read_list(actor=request.user)[:300]})
