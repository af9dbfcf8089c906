"""A city's or a district's override of a policy setting from a date on (BJ-58-2)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel


class AppendOnlyError(Exception):
    pass


class PolicyOverride(BaseModel):
    """One value for one setting in one unit's jurisdiction, effective from a date.

    Append-only: a later row supersedes an earlier one from its own effective
    date; rows are never edited or deleted, so the history stays readable.
    ``value`` holds the JSON form of the setting's type (decimals as strings).
    """

    key = models.CharField(_("参数"), max_length=100)
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("适用机构"), on_delete=models.PROTECT,
                             related_name="policy_overrides")
    value = models.JSONField(_("参数值"))
    effective_from = models.DateField(_("生效日期"))
    reason = models.TextField(_("调整理由"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("设定人"), on_delete=models.PROTECT,
                                   related_name="+")

    class Meta:
        verbose_name = _("政策参数调整")
        verbose_name_plural = _("政策参数调整")
        ordering = ["key", "unit__path", "-effective_from", "-pk"]
        indexes = [models.Index(fields=["key", "unit", "effective_from"], name="policy_override_lookup_idx")]

    def __str__(self):
        return f"{self.key} @ {self.unit_id} ({self.effective_from})"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnlyError("policy overrides are append-only; add a new override instead")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("policy overrides are append-only; add a new override instead")
