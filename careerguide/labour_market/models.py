"""Stored market reports: a snapshot of aggregate statistics plus the analyst's text (BJ-52-1 to BJ-52-4)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from .choices import AnalysisKind, ReportKind
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


class AnalysisReport(BaseModel):
    """An occupation analysis report (职业分析报告, BJ-52-1) or an HR-market analysis report on a topical or difficult
    issue (人力资源市场分析报告, BJ-52-4): a versioned document; each version freezes its text and the statistics it
    was written from, and the published version is the one the platform shows (BJ-53-2)."""

    kind = models.CharField(_("报告类型"), max_length=16, choices=AnalysisKind.choices)
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("编制机构"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("标题"), max_length=200)
    occupation_code = models.CharField(_("职业代码"), max_length=20, blank=True)
    occupation_name = models.CharField(_("职业"), max_length=100, blank=True)
    topic = models.CharField(_("专题"), max_length=200, blank=True)
    status = models.CharField(_("状态"), max_length=16, choices=ReportStatus.choices, default=ReportStatus.DRAFT)
    published_version = models.ForeignKey("labour_market.AnalysisReportVersion", verbose_name=_("发布版本"), null=True,
                                          blank=True, on_delete=models.PROTECT, related_name="+")
    published_at = models.DateTimeField(_("发布时间"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("编制人"), on_delete=models.PROTECT,
                                   related_name="+")

    class Meta:
        verbose_name = _("分析报告")
        verbose_name_plural = _("分析报告")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.title


class AnalysisReportVersion(BaseModel):
    """One version of an analysis report, never changed: its author, date, text and statistics snapshot."""

    report = models.ForeignKey(AnalysisReport, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveSmallIntegerField(_("版本号"))
    period_start = models.DateField(_("统计期起"))
    period_end = models.DateField(_("统计期止"))
    work_content = models.TextField(_("工作内容"), blank=True)
    skill_requirements = models.TextField(_("技能要求"), blank=True)
    knowledge_requirements = models.TextField(_("知识要求"), blank=True)
    vocational_interests = models.TextField(_("职业兴趣"), blank=True)
    body = models.TextField(_("分析正文"), blank=True)
    change_note = models.CharField(_("修订说明"), max_length=200, blank=True)
    data = models.JSONField(_("统计数据"), default=dict)  # aggregates only (BJ-51-3)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("编写人"), on_delete=models.PROTECT,
                               related_name="+")

    class Meta:
        verbose_name = _("分析报告版本")
        verbose_name_plural = _("分析报告版本")
        ordering = ["report", "-number"]
        constraints = [models.UniqueConstraint(fields=["report", "number"], name="labour_market_report_version")]

    def __str__(self):
        return f"{self.report} v{self.number}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("report versions are immutable; write a new version")
        super().save(*args, **kwargs)
