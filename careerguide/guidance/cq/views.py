"""Staff pages of the CQ guidance process: cases, group policy sessions, the re-verification worklist."""
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.common.views import form_page, run_service

from .forms import DeliveryForm, ParticipantForm, ProcessRecordForm, SafetyConcernForm, SessionForm
from .permissions import can_work_cq_cases, is_guidance_staff
from .selectors import (
    case_list,
    case_overview,
    material_lead_workdays,
    participant_get,
    participant_list,
    reverification_days,
    reverification_worklist,
    session_get,
    session_list,
)
from .services.cases import process_record_add
from .services.database import case_read
from .services.risk import safety_concern_record
from .services.sessions import materials_deliver, participant_register, session_plan


@require(can_work_cq_cases)
def cases_view(request):
    return render(request, "guidance/cq/cases.html", {"cases": case_list(actor=request.user)[:200]})


@require(can_work_cq_cases)
def case_view(request, pk):
    case = case_read(actor=request.user, pk=pk)
    record_form = ProcessRecordForm(request.POST if "rec-summary" in request.POST else None, prefix="rec")
    safety_form = SafetyConcernForm(request.POST if "description" in request.POST else None)
    if record_form.is_bound and record_form.is_valid() and run_service(
            request, lambda: process_record_add(actor=request.user, case=case, **record_form.cleaned_data),
            form=record_form, success=_("过程记录已保存。")):
        return redirect("guidance:cq:case", pk=case.pk)
    if safety_form.is_bound and safety_form.is_valid() and run_service(
            request, lambda: safety_concern_record(actor=request.user, case=case, **safety_form.cleaned_data),
            form=safety_form, success=_("安全风险已记录，有关人员已收到通知。")):
        return redirect("guidance:cq:case", pk=case.pk)
    return render(request, "guidance/cq/case.html", {
        "case": case, "record_form": record_form, "safety_form": safety_form,
        **case_overview(actor=request.user, case=case, today=timezone.localdate())})


@require(can_work_cq_cases)
def sessions_view(request):
    form = SessionForm(request.POST or None)
    plan = lambda: session_plan(actor=request.user, unit=request.user.unit, **form.cleaned_data)  # noqa: E731
    return form_page(request, form, plan, template="guidance/cq/sessions.html", success=_("团体指导已安排。"),
                     redirect_to="guidance:cq:sessions",
                     context={"sessions": session_list(actor=request.user)[:200],
                              "can_plan": is_guidance_staff(request.user),
                              "lead_workdays": material_lead_workdays(unit=request.user.unit,
                                                                      today=timezone.localdate())})


def _deliver(request, session):
    """Record the materials' delivery to the participant named by the button (CQ-7.1.2-3)."""
    participant = participant_get(session=session, pk=request.POST.get("deliver"))
    delivery = DeliveryForm(request.POST)
    if delivery.is_valid():
        run_service(request, lambda: materials_deliver(actor=request.user, participant=participant,
                                                       channel=delivery.cleaned_data["channel"],
                                                       version=session.material_version),
                    success=_("已记录送达。"))
    return redirect("guidance:cq:session", pk=session.pk)


@require(can_work_cq_cases)
def session_view(request, pk):
    session = session_get(actor=request.user, pk=pk)
    if request.method == "POST" and "deliver" in request.POST:
        return _deliver(request, session)
    form = ParticipantForm(request.POST if "name" in request.POST else None)
    return form_page(request, form, lambda: participant_register(actor=request.user, session=session,
                                                                 **form.cleaned_data),
                     template="guidance/cq/session.html", success=_("报名已登记。"),
                     redirect_to=request.path, context={"session": session,
                                                        "participants": participant_list(session=session)})


@require(can_work_cq_cases)
def worklist_view(request):
    today = timezone.localdate()
    days = reverification_days(unit=request.user.unit, today=today)
    return render(request, "guidance/cq/worklist.html", {
        "records": reverification_worklist(actor=request.user, today=today, days=days)[:500], "days": days})
