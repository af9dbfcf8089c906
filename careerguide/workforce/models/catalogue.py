"""Service content and delivery (SD-10-*, SD-11-*, SD-12-1, SD-G-11, SD-S-5, SD-S-9, SD-8-4): guidance content,
service records in one history per recipient, hand-offs and the activity calendar."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import Audience, CareerStage, Channel, ContentKind, HandoffOutcome, HandoffService, RecipientType
from ..states import ContentStatus


class GuidanceContent(BaseModel):
    """SD-10-1: policy publicity and employment-situation interpretation, published with a date."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("发布机构"), on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(_("类别"), max_length=32, choices=ContentKind.choices)
    audience = models.CharField(_("面向"), max_length=16, choices=Audience.choices, default=Audience.ALL)
    title = models.CharField(_("标题"), max_length=200)
    body = models.TextField(_("内容"))
    status = models.CharField(_("状态"), max_length=12, choices=ContentStatus.choices, default=ContentStatus.DRAFT)
    published_on = models.DateField(_("发布日期"), null=True, blank=True)
    status_changed_at = models.DateTimeField(_("状态变更时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("就业政策宣传和形势解读")
        verbose_name_plural = _("就业政策宣传和形势解读")
        ordering = ["-published_on", "-pk"]

    def __str__(self):
        return self.title


class ServiceRecord(BaseModel):
    """SD-11-1, SD-11-2, SD-12-1, SD-G-11: one catalogue service to one recipient through one channel; a recipient's
    records, online and offline, form one history.  SD-11-3: for an assistance target, the support measures chosen
    and the personalised guidance given.  SD-8-4: where a studio delivered it, and the recipient's career stage."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="+")
    recipient_type = models.CharField(_("服务对象类型"), max_length=20, choices=RecipientType.choices)
    job_seeker = models.ForeignKey("job_seekers.JobSeeker", verbose_name=_("求职者"), null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="sd_services")
    employer = models.ForeignKey("employers.Employer", verbose_name=_("用人单位"), null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="sd_services")
    service = models.CharField(_("服务项目"), max_length=40)
    channel = models.CharField(_("服务渠道"), max_length=8, choices=Channel.choices)
    delivered_on = models.DateField(_("服务日期"))
    counsellor = models.ForeignKey("workforce.Counsellor", verbose_name=_("职业指导人员"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="service_records")
    studio = models.ForeignKey("studios.Studio", verbose_name=_("提供服务的工作室"), null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="sd_services")
    career_stage = models.CharField(_("职业发展阶段"), max_length=16, choices=CareerStage.choices, blank=True)
    support_measures = models.JSONField(_("差异化帮扶举措"), default=list, blank=True)
    personalised_guidance = models.TextField(_("个性化职业指导服务"), blank=True)
    note = models.TextField(_("服务内容"), blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("职业指导服务记录")
        verbose_name_plural = _("职业指导服务记录")
        ordering = ["-delivered_on", "-pk"]
        indexes = [models.Index(fields=["unit", "delivered_on"], name="wf_service_record_period_idx")]


class ServiceHandoff(BaseModel):
    """SD-S-5: a guidance case handed to job introduction or policy services, and what came of it."""

    jurisdiction_field = "record__unit"

    record = models.ForeignKey(ServiceRecord, on_delete=models.CASCADE, related_name="handoffs")
    to_service = models.CharField(_("衔接服务"), max_length=20, choices=HandoffService.choices)
    handed_on = models.DateField(_("衔接日期"))
    receiving = models.CharField(_("承接机构或人员"), max_length=100)
    outcome = models.CharField(_("落实情况"), max_length=16, choices=HandoffOutcome.choices, default=HandoffOutcome.PENDING)
    outcome_on = models.DateField(_("落实日期"), null=True, blank=True)
    outcome_note = models.CharField(_("落实说明"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("服务衔接")
        verbose_name_plural = _("服务衔接")


class ServiceActivity(BaseModel):
    """SD-S-9: a service activity in the organisation's calendar (type, date, target group, channel, capacity)."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("组织机构"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("活动名称"), max_length=200)
    service = models.CharField(_("服务项目"), max_length=40)
    on = models.DateField(_("日期"))
    target_group = models.CharField(_("服务对象"), max_length=20, choices=RecipientType.choices)
    channel = models.CharField(_("渠道"), max_length=8, choices=Channel.choices)
    capacity = models.PositiveIntegerField(_("计划人数"))
    attendance = models.PositiveIntegerField(_("实际参加人数"), null=True, blank=True)

    class Meta:
        verbose_name = _("服务活动安排")
        verbose_name_plural = _("服务活动安排")
        ordering = ["on", "pk"]
