"""Spot checks, supervision issues and notices (BJ-56, BJ-58), complaints and reports (BJ-5-4)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import ComplaintChannel, ComplaintSubject, NoticeKind, RecordType
from ..states import ComplaintStatus, IssueStatus, RectificationStatus


class SpotCheck(BaseModel):
    """One monthly spot check by an upper-level agency of a direct lower-level agency (BJ-56-1, BJ-56-6)."""

    upper_unit = models.ForeignKey("organisations.Unit", verbose_name=_("检查机构"), on_delete=models.PROTECT, related_name="+")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("被检查机构"), on_delete=models.PROTECT, related_name="+")
    record_type = models.CharField(_("检查内容"), max_length=24, choices=RecordType.choices)
    month = models.DateField(_("检查月份"))
    sample_size = models.PositiveIntegerField(_("抽样数量"))
    seed = models.BigIntegerField(_("随机种子"))
    population = models.PositiveIntegerField(_("总体数量"))
    sample = models.JSONField(_("抽中记录"), default=list)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("检查人"), on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("抽查")
        verbose_name_plural = _("抽查")
        ordering = ["-month", "-id"]

    def __str__(self):
        return f"{self.unit} {self.get_record_type_display()} {self.month:%Y-%m}"


class SupervisionIssue(BaseModel):
    """A problem found in supervision, assigned to a lower-level agency for rectification (BJ-56-5, BJ-58-3 to BJ-58-6)."""

    upper_unit = models.ForeignKey("organisations.Unit", verbose_name=_("督导机构"), on_delete=models.PROTECT, related_name="+")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("整改机构"), on_delete=models.PROTECT, related_name="+")
    spot_check = models.ForeignKey(SpotCheck, verbose_name=_("来源抽查"), null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="issues")
    record_ref = models.CharField(_("涉及记录"), max_length=100, blank=True)
    title = models.CharField(_("问题"), max_length=200)
    description = models.TextField(_("问题描述"), blank=True)
    found_on = models.DateField(_("发现日期"))
    status = models.CharField(_("状态"), max_length=32, choices=IssueStatus.choices, default=IssueStatus.FOUND)
    notice_count = models.PositiveSmallIntegerField(_("通报次数"), default=0)
    rectification_status = models.CharField(_("整改情况"), max_length=32, choices=RectificationStatus.choices,
                                             default=RectificationStatus.OPEN)
    rectification_report = models.TextField(_("整改报告"), blank=True)
    rectification_reported_at = models.DateTimeField(_("整改报告时间"), null=True, blank=True)
    interview_on = models.DateField(_("约谈日期"), null=True, blank=True)
    interview_principal = models.CharField(_("约谈对象（主要负责人）"), max_length=64, blank=True)
    interview_notes = models.TextField(_("约谈记录"), blank=True)
    referral_on = models.DateField(_("移送日期"), null=True, blank=True)
    referral_recipient = models.CharField(_("移送部门"), max_length=100, blank=True)
    referral_materials = models.TextField(_("移送材料"), blank=True)
    rectified_at = models.DateTimeField(_("核实整改时间"), null=True, blank=True)
    closed_at = models.DateTimeField(_("关闭时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("督导问题")
        verbose_name_plural = _("督导问题")
        ordering = ["-found_on", "-id"]
        indexes = [models.Index(fields=["unit", "status"])]

    def __str__(self):
        return self.title


class SupervisionNotice(BaseModel):
    """A notice from the upper level to a lower-level agency listing problems (BJ-56-4, BJ-56-5, BJ-58-3)."""

    issuer_unit = models.ForeignKey("organisations.Unit", verbose_name=_("通报机构"), on_delete=models.PROTECT, related_name="+")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("被通报机构"), on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(_("通报类型"), max_length=16, choices=NoticeKind.choices)
    month = models.DateField(_("通报月份"), null=True, blank=True)
    issued_on = models.DateField(_("通报日期"))
    body = models.TextField(_("通报内容"), blank=True)
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("通报人"), on_delete=models.PROTECT, related_name="+")
    issues = models.ManyToManyField(SupervisionIssue, through="NoticeItem", related_name="notices")

    class Meta:
        verbose_name = _("通报")
        verbose_name_plural = _("通报")
        ordering = ["-issued_on", "-id"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.unit} {self.issued_on}"


class NoticeItem(models.Model):
    notice = models.ForeignKey(SupervisionNotice, on_delete=models.PROTECT, related_name="items")
    issue = models.ForeignKey(SupervisionIssue, on_delete=models.PROTECT, related_name="notice_items")
    sequence = models.PositiveSmallIntegerField(_("第几次通报"))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["issue", "sequence"], name="supervision_notice_item_seq")]


class Complaint(BaseModel):
    """A complaint or report (投诉举报, BJ-5-4), tracked to closure with result and reply."""

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("受理机构"), on_delete=models.PROTECT, related_name="+")
    complainant = models.CharField(_("投诉举报人"), max_length=64)
    contact = models.CharField(_("联系方式"), max_length=64, blank=True)
    channel = models.CharField(_("渠道"), max_length=16, choices=ComplaintChannel.choices)
    subject_kind = models.CharField(_("投诉对象类型"), max_length=16, choices=ComplaintSubject.choices)
    subject_label = models.CharField(_("投诉对象"), max_length=200)
    content = models.TextField(_("内容"))
    received_on = models.DateField(_("受理日期"))
    handler = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("承办人"), null=True, blank=True,
                                on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("状态"), max_length=16, choices=ComplaintStatus.choices, default=ComplaintStatus.RECORDED)
    result = models.TextField(_("处理结果"), blank=True)
    reply = models.TextField(_("答复内容"), blank=True)
    replied_on = models.DateField(_("答复日期"), null=True, blank=True)
    closed_at = models.DateTimeField(_("办结时间"), null=True, blank=True)
    # BJ-59-2: an appeal by a person with employment difficulties whose rights an agency infringed, filed online
    # to the district of the person's habitual residence; the person follows it on their own page.
    is_appeal = models.BooleanField(_("就业困难人员申诉"), default=False)
    complainant_user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("申诉人账户"), null=True, blank=True,
                                         on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("投诉举报")
        verbose_name_plural = _("投诉举报")
        ordering = ["-received_on", "-id"]

    def __str__(self):
        return f"{self.get_subject_kind_display()}：{self.subject_label}"
