"""Case pages: the list, intake from a page or from a booking, the case page and one page per step of the worker
(6.1) and employer (6.2) processes, referral (8.1), safety (8.2), archive (7.2) and satisfaction (9.2.1)."""
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.common.views import form_page, run_service

from ...selectors import appointment_get, subject_get
from ..forms.case_steps import BookingIntakeForm, IntakeForm, SafetyConcernForm
from ..permissions import can_manage_cq, can_read_case, can_work_cq_cases, is_guidance_staff
from ..selectors import (
    case_get,
    case_list,
    case_overview,
    cq_rules_enabled,
    guidance_staff_users,
    intake_subject_get,
    qualification_on,
)
from ..services.cases import case_open_from_appointment, case_register
from ..services.database import case_read
from ..services.risk import safety_concern_record
from .steps import STEPS, available_steps

FORM_PAGE = "guidance/cq/form_page.html"


def _intake_notice(user):
    """CQ-1-1, CQ-4.1-1: why this agency cannot open cases, if it cannot."""
    today = timezone.localdate()
    if user.unit is None:
        return ""
    if not cq_rules_enabled(unit=user.unit, on=today):
        return _("本辖区未采用《职业指导服务规范》（T/CQTSHRA 002-2024），不能按该规范开立个案。")
    if qualification_on(unit=user.unit, on=today) is None:
        return _("本机构没有有效的公共就业服务资质，不能开立个案。")
    return ""


@require(can_work_cq_cases)
def cases_view(request):
    return render(request, "guidance/cq/cases.html", {"cases": case_list(actor=request.user)[:200],
                                                      "notice": _intake_notice(request.user)})


def _register(request, data):
    subject = intake_subject_get(actor=request.user, recipient_type=data["recipient_type"],
                                 subject_id=data["subject_id"])
    return case_register(actor=request.user, subject=subject, unit=request.user.unit, topic=data["topic"],
                         preferred_channel=data["preferred_channel"], counsellor=data["counsellor"],
                         contact=data["contact"], preferred_time=data["preferred_time"],
                         specific_groups=data["specific_groups"], job_search_need=data["job_search_need"],
                         recipient_type=data["recipient_type"])


@require(can_work_cq_cases)
def intake_view(request):
    """CQ-6.1-2, CQ-6.2-1: a case opened from a page."""
    initial = {"recipient_type": request.GET.get("recipient_type", "worker"), "subject_id": request.GET.get("subject")}
    form = IntakeForm(request.POST or None, initial=initial, counsellors=guidance_staff_users(actor=request.user))
    return form_page(request, form, lambda: _register(request, form.cleaned_data), template=FORM_PAGE,
                     success=_("个案已开立。"), redirect_to=lambda case: reverse("guidance:cq:case", args=[case.pk]),
                     context={"title": _("开立职业指导个案"), "clause": "CQ-6.1-2",
                              "notice": _intake_notice(request.user)})


@require(can_work_cq_cases)
def booking_intake_view(request, pk):
    """CQ-6.1-2: the case of a guidance appointment whose counsellor is assigned."""
    appointment = appointment_get(actor=request.user, pk=pk)
    subject = subject_get(actor=request.user, subject_type=appointment.subject_type, subject_id=appointment.subject_id)
    form = BookingIntakeForm(request.POST or None, initial={"topic": appointment.need[:200]})
    call = lambda: case_open_from_appointment(actor=request.user, appointment=appointment, subject=subject,  # noqa: E731
                                              **form.cleaned_data)
    return form_page(request, form, call, template=FORM_PAGE, success=_("已根据预约开立个案。"),
                     redirect_to=lambda case: reverse("guidance:cq:case", args=[case.pk]),
                     context={"title": _("根据预约开立个案"), "subject": appointment.subject_label, "clause": "CQ-6.1-2",
                              "notice": _("指导人员：%(o)s") % {"o": appointment.officer.full_name if appointment.officer
                                                            else _("尚未指定")}})


@require(can_work_cq_cases)
def case_view(request, pk):
    case = case_read(actor=request.user, pk=pk)
    safety_form = SafetyConcernForm(request.POST if "description" in request.POST else None)
    if safety_form.is_bound and safety_form.is_valid() and run_service(
            request, lambda: safety_concern_record(actor=request.user, case=case, **safety_form.cleaned_data),
            form=safety_form, success=_("安全风险已记录，有关人员已收到通知。")):
        return redirect("guidance:cq:case", pk=case.pk)
    return render(request, "guidance/cq/case.html", {
        "case": case, "safety_form": safety_form, "steps": available_steps(actor=request.user, case=case),
        **case_overview(actor=request.user, case=case, today=timezone.localdate())})


def _may_take(user):
    return is_guidance_staff(user) or can_manage_cq(user)


def _after_step(user, case, back):
    """Back to the case page, or to the case list once the step took the case out of the user's hands (a
    referral handed over to a colleague, CQ-8.1.3-2 with CQ-4.4-6)."""
    case.refresh_from_db(fields=["counsellor"])
    return back if can_read_case(user, case) else reverse("guidance:cq:cases")


@require(can_work_cq_cases)
def case_step_view(request, pk, step):
    """One step of a case: its form (or a button), run through the step's service."""
    case = case_get(actor=request.user, pk=pk)
    spec = STEPS.get(step)
    if spec is None or not _may_take(request.user):
        return redirect("guidance:cq:case", pk=case.pk)
    back = reverse("guidance:cq:case", args=[case.pk])
    form = spec.form(request.POST if request.method == "POST" else None, **spec.options(request, case))
    return form_page(request, form, lambda: spec.call(request.user, case, form.cleaned_data), template=FORM_PAGE,
                     success=spec.success, redirect_to=lambda result: _after_step(request.user, case, back),
                     context={"title": spec.title, "subject": case.subject_label, "clause": spec.clause, "back": back,
                              "button": spec.button, "notice": spec.notice})
