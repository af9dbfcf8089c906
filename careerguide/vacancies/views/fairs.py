"""Staff pages for job fairs (BJ-42-1, BJ-43-*)."""
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.common.views import form_page, post_action, run_service
from careerguide.organisations.selectors import unit_list

from ..forms import AttendeeForm, FairForm, FairReportForm, OutcomeForm, StaffSignupForm
from ..permissions import can_manage_job_fairs, can_view_vacancies
from ..selectors import fair_attendees, fair_get, fair_list, fair_outcomes, fair_participations, fair_report
from ..services import fair as fair_services
from ..states import FAIR_RECORDING_STATUSES, FAIR_SIGNUP_STATUSES, FairStatus


@require(can_view_vacancies)
def fair_list_view(request):
    return render(request, "vacancies/fair_list.html", {"fairs": fair_list(actor=request.user)[:200],
                                                        "can_manage": can_manage_job_fairs(request.user)})


@require(can_view_vacancies)
def fair_report_view(request):
    """Fairs in a period by format and type, with employers, vacancies, attendees and outcomes (BJ-42-1, BJ-43-5)."""
    form = FairReportForm(request.GET or None)
    rows = fair_report(actor=request.user, **form.cleaned_data) if form.is_valid() else None
    totals = {k: sum(r[k] for r in rows) for k in ("fairs", "employers", "vacancies", "attendees", "intentions",
                                                   "job_starts")} if rows is not None else None
    return render(request, "vacancies/fair_report.html", {"form": form, "rows": rows, "totals": totals})


@require(can_manage_job_fairs)
def fair_create_view(request):
    form = FairForm(request.POST or None, units=unit_list(actor=request.user), initial={"unit": request.user.unit})
    return form_page(request, form, lambda: fair_services.fair_create(actor=request.user, **form.cleaned_data),
                     template="vacancies/fair_form.html",
                     success=lambda fair: _("招聘会已登记，预发布计划日期为%(d)s。") % {"d": fair.prepublication_due},
                     redirect_to=lambda fair: reverse("vacancies:fair_detail", args=[fair.pk]))


def _fair_context(request, fair, **forms):
    participations = fair_participations(fair=fair)
    attendees = fair_attendees(fair=fair)
    return {
        "fair": fair, "participations": participations, "attendees": attendees, "outcomes": fair_outcomes(fair=fair),
        "can_manage": can_manage_job_fairs(request.user), "today": timezone.localdate(),
        "signup_open": fair.status in FAIR_SIGNUP_STATUSES, "recording_open": fair.status in FAIR_RECORDING_STATUSES,
        "signup_form": forms.get("signup_form") or StaffSignupForm(),
        "attendee_form": forms.get("attendee_form") or AttendeeForm(),
        "outcome_form": forms.get("outcome_form") or OutcomeForm(participations=participations, attendees=attendees,
                                                                 initial={"occurred_on": timezone.localdate()}),
        "statuses": FairStatus,
    }


@require(can_view_vacancies)
def fair_detail_view(request, pk):
    fair = fair_get(actor=request.user, pk=pk)
    return render(request, "vacancies/fair_detail.html", _fair_context(request, fair))


ACTION_DONE = {
    "open_intake": _("已开始接受用人单位报名。"),
    "prepublish": _("招聘会信息已预发布。"),
    "hold": _("招聘会已举办。"),
    "follow_up": _("已进入会后跟踪。"),
    "close": _("招聘会已结束。"),
    "cancel": _("招聘会已取消。"),
}


@require(can_manage_job_fairs)
@require_POST
def fair_action_view(request, pk, action):
    fair = fair_get(actor=request.user, pk=pk)
    if action not in ACTION_DONE:
        return redirect("vacancies:fair_detail", pk=pk)
    return post_action(request, lambda: fair_services.fair_step(actor=request.user, fair=fair, action=action),
                       success=ACTION_DONE[action], redirect_to=reverse("vacancies:fair_detail", args=[pk]))


def _fair_form_post(request, fair, form, call, *, success, form_name):
    """One of the fair page's forms: back to the fair when done, the page again with the refusal otherwise."""
    if form.is_valid() and run_service(request, call, form=form, success=success):
        return redirect("vacancies:fair_detail", pk=fair.pk)
    return render(request, "vacancies/fair_detail.html", _fair_context(request, fair, **{form_name: form}), status=400)


@require(can_manage_job_fairs)
@require_POST
def fair_signup_view(request, pk):
    """Staff list an employer with all its published postings (BJ-43-1)."""
    fair = fair_get(actor=request.user, pk=pk)
    form = StaffSignupForm(request.POST)
    return _fair_form_post(request, fair, form,
                           lambda: fair_services.fair_signup_published(actor=request.user, fair=fair,
                                                                       employer_id=form.cleaned_data["employer"]),
                           success=_("已为用人单位办理参会报名。"), form_name="signup_form")


@require(can_manage_job_fairs)
@require_POST
def fair_attendee_view(request, pk):
    fair = fair_get(actor=request.user, pk=pk)
    form = AttendeeForm(request.POST)
    return _fair_form_post(request, fair, form,
                           lambda: fair_services.fair_attendee_register(actor=request.user, fair=fair, **form.cleaned_data),
                           success=_("已录入求职登记，采集日期为招聘会举办日期。"), form_name="attendee_form")


@require(can_manage_job_fairs)
@require_POST
def fair_outcome_view(request, pk):
    fair = fair_get(actor=request.user, pk=pk)
    form = OutcomeForm(request.POST, participations=fair_participations(fair=fair), attendees=fair_attendees(fair=fair))

    def call():
        data = form.cleaned_data
        attendee = data["attendee"]
        return fair_services.fair_outcome_record(
            actor=request.user, fair=fair, kind=data["kind"], employer=data["participation"].employer,
            job_seeker=attendee.job_seeker if attendee else None, count=data["count"],
            occurred_on=data["occurred_on"], note=data["note"])

    return _fair_form_post(request, fair, form, call, success=_("已记录招聘会成效。"), form_name="outcome_form")
