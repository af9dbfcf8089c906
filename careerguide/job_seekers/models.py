"""Job seekers (BJ chapter 2).  This module starts with the person record the
foundation needs; the ledger, grading and guidance tiers grow around it."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel
from careerguide.privacy.fields import EncryptedTextField


class Sex(models.TextChoices):
    MALE = "male", _("男")
    FEMALE = "female", _("女")


class JobSeeker(BaseModel):
    """One person, one record: found by the blind index of the ID number (BJ-11-1)."""

    jurisdiction_field = "unit"
    protected_fields = ("id_number", "phone")

    full_name = models.CharField(_("姓名"), max_length=64)
    id_number = EncryptedTextField(_("身份证号码"))
    id_number_index = models.CharField(max_length=64, unique=True, editable=False)
    phone = EncryptedTextField(_("联系电话"), blank=True)
    phone_index = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    sex = models.CharField(_("性别"), max_length=8, choices=Sex.choices)
    birth_date = models.DateField(_("出生日期"))
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="job_seekers")
    portal_user = models.OneToOneField(settings.AUTH_USER_MODEL, verbose_name=_("门户账户"), null=True, blank=True,
                                       on_delete=models.SET_NULL, related_name="job_seeker")

    class Meta:
        verbose_name = _("求职者")
        verbose_name_plural = _("求职者")
        indexes = [models.Index(fields=["unit", "full_name"], name="job_seeker_unit_name_idx")]

    def __str__(self):
        return self.full_name
