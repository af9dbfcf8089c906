"""Lookups city HRSS keeps up to date (CZ-5-4, CZ-5-6, CZ-5-9, CZ-5-12): they are data, not code."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import LookupKind


class ExpertLookup(BaseModel):
    """One row of a lookup.  `old_title_level`: an old-style certificate title (code) → occupation and level
    (CZ-5-4); `relevant_occupation`: an occupation whose certificate counts for C1B (CZ-5-6); `sector_1028`: a
    "1028" cluster or chain (CZ-5-12); `sme_standard`: an industry's size thresholds of the 2017 national standard
    (CZ-5-9), in `data`."""

    kind = models.CharField(_("类别"), max_length=24, choices=LookupKind.choices)
    code = models.CharField(_("代码或名称"), max_length=60)
    label = models.CharField(_("显示名称"), max_length=100)
    occupation = models.CharField(_("职业"), max_length=32, blank=True)
    level = models.PositiveSmallIntegerField(_("等级"), null=True, blank=True)
    data = models.JSONField(_("数据"), default=dict, blank=True)
    active = models.BooleanField(_("启用"), default=True)

    class Meta:
        verbose_name = _("专家团查找表")
        verbose_name_plural = _("专家团查找表")
        ordering = ["kind", "code"]
        constraints = [models.UniqueConstraint(fields=["kind", "code"], name="expert_lookup_unique")]

    def __str__(self):
        return self.label
