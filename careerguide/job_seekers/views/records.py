"""Staff pages for grading, routing advice, readiness, contacts and the no-contact report."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.accounts.permissions import can_manage_job_seekers, can_view_job_seekers
from careerguide.common.errors import DomainError
from careerguide.common.forms import apply_domain_error

from ..forms import ContactForm, NoContactReportForm, OverrideForm, PeriodForm, PolicyAdviceForm, ReadinessForm
from ..permissions import can_grade_job_seekers, can_view_fairness_report
from ..selectors import grading_fairness, grading_get, job_seeker_get
from ..services.gradings import grading_override, job_seeker_grade, level_summary, policy_advice_record
from ..services.ledger import contact_record
from ..services.no_contact import no_contact_decision, no_contact_report
from ..services.readiness import readiness_assess


def _form_page(request, seeker, form, title, *, intro="", clause=""):
    return render(request, "job_seekers/form_page.html", {"seeker": seeker, "form": form, "title": title,
                                                          "intro": intro, "clause": clause})


def _run(request, form, call, success):
    try:
        call()
    except DomainError as exc:
        apply_domain_error(form, exc)
        return False
    messages.success(request, success)
    return True


@require(can_grade_job_seekers)
@require_POST
def grade_view(request, pk):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    try:
        grading = job_seeker_grade(actor=request.user, job_seeker=seeker, unit=request.user.unit)
    except DomainError as exc:
        for message in exc.messages:
            messages.error(request, message)
        return redirect("job_seekers:detail", pk=seeker.pk)
    return redirect("job_seekers:grading", pk=grading.pk)


@require(can_view_job_seekers)
def grading_view(request, pk):
    """Which factors gave which points (BJ-12-3), for staff."""
    grading = grading_get(actor=request.user, pk=pk)
    return render(request, "job_seekers/grading.html", {
        "grading": grading, "seeker": grading.job_seeker, "can_override": can_grade_job_seekers(request.user),
        "summary": level_summary(grading.level, grading.unit, grading.graded_on),
        "computed_summary": level_summary(grading.computed_level, grading.unit, grading.graded_on)})


@require(can_grade_job_seekers)
def override_view(request, pk):
    grading = grading_get(actor=request.user, pk=pk)
    form = OverrideForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _run(
            request, form, lambda: grading_override(actor=request.user, grading=grading, **form.cleaned_data),
            _("等级已调整，工具计算等级保留在评估记录中。")):
        return redirect("job_seekers:grading", pk=grading.pk)
    return _form_page(request, grading.job_seeker, form, _("调整就业困难等级"), clause="BJ-12-3",
                      intro=_("工具计算等级为%(l)s级。调整等级必须填写书面理由。") % {"l": grading.computed_level})


@require(can_manage_job_seekers)
def advice_view(request, pk):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    routing = seeker.routings.first()
    form = PolicyAdviceForm(request.POST or None, initial={"missing_procedures": routing.missing_procedures if routing else []})
    if request.method == "POST" and form.is_valid() and _run(
            request, form, lambda: policy_advice_record(actor=request.user, job_seeker=seeker, unit=request.user.unit,
                                                        routing=routing, **form.cleaned_data), _("政策咨询已记录。")):
        return redirect("job_seekers:detail", pk=seeker.pk)
    return _form_page(request, seeker, form, _("政策咨询"), clause="BJ-13-2",
                      intro=_("建议其到有关部门办理相关手续；不办理的，继续提供求职者服务。"))


@require(can_manage_job_seekers)
def readiness_view(request, pk):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    form = ReadinessForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _run(
            request, form, lambda: readiness_assess(actor=request.user, job_seeker=seeker, unit=request.user.unit,
                                                    **form.cleaned_data), _("上岗条件评估已保存。")):
        return redirect("job_seekers:detail", pk=seeker.pk)
    return _form_page(request, seeker, form, _("上岗条件评估"), clause="BJ-15-1",
                      intro=_("具备上岗条件：达成就业意向后，收到聘用通知2周内可上岗。"))


@require(can_manage_job_seekers)
def contact_view(request, pk):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    form = ContactForm(request.POST or None, initial={"occurred_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid() and _run(
            request, form, lambda: contact_record(actor=request.user, job_seeker=seeker, unit=request.user.unit,
                                                  **form.cleaned_data), _("联系记录已保存。")):
        return redirect("job_seekers:detail", pk=seeker.pk)
    return _form_page(request, seeker, form, _("记录联系"), clause="BJ-13-7",
                      intro=_("未联系上的尝试也应记录，但不计为联系。"))


@require(can_manage_job_seekers)
def no_contact_report_view(request, pk):
    seeker = job_seeker_get(actor=request.user, pk=pk)
    decision = no_contact_decision(seeker, timezone.localdate())
    form = NoContactReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _run(
            request, form, lambda: no_contact_report(actor=request.user, job_seeker=seeker, **form.cleaned_data),
            _("已反馈，停止提供相关公共就业服务。")):
        return redirect("job_seekers:detail", pk=seeker.pk)
    return _form_page(request, seeker, form, _("向就失业登记管理部门反馈"), clause="BJ-13-8",
                      intro=" ".join(decision.reasons))


@require(can_view_fairness_report)
def fairness_view(request):
    form = PeriodForm(request.GET or None)
    report = None
    if form.is_valid():
        report = grading_fairness(actor=request.user, **form.cleaned_data)
    return render(request, "job_seekers/fairness.html", {"form": form, "report": report})
