"""The integrated platform's record of the counsellor's review of a suggestion (SD-7-2)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel


class SuggestionDecision(BaseModel):
    """SD-7-2: a matching-instrument suggestion (a vacancy for a job seeker) shown to a counsellor with its basis,
    and whether the counsellor accepted it; nothing goes to the client without this review.  The grading
    instrument's suggestion is accepted or overridden on the grading itself."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("机构"), on_delete=models.PROTECT, related_name="+")
    job_seeker = models.ForeignKey("job_seekers.JobSeeker", verbose_name=_("求职者"), on_delete=models.PROTECT,
                                   related_name="suggestion_decisions")
    vacancy = models.ForeignKey("vacancies.Vacancy", verbose_name=_("推荐岗位"), on_delete=models.PROTECT, related_name="+")
    score = models.PositiveSmallIntegerField(_("匹配得分"))
    basis = models.JSONField(_("建议依据"), default=list)
    accepted = models.BooleanField(_("采纳"))
    reason = models.CharField(_("理由"), max_length=300, blank=True)
    decided_on = models.DateField(_("日期"))
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("智能建议采纳记录")
        verbose_name_plural = _("智能建议采纳记录")
        ordering = ["-decided_on", "-pk"]
