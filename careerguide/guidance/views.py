"""Guidance pages for staff, over any subject type (BJ-14-*)."""
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.common.views import form_page, post_action, run_service

from .choices import BookingChannel
from .forms import (
    AppointmentCloseForm,
    AssignForm,
    BookingForm,
    GeneralGuidanceForm,
    GroupForm,
    PlanForm,
    SessionForm,
    SlotsForm,
    SpecializedGuidanceForm,
)
from .permissions import can_give_guidance
from .selectors import (
    appointment_get,
    appointment_list,
    appointment_officer_list,
    appointments_open_for_specialized,
    group_candidate_get,
    group_get,
    group_list,
    group_member_subjects,
    group_members,
    slot_officer_list,
    subject_get,
)
from .services import (
    appointment_assign,
    appointment_close,
    appointment_request,
    appointment_slots_allocate,
    general_guidance_record,
    group_create,
    group_member_add,
    group_plan_set,
    group_session_record,
    specialized_guidance_record,
)
from .states import AppointmentStatus
from .subjects import subject_kind_of, subject_kinds

FORM_PAGE = "guidance/form_page.html"


def _subject_form_page(request, subject, form, call, *, title, clause, success):
    """A guidance form about one subject; on success back to the subject's own page."""
    return form_page(request, form, call, template=FORM_PAGE, success=success,
                     redirect_to=subject_kind_of(subject).detail_url(subject),
                     context={"title": title, "subject": subject, "clause": clause})


@require(can_give_guidance)
def general_view(request, subject_type, subject_id):
    subject = subject_get(actor=request.user, subject_type=subject_type, subject_id=subject_id)
    form = GeneralGuidanceForm(request.POST or None)
    return _subject_form_page(
        request, subject, form, lambda: general_guidance_record(actor=request.user, subject=subject,
                                                                **form.cleaned_data),
        title=_("一般性指导"), clause="BJ-14-2", success=_("一般性指导已记录。"))


@require(can_give_guidance)
def book_view(request, subject_type, subject_id):
    subject = subject_get(actor=request.user, subject_type=subject_type, subject_id=subject_id)
    form = BookingForm(request.POST or None)
    return _subject_form_page(
        request, subject, form, lambda: appointment_request(actor=request.user, subject=subject,
                                                            channel=BookingChannel.COUNTER, **form.cleaned_data),
        title=_("预约登记"), clause="BJ-14-3", success=_("预约登记已保存。"))


@require(can_give_guidance)
def specialized_view(request, subject_type, subject_id):
    subject = subject_get(actor=request.user, subject_type=subject_type, subject_id=subject_id)
    open_appointments = appointments_open_for_specialized(subject=subject)
    form = SpecializedGuidanceForm(request.POST or None, appointments=open_appointments,
                                   initial={"appointment": open_appointments.first()})
    return _subject_form_page(
        request, subject, form, lambda: specialized_guidance_record(actor=request.user, subject=subject,
                                                                    **form.cleaned_data),
        title=_("专门指导"), clause="BJ-14-4", success=_("专门指导已记录。"))


@require(can_give_guidance)
def appointments_view(request):
    status = request.GET.get("status", "")
    return render(request, "guidance/appointments.html", {
        "appointments": appointment_list(actor=request.user, status=status)[:200], "statuses": AppointmentStatus.choices,
        "status": status})


@require(can_give_guidance)
def assign_view(request, pk):
    appointment = appointment_get(actor=request.user, pk=pk)
    form = AssignForm(request.POST or None, officers=appointment_officer_list(appointment=appointment))
    return form_page(request, form, lambda: appointment_assign(actor=request.user, appointment=appointment,
                                                               **form.cleaned_data),
                     template=FORM_PAGE, success=_("已指定指导人员。"), redirect_to="guidance:appointments",
                     context={"title": _("指定指导人员：%(s)s") % {"s": appointment.subject_label}, "clause": "BJ-14-7"})


@require(can_give_guidance)
def slots_view(request):
    """CQ-7.1.11-1: an officer's free slots given to the waiting bookings, priority service first."""
    form = SlotsForm(request.POST or None, officers=slot_officer_list(actor=request.user))
    return form_page(request, form, lambda: appointment_slots_allocate(
        actor=request.user, **form.cleaned_data),
        template=FORM_PAGE, success=_("已按优先服务分配预约时段。"), redirect_to="guidance:appointments",
        context={"title": _("分配预约时段"), "clause": "CQ-7.1.11-1"})


@require(can_give_guidance)
def close_view(request, pk):
    """BJ-14-3: a booking that did not take place is recorded as a no-show or a cancellation."""
    appointment = appointment_get(actor=request.user, pk=pk)
    form = AppointmentCloseForm(request.POST or None)
    return form_page(request, form, lambda: appointment_close(actor=request.user, appointment=appointment,
                                                              **form.cleaned_data),
                     template=FORM_PAGE, success=_("已登记。"), redirect_to="guidance:appointments",
                     context={"title": _("登记未到场或取消：%(s)s") % {"s": appointment.subject_label}, "clause": "BJ-14-3"})


@require(can_give_guidance)
def groups_view(request):
    form = GroupForm(request.POST or None, kinds=subject_kinds())
    return form_page(request, form, lambda: group_create(actor=request.user, **form.cleaned_data),
                     template="guidance/groups.html", success=_("分类指导小组已建立。"),
                     redirect_to=lambda group: reverse("guidance:group", args=[group.pk]),
                     context={"groups": group_list(actor=request.user)[:200]})


def _group_session(request, group, form):
    """Record an activity under the group's plan; each attending member's subject is loaded in scope."""
    members = list(form.cleaned_data["attendees"])
    subjects = group_member_subjects(actor=request.user, members=members)
    return run_service(request, lambda: group_session_record(
        actor=request.user, group=group, held_on=form.cleaned_data["held_on"], content=form.cleaned_data["content"],
        attendees=members, subjects=subjects), form=form, success=_("指导活动已记录。"))


@require(can_give_guidance)
def group_view(request, pk):
    group = group_get(actor=request.user, pk=pk)
    action = request.POST.get("action")
    here = reverse("guidance:group", args=[group.pk])
    if action == "member":
        return post_action(request, lambda: group_member_add(
            actor=request.user, group=group,
            subject=group_candidate_get(actor=request.user, group=group, subject_id=request.POST.get("subject_id"))),
            success=_("已加入小组。"), redirect_to=here)
    plan_form = PlanForm(request.POST if action == "plan" else None,
                         initial={"occupational_info": group.occupational_info, "plan": group.plan})
    session_form = SessionForm(request.POST if action == "session" else None, members=group_members(group=group),
                               initial={"held_on": timezone.localdate()})
    if action == "plan" and plan_form.is_valid() and run_service(
            request, lambda: group_plan_set(actor=request.user, group=group, **plan_form.cleaned_data), form=plan_form,
            success=_("指导方案已保存。")):
        return redirect(here)
    if action == "session" and session_form.is_valid() and _group_session(request, group, session_form):
        return redirect(here)
    return render(request, "guidance/group.html", {"group": group, "plan_form": plan_form, "session_form": session_form,
                                                   "noun": _subject_noun(group.subject_type)})


def _subject_noun(label):
    return next((k.noun for k in subject_kinds() if k.label == label), "") or _("服务对象")
