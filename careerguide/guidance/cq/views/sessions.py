"""Pages of policy-information group guidance (CQ-7.1.2-*) and the re-verification worklist (CQ-4.4-3)."""
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.common.views import form_page, run_service

from ..forms.sessions import DeliveryForm, ParticipantForm, SessionForm
from ..permissions import can_work_cq_cases, is_guidance_staff
from ..selectors import (
    material_lead_workdays,
    participant_get,
    participant_list,
    reverification_days,
    reverification_worklist,
    session_compliance,
    session_get,
    session_rows,
)
from ..services.sessions import materials_deliver, participant_register, session_plan


@require(can_work_cq_cases)
def sessions_view(request):
    form = SessionForm(request.POST or None)
    plan = lambda: session_plan(actor=request.user, unit=request.user.unit, **form.cleaned_data)  # noqa: E731
    today = timezone.localdate()
    return form_page(request, form, plan, template="guidance/cq/sessions.html", success=_("团体指导已安排。"),
                     redirect_to="guidance:cq:sessions",
                     context={"sessions": session_rows(actor=request.user, today=today),
                              "can_plan": is_guidance_staff(request.user),
                              "lead_workdays": material_lead_workdays(unit=request.user.unit, today=today)})


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
    compliance = session_compliance(session=session, today=timezone.localdate())
    return form_page(request, form, lambda: participant_register(actor=request.user, session=session,
                                                                 **form.cleaned_data),
                     template="guidance/cq/session.html", success=_("报名已登记。"),
                     redirect_to=request.path, context={"session": session, "compliance": compliance,
                                                        "participants": participant_list(session=session)})


@require(can_work_cq_cases)
def worklist_view(request):
    today = timezone.localdate()
    days = reverification_days(unit=request.user.unit, today=today)
    return render(request, "guidance/cq/worklist.html", {
        "records": reverification_worklist(actor=request.user, today=today, days=days)[:500], "days": days})
