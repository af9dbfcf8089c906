"""The agency tree: city → district → street/township → community station (BJ-4-1)."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from .levels import UnitLevel


class Unit(BaseModel):
    """One public employment service agency.

    `path` is the materialised path of primary keys ("/1/4/17/"), so a
    jurisdiction is one indexed prefix query however deep the tree is.
    The Economic-Technological Development Area is a district-level unit
    flagged `is_development_area` (BJ-4-1).
    """

    name = models.CharField(_("名称"), max_length=100)
    code = models.CharField(_("机构代码"), max_length=32, unique=True)
    level = models.CharField(_("层级"), max_length=16, choices=UnitLevel.choices)
    parent = models.ForeignKey("self", verbose_name=_("上级机构"), null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    path = models.CharField(_("路径"), max_length=255, db_index=True, editable=False, default="")
    is_development_area = models.BooleanField(_("经济技术开发区"), default=False)
    address = models.CharField(_("地址"), max_length=200, blank=True)
    phone = models.CharField(_("服务电话"), max_length=40, blank=True)
    # Published service information (BJ-5-10, BJ-5-11): shown on the public portal.
    service_procedures = models.TextField(_("办事程序"), blank=True)
    legal_basis = models.TextField(_("办事依据"), blank=True)
    service_commitments = models.TextField(_("服务承诺与服务标准"), blank=True)
    # Community size and grid management, by which a community station is staffed (BJ-60-2).
    resident_households = models.PositiveIntegerField(_("社区（村）户数"), null=True, blank=True)
    grid_count = models.PositiveIntegerField(_("网格数"), null=True, blank=True)

    class Meta:
        verbose_name = _("服务机构")
        verbose_name_plural = _("服务机构")
        ordering = ["path"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(level="city", parent__isnull=True) | (~models.Q(level="city") & models.Q(parent__isnull=False)),
                name="unit_city_is_root",
            )
        ]

    def __str__(self):
        return self.name

    @property
    def depth(self) -> int:
        return self.path.count("/") - 1

    def contains(self, other: "Unit") -> bool:
        """True when `other` is this unit or lies beneath it."""
        return other is not None and other.path.startswith(self.path)

    def ancestors(self):
        ids = [int(p) for p in self.path.strip("/").split("/") if p]
        return Unit.objects.filter(pk__in=ids).order_by("path")

    @property
    def district(self) -> "Unit | None":
        """The district-level unit this unit belongs to (itself for a district)."""
        for unit in self.ancestors():
            if unit.level == UnitLevel.DISTRICT:
                return unit
        return None
