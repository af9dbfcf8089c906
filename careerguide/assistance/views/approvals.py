"""The approval inbox: transfers for the district or city (BJ-24-3), terminations for the street/township head
(BJ-29-1, BJ-29-2)."""
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.common.views import form_page

from ..forms import TerminationDecideForm, TransferDecideForm
from ..permissions import can_approve_assistance, can_decide_transfers, can_use_approvals
from ..selectors import termination_get, terminations_awaiting, transfer_get, transfers_awaiting
from ..services.terminations import termination_decide
from ..services.transfers import transfer_decide
from .common import TEMPLATE


@require(can_use_approvals)
def approvals_view(request):
    user = request.user
    return render(request, "assistance/approvals.html", {
        "transfers": transfers_awaiting(actor=user) if can_decide_transfers(user) else [],
        "terminations": terminations_awaiting(actor=user) if can_approve_assistance(user) else []})


@require(can_decide_transfers)
def transfer_decide_view(request, pk):
    transfer = transfer_get(actor=request.user, pk=pk)
    form = TransferDecideForm(request.POST or None)
    return form_page(request, form, lambda: transfer_decide(actor=request.user, transfer=transfer, **form.cleaned_data),
                     template=TEMPLATE, success=_("已处理划转申请。"), redirect_to=reverse("assistance:approvals"),
                     context={"title": _("服务关系划转审批"), "clause": "BJ-24-3 · BJ-24-4", "transfer": transfer,
                              "seeker": transfer.case.job_seeker, "back": reverse("assistance:approvals")})


@require(can_approve_assistance)
def termination_decide_view(request, pk):
    termination = termination_get(actor=request.user, pk=pk)
    form = TerminationDecideForm(request.POST or None)
    return form_page(request, form,
                     lambda: termination_decide(actor=request.user, termination=termination,
                                                approve=form.cleaned_data["approve"] == "yes",
                                                note=form.cleaned_data["note"],
                                                reported_to=form.cleaned_data["reported_to"]),
                     template=TEMPLATE, success=_("已审批终止申请。"), redirect_to=reverse("assistance:approvals"),
                     context={"title": _("终止就业援助服务审批"), "clause": "BJ-29-1 · BJ-29-2",
                              "termination": termination, "seeker": termination.case.job_seeker,
                              "back": reverse("assistance:approvals")})
