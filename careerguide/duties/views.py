import datetime as dt

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.accounts.permissions import is_staff
from careerguide.common.views import post_action, run_service
from careerguide.organisations.selectors import unit_get

from .forms import IndicatorForm
from .permissions import can_set_warning_indicators
from .selectors import early_warning_summary, overdue_duty_list, warning_indicator_get
from .services import warning_indicator_add, warning_indicator_deactivate


def _date(value):
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _unit_id(value):
    return int(value) if value and value.isdigit() else None


def _early_warning_page(request, unit_id, form=None):
    kind = request.GET.get("kind") or None
    today = timezone.localdate()
    summary = early_warning_summary(actor=request.user, unit_id=unit_id, today=today, due_from=_date(request.GET.get("from")),
                                    due_to=_date(request.GET.get("to")), kind=kind)
    rows = [(row, summary.below_threshold(row)) for row in summary.by_unit]
    overdue = overdue_duty_list(actor=request.user, unit_id=unit_id, today=today, kind=kind) if kind else None
    may_set = can_set_warning_indicators(request.user) and summary.unit.level in ("city", "district")
    return render(request, "duties/early_warning.html",
                  {"summary": summary, "rows": rows, "params": request.GET, "kind": kind, "overdue": overdue,
                   "may_set": may_set, "indicator_form": form or IndicatorForm()}, status=400 if form else 200)


@require(is_staff)
def early_warning_view(request):
    """Quality monitoring and early warning: overdue counts and on-time rates, drillable by unit, with the alerts
    of the city's and the districts' own indicators (BJ-58-1, BJ-58-2)."""
    return _early_warning_page(request, _unit_id(request.GET.get("unit")))


@require(can_set_warning_indicators)
@require_POST
def indicator_add_view(request):
    """The viewed agency (the city or a district) adds an indicator of its own (BJ-58-2)."""
    unit_id = _unit_id(request.POST.get("unit"))
    unit = unit_get(actor=request.user, pk=unit_id) if unit_id else request.user.unit
    form = IndicatorForm(request.POST)
    back = f"{reverse('duties:early_warning')}?unit={unit.pk}"
    if form.is_valid() and run_service(request, lambda: warning_indicator_add(
            actor=request.user, unit=unit, **form.cleaned_data), form=form, success=_("预警指标已添加。")):
        return redirect(back)
    return _early_warning_page(request, unit.pk, form=form)


@require(can_set_warning_indicators)
@require_POST
def indicator_deactivate_view(request, pk):
    indicator = warning_indicator_get(actor=request.user, pk=pk)
    return post_action(request, lambda: warning_indicator_deactivate(actor=request.user, indicator=indicator),
                       success=_("预警指标已停用。"),
                       redirect_to=f"{reverse('duties:early_warning')}?unit={indicator.unit_id}")
