"""Labour-resource and employment/unemployment monitoring surveys of the community stations (BJ-60-2)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import CommunitySurveyKind


class CommunitySurvey(BaseModel):
    """One grid's survey round by a community station: households visited and the working-age residents found
    employed or unemployed.  Counts only; the people met are served through their own records."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("社区（村）就业服务站"), on_delete=models.PROTECT,
                             related_name="+")
    kind = models.CharField(_("调查类型"), max_length=24, choices=CommunitySurveyKind.choices)
    surveyed_on = models.DateField(_("调查日期"))
    grid = models.CharField(_("网格"), max_length=40)
    households = models.PositiveIntegerField(_("调查户数"))
    working_age = models.PositiveIntegerField(_("劳动年龄人口"))
    employed = models.PositiveIntegerField(_("就业人数"))
    unemployed = models.PositiveIntegerField(_("失业人数"))
    note = models.TextField(_("情况说明"), blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("调查人"), on_delete=models.PROTECT,
                                    related_name="+")

    class Meta:
        verbose_name = _("社区调查")
        verbose_name_plural = _("社区调查")
        ordering = ["-surveyed_on", "-pk"]

    def __str__(self):
        return f"{self.unit} {self.grid} {self.surveyed_on:%Y-%m-%d}"
