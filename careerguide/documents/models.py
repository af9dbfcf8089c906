"""Personal and employer service e-archives (BJ-9-1, BJ-9-2) and employment integrity records (BJ-9-3).

Items name their subject by model label and primary key, like ledger entries and duties.
"""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from .categories import RETENTION_CHOICES
from .choices import CreditType, ItemSource, RetentionDecision, UseAction
from .states import CreditStatus


class SubjectFields(models.Model):
    subject_type = models.CharField(_("对象类型"), max_length=64)
    subject_id = models.CharField(_("对象编号"), max_length=64)
    subject_label = models.CharField(_("服务对象"), max_length=200)

    class Meta:
        abstract = True


class ArchiveItem(SubjectFields, BaseModel):
    """One item of a subject's e-archive: classified, archived, kept and used (BJ-9-2)."""

    jurisdiction_field = "unit"

    category = models.CharField(_("分类代码"), max_length=8)
    title = models.CharField(_("题名"), max_length=200)
    source = models.CharField(_("来源"), max_length=12, choices=ItemSource.choices)
    file = models.FileField(_("文件"), upload_to="archives/%Y/%m/", max_length=255)
    original_name = models.CharField(_("原文件名"), max_length=200)
    content_type = models.CharField(_("文件类型"), max_length=100)
    size = models.PositiveIntegerField(_("文件大小（字节）"))
    sha256 = models.CharField(_("文件摘要"), max_length=64)
    document_date = models.DateField(_("形成日期"))
    archived = models.BooleanField(_("已归档"), default=False)
    archived_on = models.DateField(_("归档日期"), null=True, blank=True)
    retention = models.CharField(_("保管期限"), max_length=12, choices=RETENTION_CHOICES)
    retain_until = models.DateField(_("保管至"), null=True, blank=True)  # None: permanent or not yet archived
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("保管机构"), on_delete=models.PROTECT, related_name="+")
    custodian = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("保管人"), null=True, blank=True,
                                  on_delete=models.PROTECT, related_name="+")
    custody_location = models.CharField(_("纸质原件存放位置"), max_length=200, blank=True)
    note = models.CharField(_("备注"), max_length=300, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("录入人"), null=True,
                                   on_delete=models.PROTECT, related_name="+")
    disposed_on = models.DateField(_("销毁日期"), null=True, blank=True)  # the file is gone; the record stays

    class Meta:
        verbose_name = _("电子档案材料")
        verbose_name_plural = _("电子档案材料")
        ordering = ["category", "-document_date", "-pk"]
        indexes = [models.Index(fields=["subject_type", "subject_id"], name="archive_item_subject_idx")]

    def __str__(self):
        return self.title


class ArchiveUse(SubjectFields, BaseModel):
    """The use log (利用登记, BJ-9-2): every browse, view and download, by whom and where from."""

    item = models.ForeignKey(ArchiveItem, null=True, blank=True, on_delete=models.PROTECT, related_name="uses")
    action = models.CharField(_("利用方式"), max_length=12, choices=UseAction.choices)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("利用人"), on_delete=models.PROTECT, related_name="+")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("利用人所在机构"), null=True, on_delete=models.PROTECT,
                             related_name="+")
    used_at = models.DateTimeField(_("利用时间"))

    class Meta:
        verbose_name = _("档案利用登记")
        verbose_name_plural = _("档案利用登记")
        ordering = ["-used_at", "-pk"]
        indexes = [models.Index(fields=["subject_type", "subject_id", "used_at"], name="archive_use_subject_idx")]


class CreditRecord(SubjectFields, BaseModel):
    """An employment integrity record (就业诚信记录, BJ-9-3): staff only, entered and reviewed by two people,
    never acted on automatically."""

    jurisdiction_field = "unit"

    record_type = models.CharField(_("记录类型"), max_length=16, choices=CreditType.choices)
    fact = models.TextField(_("事实"))
    evidence = models.ForeignKey(ArchiveItem, verbose_name=_("证据材料"), on_delete=models.PROTECT, related_name="+")
    occurred_on = models.DateField(_("记录日期"))
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("记录机构"), on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("状态"), max_length=12, choices=CreditStatus.choices, default=CreditStatus.ENTERED)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("录入人"), on_delete=models.PROTECT,
                                   related_name="+")
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("复核人"), null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="+")
    reviewed_at = models.DateTimeField(_("复核时间"), null=True, blank=True)
    review_note = models.CharField(_("复核意见"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("就业诚信记录")
        verbose_name_plural = _("就业诚信记录")
        ordering = ["-occurred_on", "-pk"]
        indexes = [models.Index(fields=["subject_type", "subject_id"], name="credit_record_subject_idx")]


class RetentionReview(BaseModel):
    """The appraisal (鉴定) of an item past its keep-until date (BJ-9-2): keep it to a new date, or propose its
    disposal, which a unit head other than the reviewer then carries out."""

    item = models.ForeignKey(ArchiveItem, verbose_name=_("档案材料"), on_delete=models.PROTECT, related_name="reviews")
    decision = models.CharField(_("鉴定结论"), max_length=12, choices=RetentionDecision.choices)
    reason = models.TextField(_("鉴定意见"))
    retain_until_before = models.DateField(_("原保管至"))
    new_retain_until = models.DateField(_("继续保管至"), null=True, blank=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("鉴定人"), on_delete=models.PROTECT,
                                    related_name="+")
    reviewed_on = models.DateField(_("鉴定日期"))

    class Meta:
        verbose_name = _("保管期满鉴定")
        verbose_name_plural = _("保管期满鉴定")
        ordering = ["-reviewed_on", "-pk"]


class ArchiveDisposal(BaseModel):
    """The record of a disposal (销毁登记, BJ-9-2): what was destroyed, on whose appraisal, by whom, when.  The
    item's row, its use log and this record are kept; only the file is removed."""

    item = models.OneToOneField(ArchiveItem, verbose_name=_("档案材料"), on_delete=models.PROTECT, related_name="disposal")
    review = models.OneToOneField(RetentionReview, verbose_name=_("鉴定"), on_delete=models.PROTECT,
                                  related_name="disposal")
    disposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("批准销毁人"), on_delete=models.PROTECT,
                                    related_name="+")
    disposed_on = models.DateField(_("销毁日期"))
    original_name = models.CharField(_("原文件名"), max_length=200)
    sha256 = models.CharField(_("文件摘要"), max_length=64)
    size = models.PositiveIntegerField(_("文件大小（字节）"))

    class Meta:
        verbose_name = _("档案销毁登记")
        verbose_name_plural = _("档案销毁登记")
        ordering = ["-disposed_on", "-pk"]
