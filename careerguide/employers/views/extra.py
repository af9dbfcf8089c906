"""Staff pages: the employer e-archive (BJ-9-1 to BJ-9-3), plans from specialized guidance (BJ-37-2) and
key-enterprise requests at any front desk (BJ-47-3)."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.common.errors import DomainError
from careerguide.common.forms import apply_domain_error
from careerguide.documents.permissions import can_use_archives
from careerguide.documents.views import archive_item_download, archive_page
from careerguide.guidance.permissions import can_give_guidance
from careerguide.guidance.selectors import plans_for_subject, records_for_subject
from careerguide.guidance.services import plan_version_add

from ..forms_extra import PlanForm, RequestCloseForm, RequestForm
from ..permissions import can_receive_requests
from ..selectors import employer_get
from ..selectors.requests import request_get, request_list
from ..services.requests import key_enterprise_request_close, key_enterprise_request_receive


@require(can_use_archives)
def archive_view(request, pk):
    return archive_page(request, employer_get(actor=request.user, pk=pk))


@require(can_use_archives)
def archive_item_view(request, pk, item_pk):
    return archive_item_download(request, employer_get(actor=request.user, pk=pk), item_pk)


@require(can_give_guidance)
def plans_view(request, pk):
    """Recruitment and HR-rules plans with all their versions (BJ-37-2)."""
    employer = employer_get(actor=request.user, pk=pk)
    records = records_for_subject(subject=employer, tier="specialized")
    form = PlanForm(request.POST or None, records=records)
    if request.method == "POST" and form.is_valid():
        try:
            plan_version_add(actor=request.user, subject=employer, **form.cleaned_data)
        except DomainError as exc:
            apply_domain_error(form, exc)
        else:
            messages.success(request, _("方案已保存并记入用人单位服务台账。"))
            return redirect("employers:plans", pk=pk)
    return render(request, "employers/plans.html", {"employer": employer, "form": form,
                                                    "plans": plans_for_subject(subject=employer)})


@require(can_receive_requests)
def requests_view(request):
    """Requests received at this desk or for enterprises this agency serves; new request form (BJ-47-3)."""
    form = RequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            key_enterprise_request_receive(actor=request.user, **form.cleaned_data)
        except DomainError as exc:
            apply_domain_error(form, exc)
        else:
            messages.success(request, _("诉求已受理，您为首问负责人；已通知企业服务专员。"))
            return redirect("employers:requests")
    return render(request, "employers/requests.html", {
        "form": form, "requests": request_list(actor=request.user)[:200], "close_form": RequestCloseForm()})


@require(can_receive_requests)
def request_close_view(request, pk):
    item = request_get(actor=request.user, pk=pk)
    form = RequestCloseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            key_enterprise_request_close(actor=request.user, request=item, **form.cleaned_data)
        except DomainError as exc:
            for message in exc.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("诉求已办结。"))
    return redirect(reverse("employers:requests"))
