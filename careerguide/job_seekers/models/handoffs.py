"""Hand-offs from employment services to training, internships and entrepreneurship services (BJ-2-3)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import HandOffOutcome, ProgrammeKind


class ProgrammeHandOff(BaseModel):
    """One hand-off ("紧密衔接") of a job seeker to a receiving programme, with dates and outcome."""

    jurisdiction_field = "unit"

    job_seeker = models.ForeignKey("job_seekers.JobSeeker", verbose_name=_("求职者"), on_delete=models.PROTECT,
                                   related_name="handoffs")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("转介机构"), on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("经办人"), on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(_("衔接服务类型"), max_length=32, choices=ProgrammeKind.choices)
    programme = models.CharField(_("接收项目"), max_length=200)
    provider = models.CharField(_("承办机构"), max_length=200, blank=True)
    referred_on = models.DateField(_("转介日期"))
    started_on = models.DateField(_("开始日期"), null=True, blank=True)
    ended_on = models.DateField(_("结束日期"), null=True, blank=True)
    outcome = models.CharField(_("结果"), max_length=16, choices=HandOffOutcome.choices, default=HandOffOutcome.PENDING)
    outcome_note = models.CharField(_("结果说明"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("衔接服务")
        verbose_name_plural = _("衔接服务")
        ordering = ["-referred_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(started_on__isnull=True) | models.Q(started_on__gte=models.F("referred_on")),
                                   name="handoff_start_after_referral"),
            models.CheckConstraint(condition=models.Q(ended_on__isnull=True) | models.Q(started_on__isnull=False),
                                   name="handoff_end_needs_start"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}：{self.programme}"
