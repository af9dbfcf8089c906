"""The Beijing catalogue of prohibited and restricted new industries (BJ-44-1, BJ-44-2)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import CatalogueMeasure


class IndustryCatalogueVersion(BaseModel):
    """One edition of the catalogue, in force from `effective_from` until the next
    published edition takes effect (BJ-44-2).  Reference data kept by the city."""

    title = models.CharField(_("目录名称"), max_length=200)
    edition = models.CharField(_("版本"), max_length=40)
    effective_from = models.DateField(_("施行日期"))
    published_at = models.DateTimeField(_("发布时间"), null=True, blank=True)
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("发布人"), null=True, blank=True,
                                     on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("新增产业禁止和限制目录")
        verbose_name_plural = _("新增产业禁止和限制目录")
        ordering = ["-effective_from", "-pk"]
        constraints = [models.UniqueConstraint(fields=["edition"], name="industry_catalogue_edition_unique")]

    def __str__(self):
        return f"{self.title}（{self.edition}）"


class IndustryCatalogueEntry(BaseModel):
    """An industry code (a prefix of the national classification: "C26" covers "C2611")
    the edition prohibits or restricts, city-wide or only in `region` (BJ-44-2)."""

    version = models.ForeignKey(IndustryCatalogueVersion, verbose_name=_("目录版本"), on_delete=models.CASCADE,
                                related_name="entries")
    industry_code = models.CharField(_("行业代码"), max_length=8)
    industry_name = models.CharField(_("行业名称"), max_length=100, blank=True)
    measure = models.CharField(_("管理措施"), max_length=16, choices=CatalogueMeasure.choices)
    region = models.ForeignKey("organisations.Unit", verbose_name=_("适用区域"), null=True, blank=True,
                               on_delete=models.PROTECT, related_name="+", help_text=_("不填为全市适用。"))

    class Meta:
        verbose_name = _("目录条目")
        verbose_name_plural = _("目录条目")
        ordering = ["version", "industry_code", "pk"]
        indexes = [models.Index(fields=["version", "industry_code"], name="industry_catalogue_code_idx")]
