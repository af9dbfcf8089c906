"""Guidance tiers (BJ-14-*) over any subject: appointments, guidance records, categorized groups."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from .choices import BookingChannel, GuidanceType, NextStep, PlanKind, Tier
from .states import AppointmentStatus


class SubjectMixin(models.Model):
    subject_type = models.CharField(_("对象类型"), max_length=64)
    subject_id = models.CharField(_("对象编号"), max_length=64)
    subject_label = models.CharField(_("服务对象"), max_length=200)

    class Meta:
        abstract = True


class GuidanceAppointment(SubjectMixin, BaseModel):
    """An appointment registration (预约登记, BJ-14-3)."""

    jurisdiction_field = "unit"

    need = models.TextField(_("指导需求"))
    guidance_type = models.CharField(_("指导类型"), max_length=16, choices=GuidanceType.choices)
    channel = models.CharField(_("预约渠道"), max_length=8, choices=BookingChannel.choices)
    status = models.CharField(_("状态"), max_length=12, choices=AppointmentStatus.choices, default=AppointmentStatus.REQUESTED)
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("负责机构"), on_delete=models.PROTECT, related_name="+")
    officer = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("指导人员"), null=True, blank=True,
                                on_delete=models.PROTECT, related_name="guidance_appointments")
    scheduled_at = models.DateTimeField(_("预约时间"), null=True, blank=True)
    requested_on = models.DateField(_("预约登记日期"))
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("登记人"), null=True,
                                     on_delete=models.PROTECT, related_name="+")
    note = models.TextField(_("备注"), blank=True)

    class Meta:
        verbose_name = _("指导预约")
        verbose_name_plural = _("指导预约")
        ordering = ["-requested_on", "-pk"]
        indexes = [models.Index(fields=["subject_type", "subject_id"], name="guidance_appt_subject_idx"),
                   models.Index(fields=["unit", "status"], name="guidance_appt_unit_idx")]

    def __str__(self):
        return f"{self.subject_label} {self.get_guidance_type_display()}"


class GuidanceRecord(SubjectMixin, BaseModel):
    """General (BJ-14-2) or specialized (BJ-14-4) guidance given to one subject."""

    jurisdiction_field = "unit"

    tier = models.CharField(_("指导层级"), max_length=16, choices=Tier.choices)
    held_on = models.DateField(_("指导日期"))
    need = models.TextField(_("指导需求"), blank=True)
    next_step = models.CharField(_("后续引导"), max_length=24, choices=NextStep.choices, default=NextStep.NONE)
    assessment_instrument = models.CharField(_("职业素质测评工具及版本"), max_length=100, blank=True)
    assessment_result = models.TextField(_("测评结果"), blank=True)
    occupational_info = models.TextField(_("职业信息分析"), blank=True)
    advice = models.TextField(_("咨询意见"), blank=True)
    appointment = models.ForeignKey(GuidanceAppointment, null=True, blank=True, on_delete=models.PROTECT, related_name="records")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="+")
    counsellor = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("指导人员"), null=True, on_delete=models.PROTECT,
                                   related_name="+")

    class Meta:
        verbose_name = _("指导记录")
        verbose_name_plural = _("指导记录")
        ordering = ["-held_on", "-pk"]
        indexes = [models.Index(fields=["subject_type", "subject_id"], name="guidance_rec_subject_idx")]


class GuidanceGroup(BaseModel):
    """Categorized guidance (BJ-14-5): subjects sharing a common problem, with the analysis and a plan."""

    jurisdiction_field = "unit"

    subject_type = models.CharField(_("对象类型"), max_length=64)
    title = models.CharField(_("名称"), max_length=100)
    common_problem = models.TextField(_("共性问题"))
    occupational_info = models.TextField(_("职业信息分析"), blank=True)
    plan = models.TextField(_("指导方案"), blank=True)
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("分类指导小组")
        verbose_name_plural = _("分类指导小组")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title


class GuidanceGroupMember(SubjectMixin, BaseModel):
    group = models.ForeignKey(GuidanceGroup, on_delete=models.PROTECT, related_name="members")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["group", "subject_type", "subject_id"], name="guidance_member_unique")]
        ordering = ["pk"]


class GuidanceSession(BaseModel):
    """One guidance activity carrying out a group's plan."""

    group = models.ForeignKey(GuidanceGroup, on_delete=models.PROTECT, related_name="sessions")
    held_on = models.DateField(_("活动日期"))
    content = models.TextField(_("活动内容"))
    attendees = models.ManyToManyField(GuidanceGroupMember, verbose_name=_("参加人员"), related_name="sessions")
    counsellor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-held_on", "-pk"]


class GuidancePlan(SubjectMixin, BaseModel):
    """One version of a plan drawn up in specialized guidance (BJ-37-2). A revision is a new row
    pointing at the version it replaces; each version is also an entry in the subject's ledger."""

    jurisdiction_field = "unit"

    kind = models.CharField(_("方案类型"), max_length=24, choices=PlanKind.choices)
    title = models.CharField(_("方案名称"), max_length=100)
    version = models.PositiveSmallIntegerField(_("版本"))
    content = models.TextField(_("方案内容"))
    revision_reason = models.CharField(_("修订原因"), max_length=200, blank=True)
    previous = models.OneToOneField("self", verbose_name=_("上一版本"), null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="next_version")
    record = models.ForeignKey(GuidanceRecord, verbose_name=_("对应的专门指导"), null=True, blank=True,
                               on_delete=models.PROTECT, related_name="plans")
    drafted_on = models.DateField(_("制订日期"))
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("指导人员"), null=True, on_delete=models.PROTECT,
                               related_name="+")

    class Meta:
        verbose_name = _("指导方案版本")
        verbose_name_plural = _("指导方案版本")
        ordering = ["kind", "title", "-version"]
        constraints = [models.UniqueConstraint(fields=["subject_type", "subject_id", "kind", "title", "version"],
                                               name="guidance_plan_version_unique")]
        indexes = [models.Index(fields=["subject_type", "subject_id"], name="guidance_plan_subject_idx")]

    def __str__(self):
        return f"{self.title} v{self.version}"


# The CQ guidance process (T/CQTSHRA 002-2024) lives in careerguide.guidance.cq; importing its models here
# registers them with the guidance app.
from .cq import models as cq_models  # noqa: E402,F401
