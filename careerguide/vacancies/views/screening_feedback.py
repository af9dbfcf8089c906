"""Reviewers' feedback on the discrimination screening: flagging a miss, the maintainers' list and export (BJ-38-3)."""
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.common.views import form_page, post_action

from ..forms import FeedbackFilterForm, MissFlagForm
from ..permissions import can_manage_screening_rules, can_review_vacancies
from ..presentation import screened_field_views
from ..screening.feedback import corpus_rows, corpus_tsv
from ..selectors import (
    overrides_without_feedback,
    screening_feedback_items,
    screening_feedback_list,
    screening_ruleset,
    vacancy_get,
    version_content,
)
from ..services.screening_feedback import screening_feedback_collect_overrides, screening_miss_flag

PAGE_SIZE = 50


def _grounds():
    ruleset, _row = screening_ruleset()
    return list(ruleset.grounds.values())


def _filters(request) -> tuple[FeedbackFilterForm, dict]:
    form = FeedbackFilterForm(request.GET or None, grounds=_grounds())
    return form, (form.cleaned_data if form.is_valid() else {})


@require(can_manage_screening_rules)
def feedback_list_view(request):
    """False alarms and misses recorded by reviewers, for the city's rule maintainers."""
    form, filters = _filters(request)
    page = Paginator(screening_feedback_list(actor=request.user, **filters), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "vacancies/screening_feedback_list.html", {
        "form": form, "page": page, "query": request.GET.urlencode(),
        "pending": overrides_without_feedback(actor=request.user).count(),
    })


@require(can_manage_screening_rules)
def feedback_export_view(request):
    """The feedback (filtered as on the list) as corpus rows in the format of the screening corpus."""
    _form, filters = _filters(request)
    rows = corpus_rows(screening_feedback_items(actor=request.user, **filters))
    response = HttpResponse(corpus_tsv(rows), content_type="text/tab-separated-values; charset=utf-8")
    name = _("筛查反馈语料_%(d)s.tsv") % {"d": timezone.localdate().strftime("%Y%m%d")}
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response


@require(can_manage_screening_rules)
@require_POST
def feedback_collect_view(request):
    """Take in overrides that are not yet kept as feedback (e.g. made before feedback was kept)."""
    return post_action(request, lambda: screening_feedback_collect_overrides(actor=request.user),
                       success=lambda n: _("已整理%(n)s条审核排除记录。") % {"n": n},
                       redirect_to=reverse("vacancies:screening_feedback"))


@require(can_review_vacancies)
def miss_flag_view(request, pk):
    """A reviewer flags a discriminatory phrase that the screening did not find."""
    vacancy = vacancy_get(actor=request.user, pk=pk)
    version = vacancy.latest_version
    form = MissFlagForm(request.POST or None, grounds=_grounds(), initial={"field": "requirements"})
    return form_page(request, form, lambda: screening_miss_flag(actor=request.user, vacancy=vacancy, **form.cleaned_data),
                     template="vacancies/screening_feedback_flag.html",
                     success=_("已记录漏报，供规则维护人员改进筛查规则。"),
                     redirect_to=reverse("vacancies:detail", args=[vacancy.pk]),
                     context={"vacancy": vacancy, "version": version,
                              "fields": screened_field_views(version_content(version=version), version.findings,
                                                             {o.finding_index for o in version.overrides.all()})})
