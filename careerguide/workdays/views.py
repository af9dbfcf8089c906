"""Calendar pages: any staff member may view, only city administrators load years (BJ-21-8, CZ-7-9)."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.accounts.permissions import is_city_admin, is_staff
from careerguide.common.errors import DomainError
from careerguide.common.forms import apply_domain_error

from .forms import CalendarImportForm
from .models import CalendarSource
from .selectors import calendar_day_list, calendar_warning, calendar_year_list
from .services import calendar_year_load, calendar_year_parse


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
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        upload = data["file"]
        try:
            entries = calendar_year_parse(upload.read() if upload else data["text"])
            calendar_year_load(actor=request.user, year=data["year"], entries=entries,
                               source=CalendarSource.IMPORT if upload else CalendarSource.MANUAL,
                               notice=data["notice"], replace=data["replace"])
        except DomainError as exc:
            apply_domain_error(form, exc)
        else:
            messages.success(request, _("%(year)d年的工作日历已载入。") % {"year": data["year"]})
            return redirect(f"{reverse('workdays:list')}?year={data['year']}")
    return render(request, "workdays/import.html", {"form": form})
