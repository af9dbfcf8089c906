from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.accounts.permissions import can_manage_job_seekers, can_reveal_personal_data, can_view_job_seekers
from careerguide.common.errors import DomainError
from careerguide.common.forms import apply_domain_error
from careerguide.organisations.selectors import unit_list
from careerguide.privacy.masking import mask_phone, mask_resident_id
from careerguide.privacy.services import personal_data_reveal

from .forms import JobSeekerContactForm, JobSeekerCreateForm
from .selectors import job_seeker_get, job_seeker_list
from .services import job_seeker_create, job_seeker_update_contact

PAGE_SIZE = 50


@require(can_view_job_seekers)
def list_view(request):
    query = request.GET.get("q", "")
    page = Paginator(job_seeker_list(actor=request.user, query=query), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "job_seekers/list.html", {"page": page, "query": query})


@require(can_view_job_seekers)
def detail_view(request, pk):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    return render(request, "job_seekers/detail.html", {
        "seeker": seeker,
        "masked_id": mask_resident_id(seeker.id_number),
        "masked_phone": mask_phone(seeker.phone),
        "can_reveal": can_reveal_personal_data(request.user),
        "can_manage": can_manage_job_seekers(request.user),
    })


@require(can_manage_job_seekers)
def create_view(request):
    units = unit_list(actor=request.user)
    form = JobSeekerCreateForm(request.POST or None, units=units, initial={"unit": request.user.unit})
    if request.method == "POST" and form.is_valid():
        try:
            seeker = job_seeker_create(actor=request.user, **form.cleaned_data)
        except DomainError as exc:
            apply_domain_error(form, exc)
        else:
            messages.success(request, _("求职者已登记。"))
            return redirect("job_seekers:detail", pk=seeker.pk)
    return render(request, "job_seekers/create.html", {"form": form})


@require(can_manage_job_seekers)
def contact_edit_view(request, pk):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    form = JobSeekerContactForm(request.POST or None, initial={"full_name": seeker.full_name, "phone": ""})
    if request.method == "POST" and form.is_valid():
        try:
            job_seeker_update_contact(actor=request.user, job_seeker=seeker, **form.cleaned_data)
        except DomainError as exc:
            apply_domain_error(form, exc)
        else:
            messages.success(request, _("联系信息已更新。"))
            return redirect("job_seekers:detail", pk=seeker.pk)
    return render(request, "job_seekers/contact_edit.html", {"form": form, "seeker": seeker})


@require(can_reveal_personal_data)
@require_POST
def reveal_view(request, pk, field):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    value = personal_data_reveal(actor=request.user, obj=seeker, field=field, unit=seeker.unit)
    return render(request, "includes/revealed.html", {"value": value})
