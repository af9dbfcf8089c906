"""Staff pages: the review queue, the review page, and the city's screening rules (BJ-38, BJ-39)."""
import json

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.common.views import FAILED, post_action, run_service

from ..forms import HiresForm, OverrideForm, ReviewForm, RuleSetForm
from ..permissions import can_manage_screening_rules, can_review_vacancies, can_view_vacancies
from ..presentation import screened_field_views
from ..rules import CRITERION_LABELS, FIELD_LABELS
from ..selectors import (
    ruleset_version_current,
    ruleset_version_list,
    vacancy_get,
    vacancy_list,
    vacancy_review_queue,
    vacancy_versions,
    version_content,
)
from ..services.review import automatic_defects, finding_override, vacancy_review
from ..services.screening import ruleset_version_create
from ..services.vacancy import vacancy_record_hires
from ..states import ReviewDecision, VacancyStatus

PAGE_SIZE = 50


@require(can_view_vacancies)
def list_view(request):
    """The review queue of the actor's agency and every posting in the jurisdiction (BJ-39-4)."""
    status = request.GET.get("status", "")
    query = request.GET.get("q", "").strip()
    page = Paginator(vacancy_list(actor=request.user, status=status if status in VacancyStatus.values else "", query=query),
                     PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "vacancies/staff_list.html", {
        "queue": vacancy_review_queue(actor=request.user)[:100], "page": page, "query": query, "status": status,
        "statuses": VacancyStatus.choices,
    })


def _detail_context(request, vacancy, review_form=None, override_form=None):
    version = vacancy.latest_version
    overridden = {o.finding_index: o for o in version.overrides.all()}
    findings = [{**f, "index": i, "override": overridden.get(i), "field_label": FIELD_LABELS.get(f.get("field"), _("其他内容"))}
                for i, f in enumerate(version.findings)]
    can_review = (can_review_vacancies(request.user) and request.user.unit_id == vacancy.unit_id
                  and vacancy.status == VacancyStatus.UNDER_REVIEW)
    return {
        "vacancy": vacancy, "version": version, "findings": findings,
        "fields": screened_field_views(version_content(version=version), version.findings, overridden),
        "automatic": automatic_defects(version=version, on=timezone.localdate(), overridden=set(overridden))
        if vacancy.status == VacancyStatus.UNDER_REVIEW else [],
        "versions": vacancy_versions(vacancy=vacancy), "criterion_labels": CRITERION_LABELS,
        "can_review": can_review, "review_form": review_form or ReviewForm(),
        "override_form": override_form, "hires_form": HiresForm(),
    }


@require(can_view_vacancies)
def detail_view(request, pk):
    vacancy = vacancy_get(actor=request.user, pk=pk)
    return render(request, "vacancies/staff_detail.html", _detail_context(request, vacancy))


@require(can_review_vacancies)
@require_POST
def review_view(request, pk):
    vacancy = vacancy_get(actor=request.user, pk=pk)
    form = ReviewForm(request.POST)
    review = (run_service(request, lambda: vacancy_review(actor=request.user, vacancy=vacancy, judgments=form.judgments()),
                          form=form) if form.is_valid() else FAILED)
    if review:
        if review.decision == ReviewDecision.APPROVED:
            messages.success(request, _("审核通过，招聘信息已发布。"))
        else:
            messages.warning(request, _("审核未通过，已一次性告知用人单位全部问题。"))
        return redirect("vacancies:detail", pk=vacancy.pk)
    return render(request, "vacancies/staff_detail.html", _detail_context(request, vacancy, review_form=form), status=400)


@require(can_review_vacancies)
@require_POST
def override_view(request, pk):
    vacancy = vacancy_get(actor=request.user, pk=pk)
    form = OverrideForm(request.POST)
    if form.is_valid() and run_service(request, lambda: finding_override(actor=request.user, vacancy=vacancy,
                                                                         **form.cleaned_data),
                                       form=form, success=_("已记录法律依据并排除该筛查发现。")):
        return redirect("vacancies:detail", pk=vacancy.pk)
    return render(request, "vacancies/staff_detail.html", _detail_context(request, vacancy, override_form=form), status=400)


@require(can_review_vacancies)
@require_POST
def hires_view(request, pk):
    vacancy = vacancy_get(actor=request.user, pk=pk)
    form = HiresForm(request.POST)
    if not form.is_valid():
        return redirect("vacancies:detail", pk=vacancy.pk)
    return post_action(request, lambda: vacancy_record_hires(actor=request.user, vacancy=vacancy,
                                                             count=form.cleaned_data["count"]),
                       success=_("已登记招用人数。"), redirect_to=reverse("vacancies:detail", args=[vacancy.pk]))


@require(can_view_vacancies)
def ruleset_list_view(request):
    """The city's extensions of the screening rules, newest first (BJ-38-3)."""
    form = None
    if can_manage_screening_rules(request.user):
        current = ruleset_version_current()
        form = RuleSetForm(request.POST or None, initial={
            "extra": json.dumps(current.extra if current else {"rules": [], "allow": []}, ensure_ascii=False, indent=2)})
        if request.method == "POST" and form.is_valid() and run_service(
                request, lambda: ruleset_version_create(actor=request.user, **form.cleaned_data), form=form,
                success=lambda row: _("已保存筛查规则第%(n)s版，此后提交的招聘信息按新规则筛查。") % {"n": row.number}):
            return redirect("vacancies:rulesets")
    elif request.method == "POST":
        return redirect("vacancies:rulesets")
    return render(request, "vacancies/rulesets.html", {"rows": ruleset_version_list(), "form": form})
