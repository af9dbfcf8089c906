"""The employer record and the portal accounts acting for it (BJ chapter 4)."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel
from careerguide.privacy.fields import EncryptedTextField

from ..states import VerificationStatus


class Employer(BaseModel):
    """An employer served by `unit`.  Only a verified employer gets a recruitment demand
    registration and an employer service ledger (BJ-36-1)."""

    jurisdiction_field = "unit"
    protected_fields = ("contact_phone",)

    name = models.CharField(_("单位名称"), max_length=200)
    credit_code = models.CharField(_("统一社会信用代码"), max_length=18, unique=True)
    address = models.CharField(_("地址"), max_length=200, blank=True)
    contact_name = models.CharField(_("联系人"), max_length=64, blank=True)
    contact_phone = EncryptedTextField(_("联系电话"), blank=True)
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="employers")
    verification_status = models.CharField(_("核验状态"), max_length=16, choices=VerificationStatus.choices,
                                           default=VerificationStatus.PENDING)
    verified_at = models.DateTimeField(_("核验时间"), null=True, blank=True)
    licence_type = models.CharField(_("证照类型"), max_length=40, blank=True)
    licence_number = models.CharField(_("证照号码"), max_length=60, blank=True)
    licence_valid_until = models.DateField(_("证照有效期至"), null=True, blank=True)
    industry_code = models.CharField(_("所属行业代码"), max_length=8, blank=True,
                                     help_text=_("国民经济行业分类代码，用于核对新增产业禁止和限制目录。"))
    operating_address = models.CharField(_("经营地址"), max_length=200, blank=True)
    ledger_opened_on = models.DateField(_("服务台账建立日期"), null=True, blank=True)
    training_need = models.JSONField(_("培训需求"), default=dict, blank=True)  # BJ-54-3: {"skill", "level", "timing"}

    class Meta:
        verbose_name = _("用人单位")
        verbose_name_plural = _("用人单位")
        indexes = [models.Index(fields=["unit", "name"], name="employer_unit_name_idx")]

    def __str__(self):
        return self.name

    @property
    def is_verified(self) -> bool:
        return self.verification_status == VerificationStatus.VERIFIED


class EmployerAgent(BaseModel):
    """A portal account acting for an employer (用人单位经办人).  Only an agent whose real
    name has been authenticated may submit vacancies online (BJ-39-*)."""

    employer = models.ForeignKey(Employer, verbose_name=_("用人单位"), on_delete=models.PROTECT, related_name="agents")
    user = models.ForeignKey("accounts.User", verbose_name=_("门户账户"), on_delete=models.PROTECT, related_name="employer_agencies")
    real_name_verified = models.BooleanField(_("已实名认证"), default=False)
    is_active = models.BooleanField(_("有效"), default=True)

    class Meta:
        verbose_name = _("用人单位经办人")
        verbose_name_plural = _("用人单位经办人")
        constraints = [models.UniqueConstraint(fields=["employer", "user"], name="employer_agent_unique")]
