"""Append-only, hash-chained audit events ("全程服务留痕", BJ-17-6, BJ-50-*)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(Exception):
    pass


ACTION_LABELS = {
    "create": _("新建"),
    "update": _("修改"),
    "reveal": _("查看完整个人信息"),
    "lock": _("账户锁定"),
    "unlock": _("账户解锁"),
    "password_change": _("修改密码"),
    "transition": _("状态变更"),
}


class AuditEvent(models.Model):
    """One change to one record: who, which unit, when, what, before/after, which clause.

    `seq` numbers events without gaps; `hash` covers every field and the
    previous event's hash, so editing or deleting any stored event breaks the
    chain (`manage.py audit_verify`).
    """

    seq = models.BigIntegerField(_("序号"), unique=True)
    occurred_at = models.DateTimeField(_("时间"), db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("操作人"), null=True, blank=True,
                              on_delete=models.PROTECT, related_name="+")
    actor_name = models.CharField(_("操作人姓名"), max_length=64, blank=True)
    actor_unit = models.ForeignKey("organisations.Unit", verbose_name=_("操作人机构"), null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="+")
    object_type = models.CharField(_("对象类型"), max_length=64)
    object_id = models.CharField(_("对象编号"), max_length=64)
    object_unit = models.ForeignKey("organisations.Unit", verbose_name=_("对象所属机构"), null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="+")
    action = models.CharField(_("动作"), max_length=64)
    clause = models.CharField(_("依据条款"), max_length=32, blank=True)
    changes = models.JSONField(_("变更内容"), default=dict)
    reason = models.TextField(_("说明"), blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("留痕记录")
        verbose_name_plural = _("留痕记录")
        ordering = ["seq"]
        indexes = [models.Index(fields=["object_type", "object_id", "seq"], name="audit_object_idx")]

    @property
    def action_label(self) -> str:
        return str(ACTION_LABELS.get(self.action, self.action))

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnlyError("audit events are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("audit events are append-only")


class AuditChainHead(models.Model):
    """The single row holding the chain's last sequence number and hash.

    Appending locks this row, so events are chained in commit order.
    """

    seq = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64)
