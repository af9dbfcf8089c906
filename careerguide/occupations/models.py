"""The occupational classification table (职业分类) used by registrations and vacancies."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel


class Occupation(BaseModel):
    """One node of the classification: a major, medium or minor group, or an occupation."""

    code = models.CharField(_("职业代码"), max_length=16, unique=True)
    name = models.CharField(_("职业名称"), max_length=120)
    level = models.PositiveSmallIntegerField(_("分类层级"))
    parent = models.ForeignKey("self", verbose_name=_("上级分类"), null=True, blank=True, on_delete=models.PROTECT,
                               related_name="children")
    source = models.CharField(_("来源"), max_length=16, default="seed")  # "seed" (ours) or "import" (an office's list)

    class Meta:
        verbose_name = _("职业")
        verbose_name_plural = _("职业")
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.name}"


class OccupationImport(BaseModel):
    """One import of an office's official list, kept for the trail."""

    file_name = models.CharField(_("文件名"), max_length=200)
    created = models.PositiveIntegerField(_("新增"), default=0)
    updated = models.PositiveIntegerField(_("更新"), default=0)

    class Meta:
        verbose_name = _("职业分类导入")
        verbose_name_plural = _("职业分类导入")
