"""The backup log (CQ-4.4-4): every backup, restore and restore test, with its archive's size and checksum."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel


class BackupRecord(BaseModel):
    class Kind(models.TextChoices):
        BACKUP = "backup", _("备份")
        RESTORE = "restore", _("恢复")
        RESTORE_TEST = "restore_test", _("恢复测试")

    kind = models.CharField(_("类型"), max_length=16, choices=Kind.choices)
    started_at = models.DateTimeField(_("开始时间"))
    finished_at = models.DateTimeField(_("结束时间"))
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("操作人"), null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")
    operator = models.CharField(_("操作人（系统账户）"), max_length=64, blank=True)
    vendor = models.CharField(_("数据库"), max_length=16)
    archive = models.CharField(_("备份文件"), max_length=200)
    size_bytes = models.BigIntegerField(_("大小（字节）"), default=0)
    sha256 = models.CharField(_("校验值（SHA-256）"), max_length=64, blank=True)
    tables = models.PositiveIntegerField(_("表数"), default=0)
    rows = models.BigIntegerField(_("记录数"), default=0)
    retained_copies = models.PositiveIntegerField(_("保留份数"), default=0)
    removed = models.JSONField(_("按保留策略删除的旧备份"), default=list, blank=True)
    succeeded = models.BooleanField(_("成功"), default=True)
    note = models.CharField(_("说明"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("备份记录")
        verbose_name_plural = _("备份记录")
        ordering = ["-started_at"]
        constraints = [models.UniqueConstraint(fields=["kind", "started_at", "archive"], name="backup_record_unique")]

    def __str__(self):
        return f"{self.get_kind_display()} {self.archive}"
