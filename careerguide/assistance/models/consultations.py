"""The expert panel of a consultation: its members, its records and the case worker's periodic reports (BJ-28)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from .cases import ExpertConsultation


class PanelMember(BaseModel):
    """BJ-28-4: a guidance officer of either level on the expert panel."""

    jurisdiction_field = "unit"

    consultation = models.ForeignKey(ExpertConsultation, on_delete=models.PROTECT, related_name="panel")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("专家小组成员"), on_delete=models.PROTECT,
                               related_name="+")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("所在机构"), on_delete=models.PROTECT, related_name="+")
    joined_on = models.DateField(_("加入日期"))

    class Meta:
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["consultation", "member"], name="panel_member_unique")]


class ConsultationOpinion(BaseModel):
    """BJ-28-4, BJ-28-7: one consultation of the panel: the difficult issues, its advice and suggestions; each
    starts the case worker's plan revision duty."""

    jurisdiction_field = "unit"

    consultation = models.ForeignKey(ExpertConsultation, on_delete=models.PROTECT, related_name="opinions")
    held_on = models.DateField(_("会诊日期"))
    issues = models.TextField(_("研讨的疑难问题"))
    advice = models.TextField(_("咨询意见和建议"))
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-held_on", "-pk"]


class PanelReport(BaseModel):
    """BJ-28-6: the case worker's periodic report to the panel on guidance, matching and follow-ups."""

    jurisdiction_field = "unit"

    consultation = models.ForeignKey(ExpertConsultation, on_delete=models.PROTECT, related_name="reports")
    reported_on = models.DateField(_("反馈日期"))
    content = models.TextField(_("反馈内容"))
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-reported_on", "-pk"]
