"""The shared resource library and online learning records (SD-17-*)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from .choices import ResourceType, Sharing
from .states import CaseStatus, ResourceStatus


class Resource(BaseModel):
    jurisdiction_field = "owner_unit"

    title = models.CharField(_("标题"), max_length=200)
    resource_type = models.CharField(_("类型"), max_length=24, choices=ResourceType.choices)
    owner_unit = models.ForeignKey("organisations.Unit", verbose_name=_("所属机构"), on_delete=models.PROTECT,
                                   related_name="+")
    line = models.CharField(_("条线"), max_length=12, choices=[("hrss", _("人社")), ("education", _("教育"))], default="hrss")
    resource_date = models.DateField(_("日期"))
    tags = models.JSONField(_("标签"), default=list)
    sharing = models.CharField(_("共享范围"), max_length=8, choices=Sharing.choices, default=Sharing.SHARED)
    licence = models.CharField(_("使用许可"), max_length=100)
    class_hours = models.DecimalField(_("课程学时"), max_digits=5, decimal_places=1, null=True, blank=True)
    status = models.CharField(_("状态"), max_length=12, choices=ResourceStatus.choices, default=ResourceStatus.DRAFT)
    status_changed_at = models.DateTimeField(_("状态变更时间"), null=True, blank=True)
    review_note = models.CharField(_("审核意见"), max_length=200, blank=True)
    source_key = models.CharField(_("来源"), max_length=64, blank=True, help_text=_("如竞赛获奖作品（SD-3-4）。"))
    views = models.PositiveIntegerField(_("浏览次数"), default=0)
    downloads = models.PositiveIntegerField(_("下载次数"), default=0)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("职业指导资源")
        verbose_name_plural = _("职业指导资源")
        ordering = ["-resource_date", "-pk"]
        indexes = [models.Index(fields=["status", "sharing"], name="res_status_sharing_idx")]
        constraints = [models.CheckConstraint(condition=~models.Q(resource_type="course") | models.Q(class_hours__gt=0) |
                                              models.Q(class_hours__isnull=True), name="res_course_hours_positive")]

    def __str__(self):
        return self.title

    @property
    def current_version(self):
        return self.versions.order_by("-number").first()


class ResourceVersion(BaseModel):
    """SD-17-1: every change of content is a new numbered version; earlier versions are kept."""

    jurisdiction_field = "resource__owner_unit"

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("版本号"))
    content = models.TextField(_("内容或地址"))
    note = models.CharField(_("修订说明"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("资源版本")
        verbose_name_plural = _("资源版本")
        constraints = [models.UniqueConstraint(fields=["resource", "number"], name="res_version_unique")]


class ResourceAccess(BaseModel):
    """SD-17-5: one view or download by someone of an organisation."""

    jurisdiction_field = "unit"

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="accesses")
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(_("方式"), max_length=8, choices=[("view", _("浏览")), ("download", _("下载"))])
    on = models.DateField(_("日期"))

    class Meta:
        verbose_name = _("资源访问")
        verbose_name_plural = _("资源访问")
        indexes = [models.Index(fields=["resource", "kind"], name="res_access_idx")]


class LearningRecord(BaseModel):
    """SD-17-3: one learner's progress on an on-demand course; replays are unlimited."""

    jurisdiction_field = "counsellor__unit"

    resource = models.ForeignKey(Resource, on_delete=models.PROTECT, related_name="learning_records")
    counsellor = models.ForeignKey("workforce.Counsellor", on_delete=models.CASCADE, related_name="learning_records")
    progress = models.PositiveSmallIntegerField(_("进度（%）"), default=0)
    plays = models.PositiveIntegerField(_("学习次数"), default=0)
    completed_on = models.DateField(_("完成日期"), null=True, blank=True)
    training_record = models.ForeignKey("workforce.TrainingRecord", null=True, blank=True, on_delete=models.SET_NULL,
                                        related_name="+")

    class Meta:
        verbose_name = _("在线学习记录")
        verbose_name_plural = _("在线学习记录")
        constraints = [models.UniqueConstraint(fields=["resource", "counsellor"], name="res_learning_once"),
                       models.CheckConstraint(condition=models.Q(progress__lte=100), name="res_progress_max_100")]


class TypicalCase(BaseModel):
    """SD-15-2, SD-15-3: a typical case of guidance service (典型案例) collected by an organisation; it is submitted
    only after client-identifying data are removed and the submitter attests it, reviewed by experts of the library
    (SD-9-2) and, once selected, published into the resource library as a case analysis (SD-17-1)."""

    jurisdiction_field = "owner_unit"

    owner_unit = models.ForeignKey("organisations.Unit", verbose_name=_("报送机构"), on_delete=models.PROTECT,
                                   related_name="+")
    title = models.CharField(_("案例标题"), max_length=200)
    service_area = models.CharField(_("服务领域"), max_length=100, help_text=_("如就业指导、生涯规划、创业指导"))
    background = models.TextField(_("案例背景"))
    process = models.TextField(_("指导过程"))
    outcome = models.TextField(_("服务成效"))
    reflection = models.TextField(_("经验启示"), blank=True)
    status = models.CharField(_("状态"), max_length=14, choices=CaseStatus.choices, default=CaseStatus.DRAFT)
    status_changed_at = models.DateTimeField(_("状态变更时间"), null=True, blank=True)
    attested_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("去标识化承诺人"), null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="+")
    attested_at = models.DateTimeField(_("承诺时间"), null=True, blank=True)
    review = models.ForeignKey("experts.LibraryEngagement", verbose_name=_("专家评审"), null=True, blank=True,
                               on_delete=models.PROTECT, related_name="+")
    decision_note = models.CharField(_("评审意见"), max_length=300, blank=True)
    resource = models.OneToOneField(Resource, verbose_name=_("资源库案例分析"), null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="typical_case")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("职业指导服务典型案例")
        verbose_name_plural = _("职业指导服务典型案例")
        ordering = ["-pk"]
        constraints = [models.CheckConstraint(
            condition=models.Q(status__in=["draft", "returned"]) | models.Q(attested_by__isnull=False),
            name="res_case_attested_past_draft")]

    def __str__(self):
        return self.title

    def texts(self) -> list[str]:
        return [self.title, self.service_area, self.background, self.process, self.outcome, self.reflection]
