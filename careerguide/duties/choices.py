"""Choices of early-warning indicators that pages and the API need (BJ-58-1, BJ-58-2)."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from .rules import (
    MAX_FAILED_AGENCIES,
    MAX_OVERDUE,
    MAX_QUALITY_EXCEPTIONS,
    MIN_ON_TIME_PERCENT,
    MIN_SATISFIED_PERCENT,
)


class IndicatorMetric(models.TextChoices):
    MIN_ON_TIME_PERCENT = MIN_ON_TIME_PERCENT, _("按时完成率不低于（%）")
    MAX_OVERDUE = MAX_OVERDUE, _("逾期事项不超过（件）")
    MIN_SATISFIED_PERCENT = MIN_SATISFIED_PERCENT, _("服务满意率不低于（%，满意度调查）")
    MAX_FAILED_AGENCIES = MAX_FAILED_AGENCIES, _("绩效评估不合格机构不超过（个，最近一次评估）")
    MAX_QUALITY_EXCEPTIONS = MAX_QUALITY_EXCEPTIONS, _("信息质量异常不超过（条，台账录入和登记）")
