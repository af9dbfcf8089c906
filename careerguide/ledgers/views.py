from django.shortcuts import render

from careerguide.accounts.access import require
from careerguide.accounts.permissions import is_staff
from careerguide.common.periods import requested_period
from careerguide.organisations.selectors import unit_get

from .selectors import service_counts_by_category, service_counts_by_child_unit
from .service_types import ServiceCategory


@require(is_staff)
def statistics_view(request):
    """Services delivered per BJ-2-2 category, for the actor's unit and each unit below it."""
    period = requested_period(request)
    since, until = period.start, period.end
    unit_id = request.GET.get("unit")
    unit = unit_get(actor=request.user, pk=int(unit_id)) if unit_id and unit_id.isdigit() else request.user.unit
    rows = service_counts_by_child_unit(unit=unit, since=since, until=until)
    total = service_counts_by_category(unit=unit, since=since, until=until)
    return render(request, "ledgers/statistics.html", {
        "unit": unit, "rows": rows, "total": total, "categories": ServiceCategory.choices, "since": since, "until": until,
    })
