"""Employer self-service (/me/vacancies/): submit, see review results with the flagged phrases
highlighted, correct and resubmit, withdraw, sign up for fairs (BJ-39-2, BJ-39-3, BJ-43-1)."""
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.common.views import form_page, post_action, run_service
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.selectors import public_units_of_level

from ..forms import EmployerChoiceForm, HiresForm, SignupForm, VacancyForm
from ..permissions import is_employer_agent
from ..presentation import screened_field_views
from ..rules import CRITERION_LABELS, FIELD_LABELS
from ..selectors import (
    agent_employer_get,
    agent_employers,
    agent_vacancy_get,
    agent_vacancy_list,
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


def _districts():
    return public_units_of_level(UnitLevel.DISTRICT)


@require(is_employer_agent)
def submit_view(request):
    employers = agent_employers(actor=request.user)
    chooser = EmployerChoiceForm(request.POST or None, employers=employers, initial={"employer": employers.first()})
    form = VacancyForm(request.POST or None, districts=_districts())
    if request.method == "POST" and chooser.is_valid() and form.is_valid():
        vacancy = run_service(request, lambda: vacancy_submit(actor=request.user, employer=chooser.cleaned_data["employer"],
                                                              content=dict(form.cleaned_data)),
                              form=form, success=_("招聘信息已提交，等待审核。"))
        if vacancy:
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
        "vacancy": vacancy, "version": version, "review": review, "versions": vacancy_versions(vacancy=vacancy),
        "fields": screened_field_views(version_content(version=version), version.findings, resolved),
        "criterion_labels": CRITERION_LABELS, "field_labels": FIELD_LABELS, "hires_form": HiresForm(),
        "can_correct": vacancy.status == VacancyStatus.RETURNED,
        "can_withdraw": vacancy.status in (VacancyStatus.UNDER_REVIEW, VacancyStatus.RETURNED, VacancyStatus.PUBLISHED),
    })


@require(is_employer_agent)
def correct_view(request, pk):
    vacancy = agent_vacancy_get(actor=request.user, pk=pk)
    form = VacancyForm(request.POST or None, districts=_districts(),
                       initial=version_content(version=vacancy.latest_version))
    return form_page(request, form,
                     lambda: vacancy_correct(actor=request.user, vacancy=vacancy, content=dict(form.cleaned_data)),
                     template="vacancies/portal_form.html", success=_("修改后的招聘信息已重新提交审核。"),
                     redirect_to=reverse("vacancy_portal:detail", args=[vacancy.pk]),
                     context={"chooser": None, "correcting": vacancy,
                              "review": getattr(vacancy.latest_version, "review", None)})


@require(is_employer_agent)
@require_POST
def withdraw_view(request, pk):
    vacancy = agent_vacancy_get(actor=request.user, pk=pk)
    return post_action(request, lambda: vacancy_withdraw(actor=request.user, vacancy=vacancy),
                       success=_("招聘信息已撤回并归档。"), redirect_to=reverse("vacancy_portal:detail", args=[pk]))


@require(is_employer_agent)
@require_POST
def hires_view(request, pk):
    vacancy = agent_vacancy_get(actor=request.user, pk=pk)
    form = HiresForm(request.POST)
    if not form.is_valid():
        return redirect("vacancy_portal:detail", pk=pk)
    return post_action(request, lambda: vacancy_record_hires(actor=request.user, vacancy=vacancy,
                                                             count=form.cleaned_data["count"]),
                       success=_("已登记招用人数。"), redirect_to=reverse("vacancy_portal:detail", args=[pk]))


@require(is_employer_agent)
def fair_list_view(request):
    return render(request, "vacancies/portal_fairs.html", {"fairs": fair_signup_list(),
                                                           "employers": agent_employers(actor=request.user)})


@require(is_employer_agent)
def fair_signup_view(request, pk, employer_pk):
    fair = fair_signup_get(pk=pk)
    employer = agent_employer_get(actor=request.user, pk=employer_pk)
    form = SignupForm(request.POST or None, vacancies=employer_published_vacancies(employer=employer))
    return form_page(request, form,
                     lambda: fair_signup(actor=request.user, fair=fair, employer=employer,
                                         vacancies=form.cleaned_data["vacancies"]),
                     template="vacancies/portal_fair_signup.html", success=_("已报名参加招聘会。"),
                     redirect_to=reverse("vacancy_portal:fairs"), context={"fair": fair, "employer": employer})
