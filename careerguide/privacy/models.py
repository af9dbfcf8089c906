"""The read log of personal data (BJ-51-2): every time staff or an employer's agent reads a person's data, one row,
never changed; and a person's requests to see or correct their data (PIPL art. 44–46)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from .choices import CorrectableField, ReadPurpose, SubjectRequestKind
from .fields import EncryptedTextField
from .states import SubjectRequestStatus


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


class SubjectRequest(BaseModel):
    """A job seeker's request to see a copy of their data or to correct one item of it (PIPL art. 44–46; the
    deadline is the policy setting bj.subject_request_workdays, BJ-51-2)."""

    jurisdiction_field = "unit"

    job_seeker = models.ForeignKey("job_seekers.JobSeeker", verbose_name=_("申请人"), on_delete=models.PROTECT,
                                   related_name="subject_requests")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT,
                             related_name="+")
    kind = models.CharField(_("申请类型"), max_length=16, choices=SubjectRequestKind.choices)
    field = models.CharField(_("更正项目"), max_length=32, choices=CorrectableField.choices, blank=True)
    current_value = EncryptedTextField(_("原信息"), blank=True)
    requested_value = EncryptedTextField(_("更正后的信息"), blank=True)
    note = models.CharField(_("申请说明"), max_length=500, blank=True)
    status = models.CharField(_("办理状态"), max_length=16, choices=SubjectRequestStatus.choices,
                              default=SubjectRequestStatus.SUBMITTED)
    submitted_at = models.DateTimeField(_("申请时间"))
    answered_at = models.DateTimeField(_("答复时间"), null=True, blank=True)
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("答复人"), null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="+")
    answer = models.CharField(_("答复意见"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("个人信息查阅更正申请")
        verbose_name_plural = _("个人信息查阅更正申请")
        ordering = ["-submitted_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.job_seeker.full_name}"
