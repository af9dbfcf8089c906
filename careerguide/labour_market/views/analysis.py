"""Occupation analysis reports (BJ-52-1) and HR-market analysis reports (BJ-52-4): versioned documents with their
charts on the page (ECharts) and in the PDF (inline SVG), published on the platform (BJ-53-2)."""
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import public, require
from careerguide.common.views import post_action, run_service
from careerguide.documents.spreadsheets import PDF_TYPE, file_response

from ..exports import analysis_pdf
from ..forms import AnalysisCreateForm, AnalysisReviseForm
from ..permissions import can_analyse_labour_market, can_publish_market_report
from ..selectors import (
    analysis_report_get,
    analysis_report_list,
    analysis_version_get,
    analysis_versions,
    public_analysis_get,
    public_analysis_list,
)
from ..services import (
    analysis_report_create,
    analysis_report_publish,
    analysis_report_revise,
    analysis_report_withdraw,
)


def _page(report, number=None) -> str:
    url = reverse("labour_market:analysis", args=[report.pk])
    return f"{url}?v={number}" if number else url


def _create_call(request, form):
    data = form.cleaned_data
    return lambda: analysis_report_create(
        actor=request.user, kind=data["kind"], title=data["title"], occupation_code=data["occupation_code"],
        topic=data["topic"], period_start=data["period_start"], period_end=data["period_end"], sections=form.sections())


@require(can_analyse_labour_market)
def analysis_list_view(request):
    today = timezone.localdate()
    form = AnalysisCreateForm(request.POST or None, initial={"period_start": today.replace(month=1, day=1),
                                                             "period_end": today})
    may = can_publish_market_report(request.user)
    if request.method == "POST" and may and form.is_valid():
        report = run_service(request, _create_call(request, form), form=form, success=_("分析报告已生成（第1版）。"))
        if report:
            return redirect(_page(report))
    return render(request, "labour_market/analysis_list.html", {
        "reports": analysis_report_list(actor=request.user)[:100], "form": form, "may_write": may},
        status=400 if form.errors else 200)


@require(can_analyse_labour_market)
def analysis_detail_view(request, pk):
    report = analysis_report_get(actor=request.user, pk=pk)
    number = request.GET.get("v")
    version = analysis_version_get(report=report, number=int(number) if number and number.isdigit() else None)
    form = AnalysisReviseForm(request.POST or None, initial={
        "period_start": version.period_start, "period_end": version.period_end, "body": version.body,
        "work_content": version.work_content, "skill_requirements": version.skill_requirements,
        "knowledge_requirements": version.knowledge_requirements, "vocational_interests": version.vocational_interests})
    if request.method == "POST" and can_publish_market_report(request.user) and form.is_valid():
        data = form.cleaned_data
        revised = run_service(request, lambda: analysis_report_revise(
            actor=request.user, report=report, period_start=data["period_start"], period_end=data["period_end"],
            sections=form.sections(), change_note=data["change_note"]), form=form, success=_("已保存为新版本。"))
        if revised:
            return redirect(_page(report))
    return render(request, "labour_market/analysis_detail.html", {
        "report": report, "version": version, "versions": analysis_versions(report=report), "stats": version.data,
        "form": form, "may_write": can_publish_market_report(request.user)}, status=400 if form.errors else 200)


@require(can_analyse_labour_market)
def analysis_pdf_view(request, pk, number):
    report = analysis_report_get(actor=request.user, pk=pk)
    version = analysis_version_get(report=report, number=number)
    return file_response(analysis_pdf(version), filename=_("%(title)s-第%(number)s版.pdf") % {"title": report.title, "number": version.number}, content_type=PDF_TYPE)


@require(can_publish_market_report)
@require_POST
def analysis_publish_view(request, pk):
    report = analysis_report_get(actor=request.user, pk=pk)
    if request.POST.get("action") == "withdraw":
        return post_action(request, lambda: analysis_report_withdraw(actor=request.user, report=report,
                                                                     reason=request.POST.get("reason", "")),
                           success=_("报告已撤回。"), redirect_to=_page(report))
    return post_action(request, lambda: analysis_report_publish(actor=request.user, report=report),
                       success=_("最新版本已发布到公共服务平台。"), redirect_to=_page(report))


@public
def public_analysis_list_view(request):
    return render(request, "labour_market/public_analysis_list.html", {"reports": public_analysis_list()[:50]})


@public
def public_analysis_detail_view(request, pk):
    report = public_analysis_get(pk=pk)
    version = report.published_version
    return render(request, "labour_market/public_analysis_detail.html", {"report": report, "version": version,
                                                                         "stats": version.data})


@public
def public_analysis_pdf_view(request, pk):
    report = public_analysis_get(pk=pk)
    return file_response(analysis_pdf(report.published_version), filename=f"{report.title}.pdf", content_type=PDF_TYPE)
