"""The reference library of laws and policies (CQ-4.3-2), its on-site display (CQ-7.1.1-1) and the plain-language
handbooks compiled from it (CQ-7.1.1-2)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import DisplayChannel, PolicyCategory, PolicyItemStatus

USER = settings.AUTH_USER_MODEL


class PolicyItem(BaseModel):
    """A law, regulation, employment policy or industry normative document; each amendment raises `revision`."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("维护机构"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("标题"), max_length=200)
    issuer = models.CharField(_("发布机关"), max_length=200)
    doc_number = models.CharField(_("文号"), max_length=100, blank=True)
    category = models.CharField(_("类别"), max_length=24, choices=PolicyCategory.choices)
    effective_on = models.DateField(_("生效日期"))
    status = models.CharField(_("状态"), max_length=12, choices=PolicyItemStatus.choices,
                              default=PolicyItemStatus.IN_FORCE)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    last_reviewed_on = models.DateField(_("最近审核日期"))
    summary = models.TextField(_("通俗解读"))
    revision = models.PositiveSmallIntegerField(_("修订次数"), default=0)

    class Meta:
        verbose_name = _("政策法规")
        verbose_name_plural = _("政策法规")
        ordering = ["category", "-effective_on", "pk"]

    def __str__(self):
        return self.title


class DisplayPublication(BaseModel):
    """A policy item shown on an electronic screen or bulletin board (CQ-7.1.1-1); a newer publication of the same
    item on the same channel replaces it, a repeal withdraws it at once."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务场所"), on_delete=models.PROTECT, related_name="+")
    item = models.ForeignKey(PolicyItem, on_delete=models.PROTECT, related_name="displays")
    channel = models.CharField(_("展示载体"), max_length=16, choices=DisplayChannel.choices)
    published_on = models.DateField(_("发布日期"))
    item_revision = models.PositiveSmallIntegerField(_("对应修订"))
    withdrawn_on = models.DateField(_("撤下日期"), null=True, blank=True)
    withdrawn_reason = models.CharField(_("撤下原因"), max_length=200, blank=True)
    published_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-published_on", "-pk"]

    def __str__(self):
        return f"{self.item}（{self.get_channel_display()}）"


class Handbook(BaseModel):
    """One compiled version of a plain-language reader or handbook (CQ-7.1.1-2)."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("编印机构"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("读本名称"), max_length=200)
    version = models.PositiveSmallIntegerField(_("版本"))
    compiled_on = models.DateField(_("编印日期"))
    introduction = models.TextField(_("前言"), blank=True)
    items = models.ManyToManyField(PolicyItem, verbose_name=_("收录的政策"), related_name="handbooks")
    item_revisions = models.JSONField(_("收录时的修订"), default=dict)
    compiled_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    previous = models.OneToOneField("self", null=True, blank=True, on_delete=models.PROTECT, related_name="next_version")

    class Meta:
        ordering = ["title", "-version"]
        constraints = [models.UniqueConstraint(fields=["unit", "title", "version"], name="cq_handbook_version_unique")]

    def __str__(self):
        return f"{self.title} 第{self.version}版"
