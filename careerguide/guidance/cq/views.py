"""Staff pages of the CQ guidance process: cases, group policy sessions, the re-verification worklist."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.common.errors import DomainError
from careerguide.common.forms import apply_domain_error
from careerguide.policy.selectors import policy_value

from .forms import DeliveryForm, ParticipantForm, ProcessRecordForm, SafetyConcernForm, SessionForm
from .permissions import can_see_safety_concern, can_work_cq_cases, is_guidance_staff
from .selectors import case_list, reverification_worklist, session_get, session_list
from .services.cases import process_record_add
from .services.database import archive_missing_for, case_read
from .services.risk import safety_concern_record
from .services.sessions import materials_deliver, participant_register, session_plan


def _attempt(request, form, call, success):
    try:
        call()
    except DomainError as exc:
        apply_domain_error(form, exc)
        return False
    messages.success(request, success)
    return True


@require(can_work_cq_cases)
def cases_view(request):
    return render(request, "guidance/cq/cases.html", {"cases": case_list(actor=request.user)[:200]})


@require(can_work_cq_cases)
def case_view(request, pk):
    case = case_read(actor=request.user, pk=pk)
    record_form = ProcessRecordForm(request.POST if "rec-summary" in request.POST else None, prefix="rec")
    safety_form = SafetyConcernForm(request.POST if "description" in request.POST else None)
    if request.method == "POST":
        if "rec-summary" in request.POST:
            if record_form.is_valid() and _attempt(request, record_form, lambda: process_record_add(
                    actor=request.user, case=case, **record_form.cleaned_data), _("过程记录已保存。")):
                return redirect("guidance:cq:case", pk=case.pk)
        elif safety_form.is_valid() and _attempt(request, safety_form, lambda: safety_concern_record(
                actor=request.user, case=case, **safety_form.cleaned_data), _("安全风险已记录，有关人员已收到通知。")):
            return redirect("guidance:cq:case", pk=case.pk)
    concerns = [c for c in case.safety_concerns.all() if can_see_safety_concern(request.user, c)]
    return render(request, "guidance/cq/case.html", {
        "case": case, "records": case.records.all(), "plans": case.plans.all(), "referrals": case.referrals.all(),
        "concerns": concerns, "safety_alert": any(c.closed_at is None for c in concerns),
        "archive_missing": archive_missing_for(case), "record_form": record_form, "safety_form": safety_form})


@require(can_work_cq_cases)
def sessions_view(request):
    form = SessionForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _attempt(
            request, form, lambda: session_plan(actor=request.user, unit=request.user.unit, **form.cleaned_data),
            _("团体指导已安排。")):
        return redirect("guidance:cq:sessions")
    return render(request, "guidance/cq/sessions.html", {"sessions": session_list(actor=request.user)[:200],
                                                          "form": form, "can_plan": is_guidance_staff(request.user)})


@require(can_work_cq_cases)
def session_view(request, pk):
    session = session_get(actor=request.user, pk=pk)
    form = ParticipantForm(request.POST if "name" in request.POST else None)
    if request.method == "POST":
        if "deliver" in request.POST:
            participant = session.participants.filter(pk=request.POST.get("deliver")).first()
            delivery = DeliveryForm(request.POST)
            if participant is not None and delivery.is_valid():
                try:
                    materials_deliver(actor=request.user, participant=participant,
                                      channel=delivery.cleaned_data["channel"], version=session.material_version)
                    messages.success(request, _("已记录送达。"))
                except DomainError as exc:
                    messages.error(request, "；".join(str(m) for m in exc.messages))
            return redirect("guidance:cq:session", pk=session.pk)
        if form.is_valid() and _attempt(request, form, lambda: participant_register(
                actor=request.user, session=session, **form.cleaned_data), _("报名已登记。")):
            return redirect("guidance:cq:session", pk=session.pk)
    return render(request, "guidance/cq/session.html", {"session": session, "form": form,
                                                         "participants": session.participants.all()})


@require(can_work_cq_cases)
def worklist_view(request):
    today = timezone.localdate()
    days = policy_value(key="cq.record_reverification_days", unit=request.user.unit, on=today)
    return render(request, "guidance/cq/worklist.html", {
        "records": reverification_worklist(actor=request.user, today=today, days=days)[:500], "days": days})
