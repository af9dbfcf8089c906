"""Self-service for job seekers on the portal (/me/job-seeking/)."""
from django.conf import settings
from django.contrib.auth import login
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from careerguide.accounts.access import public, require
from careerguide.accounts.permissions import is_job_seeker
from careerguide.accounts.roles import UserKind
from careerguide.accounts.services import user_create
from careerguide.common.views import form_page, run_service
from careerguide.guidance.forms import BookingForm
from careerguide.guidance.selectors import appointments_for_subject

from ..forms import IntentionsForm, SelfRegistrationForm, SignupForm
from ..selectors import grading_history, job_seeker_of_portal_user, personal_ledger
from ..services.gradings import grading_summaries
from ..services.portal import portal_booking_request
from ..services.registration import job_seeker_register, job_seeker_update_profile

FORM_TEMPLATE = "job_seekers/portal/form.html"


@public
def signup_view(request):
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = run_service(request, lambda: user_create(actor=None, kind=UserKind.JOB_SEEKER, must_change_password=False,
                                                        **form.cleaned_data),
                           form=form, success=_("账户已开通，请填写求职登记。"))
        if user:
            login(request, user, backend=settings.AUTHENTICATION_BACKENDS[0])
            return redirect("job_seeker_portal:register")
    return render(request, FORM_TEMPLATE, {"form": form, "title": _("求职者注册")})


@require(is_job_seeker)
def register_view(request):
    form = SelfRegistrationForm(request.POST or None, initial={"full_name": request.user.full_name})
    return form_page(request, form, lambda: job_seeker_register(actor=request.user, portal_user=request.user,
                                                                **form.service_kwargs()),
                     template=FORM_TEMPLATE, success=_("网络求职登记已提交，已为您建立个人服务台账。"),
                     redirect_to="job_seeker_portal:home", context={"title": _("网络求职登记")})


@require(is_job_seeker)
def home_view(request):
    """Own ledger summary without staff-only notes, own grading explanation and bookings."""
    seeker = job_seeker_of_portal_user(user=request.user)
    if seeker is None:
        return redirect("job_seeker_portal:register")
    grading = grading_history(job_seeker=seeker).first()
    summary, computed_summary = grading_summaries(grading=grading) if grading else ("", "")
    return render(request, "job_seekers/portal/home.html", {
        "seeker": seeker, "entries": personal_ledger(job_seeker=seeker, include_staff_only=False), "grading": grading,
        "summary": summary, "computed_summary": computed_summary, "appointments": appointments_for_subject(subject=seeker)})


@require(is_job_seeker)
def book_view(request):
    seeker = job_seeker_of_portal_user(user=request.user)
    if seeker is None:
        return redirect("job_seeker_portal:register")
    form = BookingForm(request.POST or None)
    return form_page(request, form, lambda: portal_booking_request(actor=request.user, job_seeker=seeker,
                                                                   **form.cleaned_data),
                     template=FORM_TEMPLATE, success=_("预约已提交，由您常住地所在区的公共就业服务机构安排指导人员。"),
                     redirect_to="job_seeker_portal:home", context={"title": _("网上预约就业指导")})


@require(is_job_seeker)
def intentions_view(request):
    seeker = job_seeker_of_portal_user(user=request.user)
    if seeker is None:
        return redirect("job_seeker_portal:register")
    initial = {"sought_occupation_code": seeker.sought_occupation.code if seeker.sought_occupation else "",
               "sought_industry": seeker.sought_industry, "sought_area": seeker.sought_area,
               "salary_min": seeker.salary_min, "salary_max": seeker.salary_max, "working_pattern": seeker.working_pattern}
    form = IntentionsForm(request.POST or None, initial=initial)
    return form_page(request, form, lambda: job_seeker_update_profile(
        actor=request.user, job_seeker=seeker, data=form.cleaned_data, initiated_by="client", channel="online"),
        template=FORM_TEMPLATE, success=_("求职意向已更新。"), redirect_to="job_seeker_portal:home",
        context={"title": _("更新求职意向")})
