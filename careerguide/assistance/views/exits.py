"""Transfers, termination for unwillingness and the welfare post, as the street/township files them
(BJ-24, BJ-29, BJ-30)."""
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.common.views import post_action
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.selectors import public_units_of_level

from ..forms import PlacementEndForm, PlacementForm, TerminationForm, TransferForm, TransferVerifyForm, WelfareReferForm
from ..permissions import can_serve_assistance
from ..selectors import assistance_case_get, referral_get, transfer_get, unwilling_statements_of
from ..services.terminations import termination_request
from ..services.transfers import transfer_request, transfer_resubmit, transfer_verify
from ..services.welfare import welfare_place, welfare_placement_end, welfare_refer
from .common import case_form, case_url


@require(can_serve_assistance)
def transfer_view(request, pk):
    case = assistance_case_get(actor=request.user, pk=pk)
    streets = public_units_of_level(UnitLevel.STREET).exclude(pk=case.unit_id)
    form = TransferForm(request.POST or None, querysets={"to_unit": streets})
    return case_form(request, case, form, lambda: transfer_request(actor=request.user, case=case, **form.cleaned_data),
                     title=_("就业援助服务关系变更申请"), clause="BJ-24-1", anchor="transfers",
                     success=_("已受理变更申请，请核实有关情况。"))


@require(can_serve_assistance)
def transfer_verify_view(request, pk):
    transfer = transfer_get(actor=request.user, pk=pk)
    form = TransferVerifyForm(request.POST or None)
    return case_form(request, transfer.case, form,
                     lambda: transfer_verify(actor=request.user, transfer=transfer,
                                             accept=form.cleaned_data["accept"] == "yes", note=form.cleaned_data["note"]),
                     title=_("核实变更申请"), clause="BJ-24-2", anchor="transfers", success=_("已处理变更申请。"))


@require(can_serve_assistance)
@require_POST
def transfer_resubmit_view(request, pk):
    transfer = transfer_get(actor=request.user, pk=pk)
    return post_action(request, lambda: transfer_resubmit(actor=request.user, transfer=transfer),
                       success=_("已重新上报划转申请。"), redirect_to=case_url(transfer.case, "transfers"))


@require(can_serve_assistance)
def termination_view(request, pk):
    case = assistance_case_get(actor=request.user, pk=pk)
    form = TerminationForm(request.POST or None, querysets={"follow_up": unwilling_statements_of(case=case)})
    return case_form(request, case, form, lambda: termination_request(actor=request.user, case=case, **form.cleaned_data),
                     title=_("核实并报请终止就业援助服务"), clause="BJ-29-1 · BJ-29-3", anchor="termination",
                     success=_("已核实，待本街道（乡镇）机构负责人审批。"))


@require(can_serve_assistance)
def welfare_view(request, pk):
    case = assistance_case_get(actor=request.user, pk=pk)
    form = WelfareReferForm(request.POST or None)
    return case_form(request, case, form, lambda: welfare_refer(actor=request.user, case=case, **form.cleaned_data),
                     title=_("向社会公益性就业组织推荐"), clause="BJ-30-1 · BJ-30-3", anchor="welfare",
                     success=_("已推荐至社会公益性就业组织。"))


@require(can_serve_assistance)
def placement_view(request, pk):
    referral = referral_get(actor=request.user, pk=pk)
    form = PlacementForm(request.POST or None, initial={"placed_on": timezone.localdate()})
    return case_form(request, referral.case, form,
                     lambda: welfare_place(actor=request.user, referral=referral, **form.cleaned_data),
                     title=_("记录托底安置"), clause="BJ-30-4 · BJ-30-6", anchor="welfare",
                     success=_("已记录托底安置，就业援助服务协议同时终止执行。"))


@require(can_serve_assistance)
def placement_end_view(request, pk):
    referral = referral_get(actor=request.user, pk=pk)
    form = PlacementEndForm(request.POST or None, initial={"ended_on": timezone.localdate()})
    return case_form(request, referral.case, form,
                     lambda: welfare_placement_end(actor=request.user, referral=referral, **form.cleaned_data),
                     title=_("托底安置结束"), clause="BJ-30-6 · BJ-30-7", anchor="welfare", success=_("已记录安置结果。"))
