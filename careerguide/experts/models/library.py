"""Uses of the Shandong expert library (SD-9-2) and panels drawn from it (SD-3-2, SD-9-4)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import EngagementPurpose

USER = settings.AUTH_USER_MODEL


class LibraryEngagement(BaseModel):
    """专家使用记录 (SD-9-2): purpose, activity, experts, date and output; a drawn panel keeps who was
    recused and why (SD-9-4)."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("使用单位"), on_delete=models.PROTECT,
                             related_name="+")
    purpose = models.CharField(_("用途"), max_length=20, choices=EngagementPurpose.choices)
    activity = models.CharField(_("活动"), max_length=200)
    on = models.DateField(_("日期"))
    output = models.TextField(_("成果"), blank=True)
    subject_organisation = models.CharField(_("评审或评价对象所在单位"), max_length=100, blank=True)
    experts = models.ManyToManyField("experts.Membership", verbose_name=_("专家"), related_name="engagements")
    drawn = models.BooleanField(_("随机抽取"), default=False)
    recusals = models.JSONField(_("回避记录"), default=list, blank=True)
    recorded_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("专家库使用记录")
        verbose_name_plural = _("专家库使用记录")
        ordering = ["-on", "-pk"]

    def __str__(self):
        return self.activity
