"""Service logs, consultation requests, invitations, pairings, feedback, training and incentives
(CZ art. 3, 10–12, Annex 2).  No fee, price or payment field for recipients (CZ-2-2): the only money
field is remuneration from an inviting unit (CZ-12-2)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel
from careerguide.privacy.fields import EncryptedTextField

from ..choices import (
    ActivityForm,
    Duty,
    FeedbackKind,
    IncentiveKind,
    LogAttachmentKind,
    Mode,
    Origin,
    RecipientType,
    TrainingContent,
)
from ..states import ChangeStatus, FeedbackStatus, LogStatus, RequestStatus

USER = settings.AUTH_USER_MODEL


class ConsultationRequest(BaseModel):
    """咨询 (CZ-11-8): from the public directory to a listed expert, without the expert's contacts."""

    membership = models.ForeignKey("experts.Membership", on_delete=models.PROTECT, related_name="consultations")
    requester_type = models.CharField(_("咨询人类型"), max_length=10, choices=RecipientType.choices)
    requester_name = models.CharField(_("咨询人或单位"), max_length=100)
    contact = EncryptedTextField(_("联系方式"))
    topic = models.CharField(_("咨询主题"), max_length=300)
    preferred_mode = models.CharField(_("希望方式"), max_length=10, choices=Mode.choices)
    preferred_time = models.CharField(_("希望时间"), max_length=100, blank=True)
    job_seeking_intent = models.BooleanField(_("有求职意愿"), null=True)
    key_groups = models.JSONField(_("重点群体"), default=list, blank=True)
    hiring_needs = models.BooleanField(_("有招聘用工需求"), null=True)
    status = models.CharField(_("状态"), max_length=12, choices=RequestStatus.choices, default=RequestStatus.OPEN)
    decline_reason = models.CharField(_("谢绝理由"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("咨询申请")
        verbose_name_plural = _("咨询申请")


class Invitation(BaseModel):
    """单位邀请 (CZ-11-15): to a named expert, or asking city_hrss to find one; no approval step."""

    membership = models.ForeignKey("experts.Membership", null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="invitations")
    inviting_unit = models.CharField(_("邀请单位"), max_length=100)
    contact_person = models.CharField(_("联系人"), max_length=40)
    contact = EncryptedTextField(_("联系方式"))
    topic = models.CharField(_("活动内容"), max_length=300)
    form = models.CharField(_("服务形式"), max_length=32, choices=ActivityForm.choices)
    on = models.DateField(_("活动日期"))
    status = models.CharField(_("状态"), max_length=12, choices=RequestStatus.choices, default=RequestStatus.OPEN)
    decline_reason = models.CharField(_("谢绝理由"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("单位邀请")
        verbose_name_plural = _("单位邀请")


class Pairing(BaseModel):
    """结对帮扶 (CZ-11-16)."""

    membership = models.ForeignKey("experts.Membership", on_delete=models.PROTECT, related_name="pairings")
    recipient_name = models.CharField(_("帮扶对象"), max_length=100)
    recipient_type = models.CharField(_("对象类型"), max_length=10, choices=RecipientType.choices)
    start = models.DateField(_("开始日期"))
    end = models.DateField(_("结束日期"), null=True, blank=True)
    goal = models.CharField(_("帮扶目标"), max_length=300)

    class Meta:
        verbose_name = _("结对帮扶")
        verbose_name_plural = _("结对帮扶")


class ServiceLogEntry(BaseModel):
    """服务日志 (Annex 2, CZ-A2-1..8)."""

    membership = models.ForeignKey("experts.Membership", on_delete=models.PROTECT, related_name="service_logs")
    certificate_number = models.CharField(_("证书编号"), max_length=32)
    on = models.DateField(_("服务日期"))
    start_time = models.TimeField(_("开始时间"), null=True, blank=True)
    end_time = models.TimeField(_("结束时间"), null=True, blank=True)
    hours = models.DecimalField(_("服务时长（小时）"), max_digits=5, decimal_places=1)
    location = models.CharField(_("地点或线上平台"), max_length=200)
    mode = models.CharField(_("服务方式"), max_length=10, choices=Mode.choices)
    origin = models.CharField(_("活动来源"), max_length=24, choices=Origin.choices)
    arranging_unit = models.CharField(_("安排或邀请单位"), max_length=100, blank=True)
    inviting_contact = models.CharField(_("邀请单位联系人"), max_length=50, blank=True)  # CZ-11-13
    form = models.CharField(_("服务形式"), max_length=32, choices=ActivityForm.choices)
    duty = models.CharField(_("工作职责"), max_length=4, choices=Duty.choices)
    category = models.CharField(_("服务类别"), max_length=40)
    recipient_types = models.JSONField(_("服务对象类型"), default=list)
    job_seeking_intent = models.BooleanField(_("有求职意愿"), null=True)
    key_groups = models.JSONField(_("重点群体"), default=list, blank=True)
    hiring_needs = models.BooleanField(_("有招聘用工需求"), null=True)
    persons_served = models.PositiveIntegerField(_("服务人数（单位数）"))
    employer_name = models.CharField(_("用人单位名称"), max_length=100, blank=True)
    named_recipients = EncryptedTextField(_("服务对象姓名（经本人同意）"), blank=True)
    recipients_consented = models.BooleanField(_("服务对象同意记录姓名"), default=False)
    trade_secret = models.BooleanField(_("含用人单位商业秘密"), default=False)
    topic = models.CharField(_("服务主题"), max_length=200)
    summary = models.TextField(_("指导内容摘要"))
    problems_found = models.TextField(_("发现的问题"), blank=True)
    advice = models.TextField(_("指导建议"), blank=True)
    follow_up_plan = models.TextField(_("跟进计划"), blank=True)
    follow_up_result = models.CharField(_("跟进结果"), max_length=200, blank=True)
    satisfaction = models.PositiveSmallIntegerField(_("满意度（1-5）"), null=True, blank=True)
    remuneration_payer = models.CharField(_("劳务报酬支付单位"), max_length=100, blank=True)
    remuneration_amount = models.DecimalField(_("劳务报酬金额"), max_digits=10, decimal_places=2, null=True, blank=True)
    consultation = models.ForeignKey(ConsultationRequest, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    invitation = models.ForeignKey(Invitation, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    pairing = models.ForeignKey(Pairing, null=True, blank=True, on_delete=models.PROTECT, related_name="logs")
    status = models.CharField(_("审核状态"), max_length=12, choices=LogStatus.choices, default=LogStatus.DRAFT)
    return_reason = models.CharField(_("退回理由"), max_length=300, blank=True)
    confirmed_at = models.DateTimeField(_("确认时间"), null=True, blank=True)
    organiser_confirmation = models.CharField(_("邀请单位确认情况"), max_length=200, blank=True)
    correction_reason = models.CharField(_("更正申请理由"), max_length=300, blank=True)
    correction_requested_at = models.DateTimeField(_("更正申请时间"), null=True, blank=True)
    due_date = models.DateField(_("填报期限"))
    late = models.BooleanField(_("逾期填报"), default=False)

    class Meta:
        verbose_name = _("服务日志")
        verbose_name_plural = _("服务日志")
        constraints = [models.CheckConstraint(
            condition=models.Q(satisfaction__isnull=True) | models.Q(satisfaction__gte=1, satisfaction__lte=5),
            name="expert_log_satisfaction_1_5")]


class Feedback(BaseModel):
    """反馈意见 (CZ-11-9, CZ-11-10): the submitter is visible to city_hrss only."""

    membership = models.ForeignKey("experts.Membership", null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="feedback")
    kind = models.CharField(_("类别"), max_length=12, choices=FeedbackKind.choices)
    content = models.TextField(_("内容"))
    submitter_name = models.CharField(_("反馈人"), max_length=40, blank=True)
    submitter_contact = EncryptedTextField(_("反馈人联系方式"), blank=True)
    received_on = models.DateField(_("受理日期"))
    reply_due = models.DateField(_("答复期限"))
    status = models.CharField(_("状态"), max_length=12, choices=FeedbackStatus.choices, default=FeedbackStatus.RECEIVED)
    reply = models.TextField(_("答复"), blank=True)
    outcome = models.TextField(_("处理结果"), blank=True)
    exit_case = models.ForeignKey("experts.ExitCase", null=True, blank=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("反馈意见")
        verbose_name_plural = _("反馈意见")


class TrainingEvent(BaseModel):
    """培训交流活动 (CZ-11-11)."""

    on = models.DateField(_("日期"))
    title = models.CharField(_("名称"), max_length=200)
    organiser = models.CharField(_("组织单位"), max_length=100)
    hours = models.DecimalField(_("学时"), max_digits=5, decimal_places=1)
    content = models.CharField(_("内容类别"), max_length=20, choices=TrainingContent.choices)
    attendees = models.ManyToManyField("experts.Membership", related_name="trainings", blank=True)

    class Meta:
        verbose_name = _("培训交流活动")
        verbose_name_plural = _("培训交流活动")


class ContentItem(BaseModel):
    """精品课程、微视频 (CZ-10-7), counted under D3."""

    COURSE, VIDEO = "premium_course", "micro_video"
    title = models.CharField(_("标题"), max_length=200)
    item_type = models.CharField(_("类型"), max_length=16, choices=[(COURSE, _("精品课程")), (VIDEO, _("微视频"))])
    minutes = models.PositiveIntegerField(_("时长（分钟）"))
    channel = models.CharField(_("发布渠道"), max_length=100)
    url = models.URLField(_("网址"), blank=True)
    published_on = models.DateField(_("发布日期"))
    authors = models.ManyToManyField("experts.Membership", related_name="content_items")

    class Meta:
        verbose_name = _("课程和微视频")
        verbose_name_plural = _("课程和微视频")


class IncentiveEvent(BaseModel):
    """CZ-12-1..12-3: trainings, study tours, invitations to review work, publicity."""

    membership = models.ForeignKey("experts.Membership", on_delete=models.PROTECT, related_name="incentives")
    kind = models.CharField(_("类别"), max_length=32, choices=IncentiveKind.choices)
    on = models.DateField(_("日期"))
    title = models.CharField(_("内容"), max_length=200)
    channel = models.CharField(_("渠道"), max_length=100, blank=True)
    link = models.URLField(_("链接"), blank=True)
    remuneration_payer = models.CharField(_("劳务报酬支付单位"), max_length=100, blank=True)
    remuneration_amount = models.DecimalField(_("劳务报酬金额"), max_digits=10, decimal_places=2, null=True, blank=True)

    class Meta:
        verbose_name = _("激励记录")
        verbose_name_plural = _("激励记录")


class ServiceLogAttachment(BaseModel):
    """CZ-A2-6: photos, the sign-in sheet and materials of a service-log entry."""

    entry = models.ForeignKey(ServiceLogEntry, on_delete=models.CASCADE, related_name="attachments")
    kind = models.CharField(_("类别"), max_length=16, choices=LogAttachmentKind.choices)
    file = models.FileField(_("文件"), upload_to="experts/logs/%Y/")

    class Meta:
        verbose_name = _("服务日志附件")
        verbose_name_plural = _("服务日志附件")


class ArchiveChangeRequest(BaseModel):
    """CZ-11-2: an expert asks city HRSS to change an archive field the expert may not change alone."""

    membership = models.ForeignKey("experts.Membership", on_delete=models.PROTECT, related_name="change_requests")
    changes = models.JSONField(_("申请变更"))
    reason = models.CharField(_("理由"), max_length=300, blank=True)
    status = models.CharField(_("状态"), max_length=12, choices=ChangeStatus.choices, default=ChangeStatus.PENDING)
    decided_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(_("审核时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("档案变更申请")
        verbose_name_plural = _("档案变更申请")
