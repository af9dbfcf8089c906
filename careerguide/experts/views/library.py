"""Staff pages of the Shandong expert library (SD-9-1..9-5, SD-3-2)."""
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.common.views import form_page, run_service

from ..choices import EngagementPurpose, LibraryLevel
from ..forms.library import EngagementForm, LibraryEnrolForm, LibraryRemoveForm, PanelDrawForm, ReportPeriodForm
from ..permissions import can_manage_library, can_use_library
from ..selectors import (
    library_engagement_list,
    library_engagements_of,
    library_expert_get,
    library_usable_list,
    library_usage_report,
)
from ..services import library as services

FORM = "experts/library/form.html"


@require(can_use_library)
def library_list_view(request):
    return render(request, "experts/library/list.html", {
        "experts": library_usable_list(actor=request.user), "can_manage": can_manage_library(request.user),
        "engagements": library_engagement_list(actor=request.user)[:50]})


@require(can_use_library)
def library_detail_view(request, pk):
    m = library_expert_get(actor=request.user, pk=pk)
    return render(request, "experts/library/detail.html", {
        "m": m, "engagements": library_engagements_of(membership=m),
        "can_remove": can_manage_library(request.user) and m.unit_id == request.user.unit_id
        and m.status == "active"})


@require(can_manage_library)
def library_enrol_view(request):
    form = LibraryEnrolForm(request.POST or None)
    return form_page(request, form, lambda: services.library_expert_enrol(actor=request.user, **form.service_kwargs()),
                     template=FORM, success=_("已入库。"), redirect_to=lambda m: reverse("experts:library_detail", args=[m.pk]),
                     context={"heading": _("专家入库")})


@require(can_manage_library)
def library_remove_view(request, pk):
    m = library_expert_get(actor=request.user, pk=pk)
    form = LibraryRemoveForm(request.POST or None)
    return form_page(request, form,
                     lambda: services.library_expert_remove(actor=request.user, membership=m,
                                                            reason=form.cleaned_data["reason"]),
                     template=FORM, success=_("已出库。"), redirect_to=reverse("experts:library_detail", args=[m.pk]),
                     context={"heading": _("专家出库：%(n)s") % {"n": m.name}})


@require(can_use_library)
def engagement_create_view(request):
    form = EngagementForm(request.POST or None, experts=library_usable_list(actor=request.user))
    return form_page(request, form,
                     lambda: services.library_engagement_record(
                         actor=request.user, **{**form.cleaned_data, "experts": list(form.cleaned_data["experts"])}),
                     template=FORM, success=_("已登记专家使用记录。"), redirect_to="experts:library_list",
                     context={"heading": _("登记专家使用")})


@require(can_use_library)
def panel_draw_view(request):
    form = PanelDrawForm(request.POST or None)
    drawn = None
    if request.method == "POST" and form.is_valid():
        drawn = run_service(request, lambda: services.library_panel_draw(actor=request.user, **form.cleaned_data),
                            form=form) or None
    return render(request, "experts/library/draw.html", {"form": form, "heading": _("随机抽取评审专家"), "drawn": drawn})


@require(can_use_library)
def usage_report_view(request):
    today = timezone.localdate()
    form = ReportPeriodForm(request.GET or {"start": today.replace(month=1, day=1), "end": today})
    report = library_usage_report(actor=request.user, **form.cleaned_data) if form.is_valid() else None
    return render(request, "experts/library/report.html", {
        "form": form, "report": report, "purposes": dict(EngagementPurpose.choices),
        "levels": dict(LibraryLevel.choices)})
