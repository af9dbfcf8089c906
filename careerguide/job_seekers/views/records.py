"""Staff pages for the records about a person: grading, certification, routing advice, readiness, contacts and
the no-contact report."""
from django.contrib import messages
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.accounts.permissions import can_manage_job_seekers, can_view_job_seekers
from careerguide.common.views import form_page, post_action
from careerguide.documents.selectors import archive_items

from ..forms import (
    CertificationForm,
    ContactForm,
    NoContactReportForm,
    OverrideForm,
    PeriodForm,
    PolicyAdviceForm,
    ReadinessForm,
)
from ..permissions import can_grade_job_seekers, can_view_fairness_report
from ..selectors import grading_fairness, grading_get, job_ready_start_days, job_seeker_get, latest_routing
from ..services.certification import difficulty_certification_record
from ..services.gradings import grading_override, grading_summaries, job_seeker_grade, policy_advice_record
from ..services.ledger import contact_record
from ..services.no_contact import no_contact_decision, no_contact_report
from ..services.readiness import readiness_assess
from .person_form import TEMPLATE, person_form_context, person_page


@require(can_grade_job_seekers)
@require_POST
def grade_view(request, pk):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    return post_action(request, lambda: job_seeker_grade(actor=request.user, job_seeker=seeker, unit=request.user.unit),
                       success=None, redirect_to=person_page(seeker),
                       on_success=lambda grading: reverse("job_seekers:grading", args=[grading.pk]))


@require(can_view_job_seekers)
def grading_view(request, pk):
    """Which factors gave which points (BJ-12-3), for staff."""
    grading = grading_get(actor=request.user, pk=pk)
    summary, computed_summary = grading_summaries(grading=grading)
    return render(request, "job_seekers/grading.html", {
        "grading": grading, "seeker": grading.job_seeker, "can_override": can_grade_job_seekers(request.user),
        "summary": summary, "computed_summary": computed_summary})


@require(can_grade_job_seekers)
def override_view(request, pk):
    grading = grading_get(actor=request.user, pk=pk)
    form = OverrideForm(request.POST or None)
    return form_page(
        request, form, lambda: grading_override(actor=request.user, grading=grading, **form.cleaned_data),
        template=TEMPLATE, success=_("等级已调整，工具计算等级保留在评估记录中。"),
        redirect_to=reverse("job_seekers:grading", args=[grading.pk]),
        context=person_form_context(grading.job_seeker, _("调整就业困难等级"), clause="BJ-12-3",
                                    intro=_("工具计算等级为%(l)s级。调整等级必须填写书面理由。") % {"l": grading.computed_level}))


@require(can_manage_job_seekers)
def certification_view(request, pk):
    """Record a certification or exit with its date and evidence; routing is then re-run (BJ-13-1)."""
    seeker = job_seeker_get(actor=request.user, pk=pk)
    items = archive_items(subject=seeker)
    form = CertificationForm(request.POST or None, items=items, initial={"decided_on": timezone.localdate()})
    if request.method == "GET" and not items.exists():
        messages.info(request, _("可先在电子档案中上传认定材料，再在此选择。"))
    return form_page(
        request, form, lambda: difficulty_certification_record(actor=request.user, job_seeker=seeker,
                                                               unit=request.user.unit, **form.cleaned_data),
        template=TEMPLATE, success=_("认定情况已记录，已重新判断服务去向。"), redirect_to=person_page(seeker),
        context=person_form_context(seeker, _("就业困难人员认定"), clause="BJ-13-1",
                                    intro=_("认定由有关部门作出，此处记录认定结果、日期和依据。")))


@require(can_manage_job_seekers)
def advice_view(request, pk):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    routing = latest_routing(job_seeker=seeker)
    form = PolicyAdviceForm(request.POST or None, initial={"missing_procedures": routing.missing_procedures if routing else []})
    return form_page(
        request, form, lambda: policy_advice_record(actor=request.user, job_seeker=seeker, unit=request.user.unit,
                                                    routing=routing, **form.cleaned_data),
        template=TEMPLATE, success=_("政策咨询已记录。"), redirect_to=person_page(seeker),
        context=person_form_context(seeker, _("政策咨询"), clause="BJ-13-2",
                                    intro=_("建议其到有关部门办理相关手续；不办理的，继续提供求职者服务。")))


@require(can_manage_job_seekers)
def readiness_view(request, pk):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    form = ReadinessForm(request.POST or None)
    days = job_ready_start_days(job_seeker=seeker, on=timezone.localdate())
    return form_page(
        request, form, lambda: readiness_assess(actor=request.user, job_seeker=seeker, unit=request.user.unit,
                                                **form.cleaned_data),
        template=TEMPLATE, success=_("上岗条件评估已保存。"), redirect_to=person_page(seeker),
        context=person_form_context(seeker, _("上岗条件评估"), clause="BJ-15-1",
                                    intro=_("具备上岗条件：达成就业意向后，收到聘用通知%(d)s天内可上岗。") % {"d": days}))


@require(can_manage_job_seekers)
def contact_view(request, pk):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    form = ContactForm(request.POST or None, initial={"occurred_on": timezone.localdate()})
    return form_page(
        request, form, lambda: contact_record(actor=request.user, job_seeker=seeker, unit=request.user.unit,
                                              **form.cleaned_data),
        template=TEMPLATE, success=_("联系记录已保存。"), redirect_to=person_page(seeker),
        context=person_form_context(seeker, _("记录联系"), clause="BJ-13-7",
                                    intro=_("未联系上的尝试也应记录，但不计为联系。")))


@require(can_manage_job_seekers)
def no_contact_report_view(request, pk):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    decision = no_contact_decision(job_seeker=seeker, on=timezone.localdate())
    form = NoContactReportForm(request.POST or None)
    return form_page(
        request, form, lambda: no_contact_report(actor=request.user, job_seeker=seeker, **form.cleaned_data),
        template=TEMPLATE, success=_("已反馈，停止提供相关公共就业服务。"), redirect_to=person_page(seeker),
        context=person_form_context(seeker, _("向就失业登记管理部门反馈"), clause="BJ-13-8",
                                    intro=" ".join(decision.reasons)))


@require(can_view_fairness_report)
def fairness_view(request):
    form = PeriodForm(request.GET or None)
    report = None
    if form.is_valid():
        report = grading_fairness(actor=request.user, **form.cleaned_data)
    return render(request, "job_seekers/fairness.html", {"form": form, "report": report})
