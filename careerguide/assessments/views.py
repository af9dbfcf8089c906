"""Assessment pages: the instrument catalogue (CQ-4.3-4, CQ-7.1.6-2 shows purpose and target group)."""
from django.shortcuts import render

from careerguide.accounts.access import require

from .permissions import can_use_assessments
from .selectors import instrument_list


@require(can_use_assessments)
def instruments_view(request):
    return render(request, "assessments/instruments.html", {"instruments": instrument_list()})
