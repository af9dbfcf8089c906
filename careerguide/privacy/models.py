"""The read log of personal data (BJ-51-2): every time someone outside the serving agencies (an employer's agent)
reads a person's data, one row, never changed."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import ReadPurpose


class PersonalDataRead(models.Model):
    """One read of one person's data: who read it, for which organisation, why, which fields, when."""

    jurisdiction_field = "subject_unit"

    reader = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("查阅人"), on_delete=models.PROTECT,
                               related_name="+")
    reader_kind = models.CharField(_("查阅人类型"), max_length=20)
    reader_org = models.CharField(_("查阅人所属单位"), max_length=200, blank=True)
    subject_type = models.CharField(_("对象类型"), max_length=64)
    subject_id = models.CharField(_("对象编号"), max_length=64)
    subject_unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), null=True, on_delete=models.PROTECT,
                                     related_name="+")
    purpose = models.CharField(_("查阅事由"), max_length=24, choices=ReadPurpose.choices)
    fields = models.JSONField(_("查阅内容"), default=list)
    reference = models.CharField(_("关联记录"), max_length=64, blank=True)
    reason = models.CharField(_("用途说明"), max_length=200, blank=True)  # the stated purpose of a bulk export (BJ-51-3)
    read_at = models.DateTimeField(_("查阅时间"))

    class Meta:
        verbose_name = _("个人信息查阅记录")
        verbose_name_plural = _("个人信息查阅记录")
        ordering = ["-read_at", "-pk"]
        indexes = [models.Index(fields=["subject_type", "subject_id", "read_at"], name="privacy_read_subject_idx"),
                   models.Index(fields=["subject_unit", "read_at"], name="privacy_read_unit_idx")]

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("read log entries are immutable")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("read log entries are kept")
