import datetime as dt

from django.shortcuts import render
from django.utils import timezone

from careerguide.accounts.access import require
from careerguide.accounts.permissions import is_staff

from .selectors import early_warning_summary


def _date(value):
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


@require(is_staff)
def early_warning_view(request):
    """Quality monitoring and early warning: overdue counts and on-time rates, drillable by unit (BJ-58-1, BJ-58-2)."""
    unit_id = request.GET.get("unit")
    summary = early_warning_summary(
        actor=request.user, unit_id=int(unit_id) if unit_id and unit_id.isdigit() else None, today=timezone.localdate(),
        due_from=_date(request.GET.get("from")), due_to=_date(request.GET.get("to")), kind=request.GET.get("kind") or None,
    )
    return render(request, "duties/early_warning.html", {"summary": summary, "params": request.GET})
