"""Stored market reports: a snapshot of aggregate statistics plus the analyst's text (BJ-52-2 to BJ-52-4)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from .choices import ReportKind
from .states import ReportStatus


class MarketReport(BaseModel):
    """A periodic report.  `data` holds aggregates only (counts, ratios, pay), never personal data (BJ-51-3)."""

    kind = models.CharField(_("报告类型"), max_length=16, choices=ReportKind.choices)
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("编制机构"), on_delete=models.PROTECT, related_name="+")
    period_start = models.DateField(_("统计期起"))
    period_end = models.DateField(_("统计期止"))
    title = models.CharField(_("标题"), max_length=200)
    analysis = models.TextField(_("分析说明"), blank=True)
    data = models.JSONField(_("统计数据"), default=dict)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("编制人"), on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("状态"), max_length=16, choices=ReportStatus.choices, default=ReportStatus.DRAFT)
    published_at = models.DateTimeField(_("发布时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("市场分析报告")
        verbose_name_plural = _("市场分析报告")
        ordering = ["-period_start", "-id"]
        indexes = [models.Index(fields=["status", "-period_start"])]

    def __str__(self):
        return self.title
