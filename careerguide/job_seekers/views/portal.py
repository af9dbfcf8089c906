"""Self-service for job seekers on the portal (/me/job-seeking/)."""
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from careerguide.accounts.access import public, require
from careerguide.accounts.permissions import is_job_seeker
from careerguide.accounts.roles import UserKind
from careerguide.accounts.services import user_create
from careerguide.common.errors import DomainError
from careerguide.common.forms import apply_domain_error
from careerguide.guidance.choices import BookingChannel
from careerguide.guidance.forms import BookingForm
from careerguide.guidance.selectors import appointments_for_subject
from careerguide.guidance.services import appointment_request
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.models import Unit

from ..forms import IntentionsForm, JobSeekerCreateForm
from ..selectors import grading_history, job_seeker_of_portal_user, personal_ledger
from ..services.gradings import level_summary
from ..services.registration import job_seeker_register, job_seeker_update_profile

T = {"class": "form-control"}


class SignupForm(forms.Form):
    username = forms.CharField(label=_l("用户名"), max_length=150, widget=forms.TextInput(attrs=T))
    full_name = forms.CharField(label=_l("姓名"), max_length=64, widget=forms.TextInput(attrs=T))
    password = forms.CharField(label=_l("密码"), widget=forms.PasswordInput(attrs=T))


class SelfRegistrationForm(JobSeekerCreateForm):
    """The registration form without the staff-only fields; the habitual-residence district is required."""

    STAFF_ONLY = ("unit", "channel", "collected_on", "append_to_existing", "difficulty_certified", "certified_on",
                  "platform_permission")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, units=Unit.objects.none(), **kwargs)
        for name in self.STAFF_ONLY:
            del self.fields[name]
        self.fields["habitual_district"].required = True

    def service_kwargs(self) -> dict:
        for name in self.STAFF_ONLY:
            self.cleaned_data.setdefault(name, None)
        kwargs = super().service_kwargs()
        district, street = self.cleaned_data["habitual_district"], self.cleaned_data["habitual_street"]
        kwargs.update(unit=street or district, channel="online_registration", collected_on=None, append_to_existing=True)
        kwargs["profile"]["platform_permission"] = True  # registering online activates the permission (BJ-7-2)
        return kwargs


@public
def signup_view(request):
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = user_create(actor=None, kind=UserKind.JOB_SEEKER, must_change_password=False, **form.cleaned_data)
        except DomainError as exc:
            apply_domain_error(form, exc)
        else:
            login(request, user, backend=settings.AUTHENTICATION_BACKENDS[0])
            messages.success(request, _("账户已开通，请填写求职登记。"))
            return redirect("job_seeker_portal:register")
    return render(request, "job_seekers/portal/form.html", {"form": form, "title": _("求职者注册")})


@require(is_job_seeker)
def register_view(request):
    form = SelfRegistrationForm(request.POST or None, initial={"full_name": request.user.full_name})
    form.fields["habitual_district"].queryset = Unit.objects.filter(level=UnitLevel.DISTRICT)
    if request.method == "POST" and form.is_valid():
        try:
            job_seeker_register(actor=request.user, portal_user=request.user, **form.service_kwargs())
        except DomainError as exc:
            apply_domain_error(form, exc)
        else:
            messages.success(request, _("网络求职登记已提交，已为您建立个人服务台账。"))
            return redirect("job_seeker_portal:home")
    return render(request, "job_seekers/portal/form.html", {"form": form, "title": _("网络求职登记")})


@require(is_job_seeker)
def home_view(request):
    """Own ledger summary without staff-only notes, own grading explanation and bookings."""
    seeker = job_seeker_of_portal_user(request.user)
    if seeker is None:
        return redirect("job_seeker_portal:register")
    grading = grading_history(seeker).first()
    return render(request, "job_seekers/portal/home.html", {
        "seeker": seeker, "entries": personal_ledger(seeker, include_staff_only=False), "grading": grading,
        "summary": level_summary(grading.level, grading.unit, grading.graded_on) if grading else "",
        "computed_summary": level_summary(grading.computed_level, grading.unit, grading.graded_on) if grading else "",
        "appointments": appointments_for_subject(subject=seeker)})


@require(is_job_seeker)
def book_view(request):
    seeker = job_seeker_of_portal_user(request.user)
    if seeker is None:
        return redirect("job_seeker_portal:register")
    form = BookingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            appointment_request(actor=request.user, subject=seeker, channel=BookingChannel.ONLINE, **form.cleaned_data)
        except DomainError as exc:
            apply_domain_error(form, exc)
        else:
            messages.success(request, _("预约已提交，由您常住地所在区的公共就业服务机构安排指导人员。"))
            return redirect("job_seeker_portal:home")
    return render(request, "job_seekers/portal/form.html", {"form": form, "title": _("网上预约就业指导")})


@require(is_job_seeker)
def intentions_view(request):
    seeker = job_seeker_of_portal_user(request.user)
    if seeker is None:
        return redirect("job_seeker_portal:register")
    initial = {"sought_occupation_code": seeker.sought_occupation.code if seeker.sought_occupation else "",
               "sought_industry": seeker.sought_industry, "sought_area": seeker.sought_area,
               "salary_min": seeker.salary_min, "salary_max": seeker.salary_max, "working_pattern": seeker.working_pattern}
    form = IntentionsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            job_seeker_update_profile(actor=request.user, job_seeker=seeker, data=form.cleaned_data, initiated_by="client",
                                      channel="online")
        except DomainError as exc:
            apply_domain_error(form, exc)
        else:
            messages.success(request, _("求职意向已更新。"))
            return redirect("job_seeker_portal:home")
    return render(request, "job_seekers/portal/form.html", {"form": form, "title": _("更新求职意向")})
