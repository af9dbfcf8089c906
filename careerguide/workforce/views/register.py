"""Workforce pages: the register, a person's record, training hours (BJ ch.7, SD)."""
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.common.views import form_page

from ..forms.register import CounsellorForm, TrainingRecordForm
from ..permissions import can_manage_workforce, can_view_workforce
from ..selectors.register import counsellor_get, counsellor_list, counsellor_record
from ..selectors.reports import REPORT_YEARS, training_hours_report
from ..services.register import counsellor_register
from ..services.training import training_record_add

RECORD_ACTIONS = [("qualification", _("登记证书")), ("revoke", _("证书失效")), ("period", _("登记工作经历")),
                  ("output", _("登记工作成果")), ("workload", _("专门指导工作量")), ("integrity", _("职业道德记录")),
                  ("hei_unit", _("高校指导层级")), ("title", _("上报称号")), ("leave", _("登记离岗"))]


@require(can_view_workforce)
def register_view(request):
    q = request.GET.get("q", "")
    return render(request, "workforce/register.html",
                  {"counsellors": counsellor_list(actor=request.user, q=q)[:300], "q": q})


@require(can_manage_workforce)
def counsellor_create_view(request):
    form = CounsellorForm(request.POST or None)
    return form_page(request, form, lambda: counsellor_register(actor=request.user, unit=request.user.unit,
                                                                **form.cleaned_data),
                     template="workforce/form_page.html", success=_("已登记，并已生成报市级备案待办。"),
                     redirect_to=lambda c: reverse("workforce:detail", args=[c.pk]),
                     context={"heading": _("登记职业指导队伍人员"), "clause": "BJ-60-1"})


@require(can_view_workforce)
def counsellor_detail_view(request, pk):
    c = counsellor_get(actor=request.user, pk=pk)
    return render(request, "workforce/detail.html", {**counsellor_record(counsellor=c, on=timezone.localdate()),
                                                     "actions": RECORD_ACTIONS})


@require(can_manage_workforce)
def training_add_view(request, pk):
    c = counsellor_get(actor=request.user, pk=pk)
    form = TrainingRecordForm(request.POST or None)
    return form_page(request, form, lambda: training_record_add(actor=request.user, counsellor=c, **form.cleaned_data),
                     template="workforce/form_page.html", success=_("培训记录已保存。"),
                     redirect_to=reverse("workforce:detail", args=[c.pk]),
                     context={"heading": _("登记培训记录"), "clause": "BJ-69-2", "subject": c})


@require(can_view_workforce)
def training_hours_view(request):
    try:
        year = int(request.GET.get("year") or timezone.localdate().year)
    except ValueError:
        year = timezone.localdate().year
    if not REPORT_YEARS[0] <= year <= REPORT_YEARS[1]:
        year = timezone.localdate().year
    return render(request, "workforce/training_hours.html",
                  {"rows": training_hours_report(actor=request.user, year=year),
                                                              "year": year})
