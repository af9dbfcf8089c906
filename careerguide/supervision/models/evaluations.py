"""Performance evaluation of the agencies by the city and by each district (BJ-55-1)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import EvaluationGrade
from ..states import EvaluationStatus


class PerformanceEvaluation(BaseModel):
    """One evaluation of every agency below the evaluating one over a period: the indicators are computed from the
    data and frozen when it is created; the evaluator grades and comments, then publishes (BJ-55-1)."""

    jurisdiction_field = "evaluator_unit"

    evaluator_unit = models.ForeignKey("organisations.Unit", verbose_name=_("组织评估机构"), on_delete=models.PROTECT,
                                       related_name="+")
    title = models.CharField(_("名称"), max_length=200)
    period_start = models.DateField(_("评估期起"))
    period_end = models.DateField(_("评估期止"))
    status = models.CharField(_("状态"), max_length=12, choices=EvaluationStatus.choices,
                              default=EvaluationStatus.DRAFT)
    summary = models.TextField(_("评估总结"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("编制人"), on_delete=models.PROTECT,
                                   related_name="+")
    published_at = models.DateTimeField(_("发布时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("绩效评估")
        verbose_name_plural = _("绩效评估")
        ordering = ["-period_end", "-pk"]
        constraints = [models.UniqueConstraint(fields=["evaluator_unit", "period_start", "period_end"],
                                               name="supervision_evaluation_period")]

    def __str__(self):
        return self.title


class EvaluationRow(BaseModel):
    """One agency's indicators in an evaluation, with the evaluator's grade and comment."""

    jurisdiction_field = "unit"

    evaluation = models.ForeignKey(PerformanceEvaluation, on_delete=models.CASCADE, related_name="rows")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("被评估机构"), on_delete=models.PROTECT,
                             related_name="+")
    indicators = models.JSONField(_("绩效指标"), default=dict)
    grade = models.CharField(_("评定等次"), max_length=12, choices=EvaluationGrade.choices, blank=True)
    comment = models.TextField(_("评估意见"), blank=True)

    class Meta:
        verbose_name = _("绩效评估结果")
        verbose_name_plural = _("绩效评估结果")
        ordering = ["unit__path"]
        constraints = [models.UniqueConstraint(fields=["evaluation", "unit"], name="supervision_evaluation_row")]
