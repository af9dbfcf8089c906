"""Guidance pages for staff, over any subject type (BJ-14-*)."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.accounts.models import User
from careerguide.common.errors import DomainError
from careerguide.common.forms import apply_domain_error

from .forms import (
    AssignForm,
    BookingForm,
    GeneralGuidanceForm,
    GroupForm,
    PlanForm,
    SessionForm,
    SpecializedGuidanceForm,
)
from .models import BookingChannel
from .permissions import GUIDANCE_ROLES, can_give_guidance
from .selectors import appointment_get, appointment_list, appointments_for_subject, group_get, group_list, subject_get
from .services import (
    appointment_assign,
    appointment_request,
    general_guidance_record,
    group_create,
    group_member_add,
    group_plan_set,
    group_session_record,
    specialized_guidance_record,
)
from .states import AppointmentStatus
from .subjects import subject_kind_of, subject_kinds


def _back(subject):
    return redirect(subject_kind_of(subject).detail_url(subject))


def _form_page(request, form, title, subject=None, clause=""):
    return render(request, "guidance/form_page.html", {"form": form, "title": title, "subject": subject, "clause": clause})


def _attempt(request, form, call, success):
    try:
        result = call()
    except DomainError as exc:
        apply_domain_error(form, exc)
        return None
    messages.success(request, success)
    return result or True


@require(can_give_guidance)
def general_view(request, subject_type, subject_id):
    subject = subject_get(actor=request.user, subject_type=subject_type, subject_id=subject_id)
    form = GeneralGuidanceForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _attempt(
            request, form, lambda: general_guidance_record(actor=request.user, subject=subject, **form.cleaned_data),
            _("一般性指导已记录。")):
        return _back(subject)
    return _form_page(request, form, _("一般性指导"), subject, "BJ-14-2")


@require(can_give_guidance)
def book_view(request, subject_type, subject_id):
    subject = subject_get(actor=request.user, subject_type=subject_type, subject_id=subject_id)
    form = BookingForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _attempt(
            request, form, lambda: appointment_request(actor=request.user, subject=subject, channel=BookingChannel.COUNTER,
                                                       **form.cleaned_data), _("预约登记已保存。")):
        return _back(subject)
    return _form_page(request, form, _("预约登记"), subject, "BJ-14-3")


@require(can_give_guidance)
def specialized_view(request, subject_type, subject_id):
    subject = subject_get(actor=request.user, subject_type=subject_type, subject_id=subject_id)
    open_appointments = appointments_for_subject(subject).filter(
        status__in=[AppointmentStatus.REQUESTED, AppointmentStatus.ASSIGNED], guidance_type="specialized")
    form = SpecializedGuidanceForm(request.POST or None, appointments=open_appointments,
                                   initial={"appointment": open_appointments.first()})
    if request.method == "POST" and form.is_valid() and _attempt(
            request, form, lambda: specialized_guidance_record(actor=request.user, subject=subject, **form.cleaned_data),
            _("专门指导已记录。")):
        return _back(subject)
    return _form_page(request, form, _("专门指导"), subject, "BJ-14-4")


@require(can_give_guidance)
def appointments_view(request):
    status = request.GET.get("status", "")
    return render(request, "guidance/appointments.html", {
        "appointments": appointment_list(actor=request.user, status=status)[:200], "statuses": AppointmentStatus.choices,
        "status": status})


@require(can_give_guidance)
def assign_view(request, pk):
    appointment = appointment_get(actor=request.user, pk=pk)
    officers = User.objects.filter(is_active=True, unit__path__startswith=appointment.unit.path,
                                   role_assignments__role__in=GUIDANCE_ROLES).distinct().order_by("unit__path", "full_name")
    form = AssignForm(request.POST or None, officers=officers)
    if request.method == "POST" and form.is_valid() and _attempt(
            request, form, lambda: appointment_assign(actor=request.user, appointment=appointment, **form.cleaned_data),
            _("已指定指导人员。")):
        return redirect("guidance:appointments")
    return _form_page(request, form, _("指定指导人员：%(s)s") % {"s": appointment.subject_label}, None, "BJ-14-7")


@require(can_give_guidance)
def groups_view(request):
    form = GroupForm(request.POST or None, kinds=subject_kinds())
    if request.method == "POST" and form.is_valid():
        group = _attempt(request, form, lambda: group_create(actor=request.user, **form.cleaned_data),
                         _("分类指导小组已建立。"))
        if group:
            return redirect("guidance:group", pk=group.pk)
    return render(request, "guidance/groups.html", {"groups": group_list(actor=request.user)[:200], "form": form})


@require(can_give_guidance)
def group_view(request, pk):
    group = group_get(actor=request.user, pk=pk)
    plan_form = PlanForm(request.POST if request.POST.get("action") == "plan" else None,
                         initial={"occupational_info": group.occupational_info, "plan": group.plan})
    session_form = SessionForm(request.POST if request.POST.get("action") == "session" else None,
                               members=group.members.all(), initial={"held_on": timezone.localdate()})
    action = request.POST.get("action")
    if action == "plan" and plan_form.is_valid() and _attempt(
            request, plan_form, lambda: group_plan_set(actor=request.user, group=group, **plan_form.cleaned_data),
            _("指导方案已保存。")):
        return redirect("guidance:group", pk=group.pk)
    if action == "member":
        try:
            subject = subject_get(actor=request.user, subject_type=group.subject_type, subject_id=request.POST.get("subject_id"))
            group_member_add(actor=request.user, group=group, subject=subject)
            messages.success(request, _("已加入小组。"))
        except DomainError as exc:
            messages.error(request, "；".join(str(m) for m in exc.messages) or _("未找到该服务对象。"))
        return redirect("guidance:group", pk=group.pk)
    if action == "session" and session_form.is_valid():
        members = list(session_form.cleaned_data["attendees"])
        subjects = {m.pk: subject_get(actor=request.user, subject_type=m.subject_type, subject_id=m.subject_id)
                    for m in members}
        if _attempt(request, session_form, lambda: group_session_record(
                actor=request.user, group=group, held_on=session_form.cleaned_data["held_on"],
                content=session_form.cleaned_data["content"], attendees=members, subjects=subjects), _("指导活动已记录。")):
            return redirect("guidance:group", pk=group.pk)
    return render(request, "guidance/group.html", {"group": group, "plan_form": plan_form, "session_form": session_form,
                                                   "noun": _subject_noun(group.subject_type)})


def _subject_noun(label):
    return next((k.noun for k in subject_kinds() if k.label == label), "") or _("服务对象")
