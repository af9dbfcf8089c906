"""Employers (BJ chapter 4).  Starts with the record the foundation needs;
verification, demand registration and key-enterprise service grow around it."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel
from careerguide.privacy.fields import EncryptedTextField


class Employer(BaseModel):
    jurisdiction_field = "unit"
    protected_fields = ("contact_phone",)

    name = models.CharField(_("单位名称"), max_length=200)
    credit_code = models.CharField(_("统一社会信用代码"), max_length=18, unique=True)
    address = models.CharField(_("地址"), max_length=200, blank=True)
    contact_name = models.CharField(_("联系人"), max_length=64, blank=True)
    contact_phone = EncryptedTextField(_("联系电话"), blank=True)
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="employers")

    class Meta:
        verbose_name = _("用人单位")
        verbose_name_plural = _("用人单位")
        indexes = [models.Index(fields=["unit", "name"], name="employer_unit_name_idx")]

    def __str__(self):
        return self.name
