"""Performance evaluation pages (BJ-55-1): the city or a district computes the indicators of every agency below it,
grades them and publishes; each evaluated agency sees its own published results."""
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.common.views import run_service

from ..forms import EvaluationForm, GradeForm, PublishEvaluationForm
from ..permissions import can_evaluate_performance, can_view_supervision
from ..selectors import (
    INDICATOR_LABELS,
    evaluation_get,
    evaluation_list,
    evaluation_row_get,
    evaluation_rows,
    own_evaluation_results,
)
from ..services.evaluations import evaluation_create, evaluation_publish, evaluation_row_grade


def _detail(evaluation) -> str:
    return reverse("supervision:evaluation", args=[evaluation.pk])


@require(can_view_supervision)
def evaluation_list_view(request):
    may = can_evaluate_performance(request.user)
    form = EvaluationForm(request.POST or None)
    if request.method == "POST" and may and form.is_valid():
        evaluation = run_service(request, lambda: evaluation_create(actor=request.user, **form.cleaned_data), form=form,
                                 success=_("绩效指标已计算，请评定各机构等次。"))
        if evaluation:
            return redirect(_detail(evaluation))
    return render(request, "supervision/evaluation_list.html", {
        "evaluations": evaluation_list(actor=request.user)[:50], "own": own_evaluation_results(actor=request.user)[:20],
        "form": form, "may_evaluate": may}, status=400 if form.errors else 200)


@require(can_view_supervision)
def evaluation_detail_view(request, pk):
    evaluation = evaluation_get(actor=request.user, pk=pk)
    action = request.POST.get("action") if request.method == "POST" else None
    grade_form = GradeForm(request.POST if action == "grade" else None)
    publish_form = PublishEvaluationForm(request.POST if action == "publish" else None)
    if action and can_evaluate_performance(request.user):
        if action == "grade" and grade_form.is_valid():
            row = evaluation_row_get(evaluation=evaluation, pk=request.POST.get("row") or 0)
            done = run_service(request, lambda: evaluation_row_grade(actor=request.user, row=row,
                                                                     **grade_form.cleaned_data),
                               success=_("评定已保存。"))
        elif action == "publish" and publish_form.is_valid():
            done = run_service(request, lambda: evaluation_publish(actor=request.user, evaluation=evaluation,
                                                                   **publish_form.cleaned_data),
                               success=_("绩效评估已发布。"))
        else:
            done = False
        if done:
            return redirect(_detail(evaluation))
    return render(request, "supervision/evaluation_detail.html", {
        "evaluation": evaluation, "rows": evaluation_rows(evaluation=evaluation), "labels": INDICATOR_LABELS,
        "grade_form": grade_form, "publish_form": publish_form,
        "may_grade": can_evaluate_performance(request.user) and request.user.unit_id == evaluation.evaluator_unit_id},
        status=400 if action else 200)
