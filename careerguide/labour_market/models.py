"""Market information: periodic and analysis reports (BJ-52), central publication of agencies' information (BJ-7-4),
training classes and the monthly training-need summary (BJ-54)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel
from careerguide.common.training_needs import TrainingLevel

from .choices import AnalysisKind, InformationCategory, ReportKind
from .states import InformationStatus, ReportStatus, TrainingClassStatus


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


class InformationItem(BaseModel):
    """Employment or entrepreneurship information an agency sends in for central publication (统一汇总发布, BJ-7-4):
    the city reviews and publishes it on the platform and in the feeds (BJ-53-1)."""

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("报送机构"), on_delete=models.PROTECT, related_name="+")
    category = models.CharField(_("信息类别"), max_length=20, choices=InformationCategory.choices)
    title = models.CharField(_("标题"), max_length=200)
    body = models.TextField(_("内容"))
    link = models.URLField(_("原文链接"), blank=True)
    status = models.CharField(_("状态"), max_length=12, choices=InformationStatus.choices,
                              default=InformationStatus.SUBMITTED)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("报送人"), on_delete=models.PROTECT,
                                     related_name="+")
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("审核人"), null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="+")
    review_note = models.CharField(_("审核意见"), max_length=300, blank=True)
    published_at = models.DateTimeField(_("发布时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("就业创业信息")
        verbose_name_plural = _("就业创业信息")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "-published_at"], name="labour_info_published_idx")]

    def __str__(self):
        return self.title


class TrainingClass(BaseModel):
    """A training class opening, received from the vocational-skills-training department and published at once
    through the platform and the feeds (培训开班信息, BJ-54-2)."""

    source_ref = models.CharField(_("培训部门编号"), max_length=64, unique=True)
    title = models.CharField(_("培训班名称"), max_length=200)
    skill = models.CharField(_("职业（工种）或技能"), max_length=100)
    level = models.CharField(_("培训等级"), max_length=20, choices=TrainingLevel.choices)
    provider = models.CharField(_("培训机构"), max_length=200)
    district = models.ForeignKey("organisations.Unit", verbose_name=_("开班地区"), null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="+")
    location = models.CharField(_("培训地点"), max_length=200, blank=True)
    starts_on = models.DateField(_("开班日期"))
    ends_on = models.DateField(_("结业日期"), null=True, blank=True)
    capacity = models.PositiveIntegerField(_("招生人数"), null=True, blank=True)
    enrol_contact = models.CharField(_("报名咨询电话"), max_length=40, blank=True)
    status = models.CharField(_("状态"), max_length=12, choices=TrainingClassStatus.choices,
                              default=TrainingClassStatus.PUBLISHED)
    received_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("接收人"), on_delete=models.PROTECT,
                                    related_name="+")
    published_at = models.DateTimeField(_("发布时间"))

    class Meta:
        verbose_name = _("培训开班信息")
        verbose_name_plural = _("培训开班信息")
        ordering = ["starts_on", "id"]

    def __str__(self):
        return self.title


class TrainingNeedSummary(BaseModel):
    """The month's aggregation of the training needs recorded for job seekers and employers, sent to the
    vocational-skills-training department (BJ-54-1): aggregates only."""

    month = models.DateField(_("月份"), unique=True)
    data = models.JSONField(_("汇总数据"), default=dict)
    recipient = models.CharField(_("报送部门"), max_length=100)
    sent_at = models.DateTimeField(_("报送时间"))

    class Meta:
        verbose_name = _("培训需求月度汇总")
        verbose_name_plural = _("培训需求月度汇总")
        ordering = ["-month"]

    def __str__(self):
        return f"{self.month:%Y-%m}"
