"""Verification checks (核查) of single records by the upper level, and the daily notice of posting checks
(BJ-56-1 to BJ-56-3)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import CheckResult, RecordType
from ..states import PostingNoticeStatus


class PostingCheckNotice(BaseModel):
    """The notice of one working day's posting checks by one upper-level agency (BJ-56-3): it covers every
    posting check since the issuer's previous notice, and says so when there were none."""

    jurisdiction_field = "issuer_unit"

    issuer_unit = models.ForeignKey("organisations.Unit", verbose_name=_("通报机构"), on_delete=models.PROTECT,
                                    related_name="+")
    day = models.DateField(_("通报日"))
    status = models.CharField(_("状态"), max_length=12, choices=PostingNoticeStatus.choices,
                              default=PostingNoticeStatus.PENDING)
    body = models.TextField(_("通报内容"), blank=True)
    check_count = models.PositiveIntegerField(_("核查条数"), default=0)
    problem_count = models.PositiveIntegerField(_("发现问题条数"), default=0)
    issued_at = models.DateTimeField(_("发布时间"), null=True, blank=True)
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("发布人"), null=True, blank=True,
                                  on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("招聘信息核查日通报")
        verbose_name_plural = _("招聘信息核查日通报")
        ordering = ["-day", "-id"]
        constraints = [models.UniqueConstraint(fields=["issuer_unit", "day"], name="supervision_posting_notice_day")]

    def __str__(self):
        return f"{self.issuer_unit} {self.day:%Y-%m-%d}"


class RecordCheck(BaseModel):
    """One verification check of one record of a lower-level agency (BJ-56-1, BJ-56-2); a problem found becomes
    a supervision issue for that agency (BJ-56-5)."""

    upper_unit = models.ForeignKey("organisations.Unit", verbose_name=_("核查机构"), on_delete=models.PROTECT,
                                   related_name="+")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("被核查机构"), on_delete=models.PROTECT,
                             related_name="+")
    record_type = models.CharField(_("核查内容"), max_length=24, choices=RecordType.choices)
    record_id = models.PositiveIntegerField(_("记录编号"))
    record_label = models.CharField(_("记录"), max_length=200)
    result = models.CharField(_("核查结果"), max_length=12, choices=CheckResult.choices)
    finding = models.TextField(_("发现的问题"), blank=True)
    checked_at = models.DateTimeField(_("核查时间"))
    checked_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("核查人"), on_delete=models.PROTECT,
                                   related_name="+")
    issue = models.ForeignKey("supervision.SupervisionIssue", verbose_name=_("督导问题"), null=True, blank=True,
                              on_delete=models.PROTECT, related_name="record_checks")
    posting_notice = models.ForeignKey(PostingCheckNotice, verbose_name=_("日通报"), null=True, blank=True,
                                       on_delete=models.PROTECT, related_name="checks")

    class Meta:
        verbose_name = _("核查记录")
        verbose_name_plural = _("核查记录")
        ordering = ["-checked_at", "-id"]
        indexes = [models.Index(fields=["upper_unit", "record_type", "posting_notice"], name="supervision_check_notice_idx")]

    def __str__(self):
        return f"{self.get_record_type_display()}：{self.record_label}"
