"""Pages: statistics dashboard, reports, xlsx export, and the public report pages (BJ-52, BJ-53)."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import public, require
from careerguide.common.periods import requested_period
from careerguide.common.views import post_action, run_service
from careerguide.documents.spreadsheets import file_response, xlsx_bytes

from ..choices import ReportKind
from ..forms import ReportForm
from ..permissions import can_analyse_labour_market, can_publish_market_report
from ..selectors import (
    district_units,
    market_report_get,
    market_report_list,
    market_statistics,
    public_report_get,
    public_report_list,
    statistics_unit,
)
from ..services import market_report_generate, market_report_publish, market_report_withdraw

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _params(request):
    period = requested_period(request)
    unit_id = request.GET.get("unit")
    unit = statistics_unit(actor=request.user, unit_id=int(unit_id) if unit_id and unit_id.isdigit() else None)
    return unit, period


@require(can_analyse_labour_market)
def dashboard_view(request):
    """Supply, demand and 求人倍率 by occupation, district, education, age and pay (BJ-52-2)."""
    unit, period = _params(request)
    start, end = period.start, period.end
    stats = market_statistics(unit=unit, start=start, end=end)
    return render(request, "labour_market/dashboard.html",
                  {"stats": stats, "unit": unit, "start": start, "end": end, "units": district_units(actor=request.user)})


@require(can_analyse_labour_market)
def export_view(request):
    """Supply-demand table by occupation as .xlsx (aggregates only, BJ-51-3)."""
    unit, period = _params(request)
    if period.error:
        return redirect("labour_market:dashboard")
    start, end = period.start, period.end
    stats = market_statistics(unit=unit, start=start, end=end)
    rows = [(r["code"], r["name"], r["supply"], r["demand"], r["ratio"] or "—") for r in stats["ratios"]]
    content = xlsx_bytes(title=_("职业供求"), headers=[_("职业代码"), _("职业"), _("求职人数"), _("需求人数"), _("求人倍率")], rows=rows)
    return file_response(content, filename=_("人力资源市场职业供求-%(start)s至%(end)s.xlsx") % {"start": start, "end": end}, content_type=XLSX)


@require(can_analyse_labour_market)
def report_list_view(request):
    """The reports of the actor's jurisdiction; a publisher generates one for a month or quarter (BJ-52-2, BJ-52-3)."""
    if request.method == "POST":
        if not can_publish_market_report(request.user):
            return redirect("labour_market:reports")
        form = ReportForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("统计期不正确。"))
        elif report := run_service(request, lambda: market_report_generate(
                actor=request.user, unit=request.user.unit, **form.cleaned_data), success=_("报告已生成。")):
            return redirect("labour_market:report", pk=report.pk)
    reports = market_report_list(actor=request.user)[:100]
    return render(request, "labour_market/report_list.html", {"reports": reports, "kinds": ReportKind.choices,
                                                              "year": timezone.localdate().year})


@require(can_analyse_labour_market)
def report_detail_view(request, pk):
    report = market_report_get(actor=request.user, pk=pk)
    return render(request, "labour_market/report_detail.html", {"report": report, "stats": report.data, "staff_view": True})


@require_POST
@require(can_publish_market_report)
def report_publish_view(request, pk):
    report = market_report_get(actor=request.user, pk=pk)
    back = reverse("labour_market:report", args=[pk])
    if request.POST.get("action") == "withdraw":
        return post_action(request, lambda: market_report_withdraw(actor=request.user, report=report,
                                                                   reason=request.POST.get("reason", "")),
                           success=None, redirect_to=back)
    return post_action(request, lambda: market_report_publish(actor=request.user, report=report), success=None,
                       redirect_to=back)


@public
def public_report_list_view(request):
    """Published market analysis and posted pay by occupation (BJ-53-2); no personal data (BJ-51-3)."""
    return render(request, "labour_market/public_list.html", {"reports": public_report_list()[:50]})


@public
def public_report_detail_view(request, pk):
    report = public_report_get(pk=pk)
    return render(request, "labour_market/public_detail.html", {"report": report, "stats": report.data})
