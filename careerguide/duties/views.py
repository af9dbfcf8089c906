import datetime as dt

from django.shortcuts import render
from django.utils import timezone

from careerguide.accounts.access import require
from careerguide.accounts.permissions import is_staff

from .selectors import early_warning_summary, overdue_duty_list


def _date(value):
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


@require(is_staff)
def early_warning_view(request):
    """Quality monitoring and early warning: overdue counts and on-time rates, drillable by unit (BJ-58-1, BJ-58-2)."""
    unit_id = request.GET.get("unit")
    unit_id = int(unit_id) if unit_id and unit_id.isdigit() else None
    kind = request.GET.get("kind") or None
    today = timezone.localdate()
    summary = early_warning_summary(actor=request.user, unit_id=unit_id, today=today, due_from=_date(request.GET.get("from")),
                                    due_to=_date(request.GET.get("to")), kind=kind)
    rows = [(row, summary.below_threshold(row)) for row in summary.by_unit]
    overdue = overdue_duty_list(actor=request.user, unit_id=unit_id, today=today, kind=kind) if kind else None
    return render(request, "duties/early_warning.html",
                  {"summary": summary, "rows": rows, "params": request.GET, "kind": kind, "overdue": overdue})
