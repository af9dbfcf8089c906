"""Calendar pages: any staff member may view, only city administrators load years (BJ-21-8, CZ-7-9)."""
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.accounts.permissions import is_city_admin, is_staff
from careerguide.common.views import form_page

from .forms import CalendarImportForm
from .selectors import calendar_day_list, calendar_warning, calendar_year_list
from .services import calendar_year_import


@require(is_staff)
def list_view(request):
    today = timezone.localdate()
    years = list(calendar_year_list())
    loaded = {y.year for y in years}
    try:
        chosen = int(request.GET.get("year", ""))
    except ValueError:
        chosen = None
    if chosen not in loaded:
        chosen = today.year if today.year in loaded else (years[0].year if years else None)
    return render(request, "workdays/list.html", {
        "years": years,
        "chosen": chosen,
        "days": calendar_day_list(year=chosen) if chosen else [],
        "warning": calendar_warning(today=today),
        "can_import": is_city_admin(request.user),
    })


@require(is_city_admin)
def import_view(request):
    form = CalendarImportForm(request.POST or None, request.FILES or None,
                              initial={"year": timezone.localdate().year + 1})
    return form_page(request, form, lambda: calendar_year_import(actor=request.user, **form.cleaned_data),
                     template="workdays/import.html",
                     success=lambda loaded: _("%(year)d年的工作日历已载入。") % {"year": loaded.year},
                     redirect_to=lambda loaded: f"{reverse('workdays:list')}?year={loaded.year}")
