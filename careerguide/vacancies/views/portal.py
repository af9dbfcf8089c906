"""Employer self-service (/me/vacancies/): submit, see review results with the flagged phrases
highlighted, correct and resubmit, withdraw, sign up for fairs (BJ-39-2, BJ-39-3, BJ-43-1)."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.common.errors import DomainError
from careerguide.common.forms import apply_domain_error

from ..forms import EmployerChoiceForm, HiresForm, SignupForm, VacancyForm
from ..permissions import is_employer_agent
from ..presentation import screened_field_views
from ..rules import CRITERION_LABELS, FIELD_LABELS
from ..selectors import (
    agent_employer_get,
    agent_employers,
    agent_vacancy_get,
    agent_vacancy_list,
    district_list,
    employer_published_vacancies,
    fair_signup_get,
    fair_signup_list,
    vacancy_versions,
    version_content,
)
from ..services.fair import fair_signup
from ..services.vacancy import vacancy_correct, vacancy_record_hires, vacancy_submit, vacancy_withdraw
from ..states import VacancyStatus


@require(is_employer_agent)
def list_view(request):
    return render(request, "vacancies/portal_list.html", {"vacancies": agent_vacancy_list(actor=request.user)[:200],
                                                          "employers": agent_employers(actor=request.user)})


def _content(form) -> dict:
    return dict(form.cleaned_data)


@require(is_employer_agent)
def submit_view(request):
    employers = agent_employers(actor=request.user)
    chooser = EmployerChoiceForm(request.POST or None, employers=employers, initial={"employer": employers.first()})
    form = VacancyForm(request.POST or None, districts=district_list())
    if request.method == "POST" and chooser.is_valid() and form.is_valid():
        try:
            vacancy = vacancy_submit(actor=request.user, employer=chooser.cleaned_data["employer"], content=_content(form))
        except DomainError as exc:
            apply_domain_error(form, exc)
        else:
            messages.success(request, _("招聘信息已提交，等待审核。"))
            return redirect("vacancy_portal:detail", pk=vacancy.pk)
    return render(request, "vacancies/portal_form.html", {"form": form, "chooser": chooser, "correcting": None})


@require(is_employer_agent)
def detail_view(request, pk):
    vacancy = agent_vacancy_get(actor=request.user, pk=pk)
    version = vacancy.latest_version
    review = getattr(version, "review", None)
    # The agent sees the findings the reviewer upheld in the notice; before a review, the screening result.
    resolved = {o.finding_index for o in version.overrides.all()}
    return render(request, "vacancies/portal_detail.html", {
        "vacancy": vacancy, "version": version, "review": review, "versions": vacancy_versions(vacancy),
        "fields": screened_field_views(version_content(version), version.findings, resolved),
        "criterion_labels": CRITERION_LABELS, "field_labels": FIELD_LABELS, "hires_form": HiresForm(),
        "can_correct": vacancy.status == VacancyStatus.RETURNED,
        "can_withdraw": vacancy.status in (VacancyStatus.UNDER_REVIEW, VacancyStatus.RETURNED, VacancyStatus.PUBLISHED),
    })


@require(is_employer_agent)
def correct_view(request, pk):
    vacancy = agent_vacancy_get(actor=request.user, pk=pk)
    initial = version_content(vacancy.latest_version)
    form = VacancyForm(request.POST or None, districts=district_list(), initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            vacancy_correct(actor=request.user, vacancy=vacancy, content=_content(form))
        except DomainError as exc:
            apply_domain_error(form, exc)
        else:
            messages.success(request, _("修改后的招聘信息已重新提交审核。"))
            return redirect("vacancy_portal:detail", pk=vacancy.pk)
    return render(request, "vacancies/portal_form.html", {"form": form, "chooser": None, "correcting": vacancy,
                                                          "review": getattr(vacancy.latest_version, "review", None)})


@require(is_employer_agent)
@require_POST
def withdraw_view(request, pk):
    vacancy = agent_vacancy_get(actor=request.user, pk=pk)
    try:
        vacancy_withdraw(actor=request.user, vacancy=vacancy)
    except DomainError as exc:
        messages.error(request, "；".join(str(m) for m in exc.messages))
    else:
        messages.success(request, _("招聘信息已撤回并归档。"))
    return redirect("vacancy_portal:detail", pk=pk)


@require(is_employer_agent)
@require_POST
def hires_view(request, pk):
    vacancy = agent_vacancy_get(actor=request.user, pk=pk)
    form = HiresForm(request.POST)
    if form.is_valid():
        try:
            vacancy_record_hires(actor=request.user, vacancy=vacancy, count=form.cleaned_data["count"])
        except DomainError as exc:
            messages.error(request, "；".join(str(m) for m in exc.messages))
        else:
            messages.success(request, _("已登记招用人数。"))
    return redirect("vacancy_portal:detail", pk=pk)


@require(is_employer_agent)
def fair_list_view(request):
    return render(request, "vacancies/portal_fairs.html", {"fairs": fair_signup_list(),
                                                           "employers": agent_employers(actor=request.user)})


@require(is_employer_agent)
def fair_signup_view(request, pk, employer_pk):
    fair = fair_signup_get(pk=pk)
    employer = agent_employer_get(actor=request.user, pk=employer_pk)
    form = SignupForm(request.POST or None, vacancies=employer_published_vacancies(employer))
    if request.method == "POST" and form.is_valid():
        try:
            fair_signup(actor=request.user, fair=fair, employer=employer, vacancies=form.cleaned_data["vacancies"])
        except DomainError as exc:
            apply_domain_error(form, exc)
        else:
            messages.success(request, _("已报名参加招聘会。"))
            return redirect("vacancy_portal:fairs")
    return render(request, "vacancies/portal_fair_signup.html", {"fair": fair, "employer": employer, "form": form})
