from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.accounts.permissions import can_manage_employers, can_reveal_personal_data, can_view_employers
from careerguide.common.errors import DomainError
from careerguide.common.forms import apply_domain_error
from careerguide.organisations.selectors import unit_list
from careerguide.privacy.masking import mask_phone
from careerguide.privacy.services import personal_data_reveal

from .forms import EmployerCreateForm
from .selectors import employer_get, employer_list
from .services import employer_create

PAGE_SIZE = 50


@require(can_view_employers)
def list_view(request):
    query = request.GET.get("q", "")
    page = Paginator(employer_list(actor=request.user, query=query), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "employers/list.html", {"page": page, "query": query})


@require(can_view_employers)
def detail_view(request, pk):
    employer = employer_get(actor=request.user, pk=pk)
    return render(request, "employers/detail.html", {
        "employer": employer,
        "masked_phone": mask_phone(employer.contact_phone),
        "can_reveal": can_reveal_personal_data(request.user),
    })


@require(can_manage_employers)
def create_view(request):
    form = EmployerCreateForm(request.POST or None, units=unit_list(actor=request.user), initial={"unit": request.user.unit})
    if request.method == "POST" and form.is_valid():
        try:
            employer = employer_create(actor=request.user, **form.cleaned_data)
        except DomainError as exc:
            apply_domain_error(form, exc)
        else:
            messages.success(request, _("用人单位已登记。"))
            return redirect("employers:detail", pk=employer.pk)
    return render(request, "employers/create.html", {"form": form})


@require(can_reveal_personal_data)
@require_POST
def reveal_view(request, pk, field):
    employer = employer_get(actor=request.user, pk=pk)
    value = personal_data_reveal(actor=request.user, obj=employer, field=field, unit=employer.unit)
    return render(request, "includes/revealed.html", {"value": value})
