"""The agency's basic requirements (CQ-2, CQ-3.2, CQ-4.1, CQ-4.2): qualification records, the management-system
register, site devices and inspections, later editions of the dated references."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import DeviceStatus, ManagementDocType, QualificationKind

USER = settings.AUTH_USER_MODEL


class AgencyQualification(BaseModel):
    """A public employment service qualification held by an organisation (CQ-3.2-1, CQ-4.1-1)."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(_("资质类型"), max_length=24, choices=QualificationKind.choices)
    number = models.CharField(_("批准文号或证书编号"), max_length=100)
    authority = models.CharField(_("发证（批准）机关"), max_length=200)
    issued_on = models.DateField(_("发证日期"))
    expires_on = models.DateField(_("有效期至"), null=True, blank=True)
    recorded_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("机构资质")
        verbose_name_plural = _("机构资质")
        ordering = ["unit", "-issued_on", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.number}"


class ManagementDocument(BaseModel):
    """An entry of the management-system register (CQ-4.1-2, CQ-4.3-3): version, effective date, approver, file."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="+")
    doc_type = models.CharField(_("文件类型"), max_length=32, choices=ManagementDocType.choices)
    type_label = models.CharField(_("其他类型名称"), max_length=100, blank=True)
    title = models.CharField(_("文件名称"), max_length=200)
    version = models.CharField(_("版本"), max_length=40)
    effective_from = models.DateField(_("生效日期"))
    withdrawn_on = models.DateField(_("废止日期"), null=True, blank=True)
    approver = models.CharField(_("批准人"), max_length=100)
    file = models.FileField(_("文件"), upload_to="cq/management/%Y/", max_length=255)
    recorded_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("管理制度文件")
        verbose_name_plural = _("管理制度文件")
        ordering = ["unit", "doc_type", "-effective_from", "-pk"]

    def __str__(self):
        return f"{self.title}（{self.version}）"


class SiteDevice(BaseModel):
    """A device of a service site (CQ-4.2-3, CQ-4.3-1): the public-area internet computers are counted."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务场所"), on_delete=models.PROTECT, related_name="+")
    asset_number = models.CharField(_("资产编号"), max_length=60)
    description = models.CharField(_("设备名称"), max_length=100)
    public_area = models.BooleanField(_("位于公共区域"), default=True)
    internet = models.BooleanField(_("联网计算机"), default=True)
    status = models.CharField(_("状态"), max_length=16, choices=DeviceStatus.choices, default=DeviceStatus.IN_SERVICE)
    status_changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("场所设备")
        verbose_name_plural = _("场所设备")
        ordering = ["unit", "asset_number"]
        constraints = [models.UniqueConstraint(fields=["unit", "asset_number"], name="cq_device_asset_unique")]

    def __str__(self):
        return f"{self.description}（{self.asset_number}）"


class SiteInspection(BaseModel):
    """A periodic site inspection (CQ-4.2-1, CQ-4.2-2, CQ-4.2-3): the attestations and the in-service public
    internet computers counted on the day."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务场所"), on_delete=models.PROTECT, related_name="+")
    inspected_on = models.DateField(_("检查日期"))
    inspector = models.ForeignKey(USER, verbose_name=_("检查人"), on_delete=models.PROTECT, related_name="+")
    guidance_area = models.BooleanField(_("综合性服务场所内设有职业指导服务区域"))
    area_suitable = models.BooleanField(_("空间、布局、照明、色彩适合指导规模和内容"))
    clean_and_fire_safe = models.BooleanField(_("整洁卫生并符合消防安全要求"))
    computers_counted = models.PositiveSmallIntegerField(_("在用公共区域联网计算机（台）"))
    computers_required = models.PositiveSmallIntegerField(_("要求最少台数"))
    note = models.CharField(_("说明"), max_length=300, blank=True)

    class Meta:
        ordering = ["unit", "-inspected_on", "-pk"]


class StandardEditionNote(BaseModel):
    """A later edition of a dated normative reference, noted for information (CQ-2-1): the cited edition still
    applies until the CQ standard itself is revised."""

    number = models.CharField(_("标准编号"), max_length=40)
    year = models.PositiveSmallIntegerField(_("年份"))
    title = models.CharField(_("标准名称"), max_length=200)
    noted_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    noted_on = models.DateField(_("登记日期"))

    class Meta:
        ordering = ["number", "-year"]
        constraints = [models.UniqueConstraint(fields=["number", "year"], name="cq_edition_note_unique")]
