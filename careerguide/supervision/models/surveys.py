"""Satisfaction surveys after a service (BJ-57-1)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import SurveyForm, SurveyScore


class SatisfactionSurvey(BaseModel):
    """One survey about one service (a ledger entry): sent online, by SMS link or asked by phone; the result is
    stored against the service, its agency and its staff member.  A dissatisfied answer owes a follow-up."""

    jurisdiction_field = "unit"

    ledger_entry = models.OneToOneField("ledgers.LedgerEntry", verbose_name=_("服务记录"), on_delete=models.PROTECT,
                                        related_name="satisfaction_survey")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("服务人员"), null=True, blank=True,
                              on_delete=models.PROTECT, related_name="+")
    subject_type = models.CharField(_("对象类型"), max_length=64)
    subject_id = models.CharField(_("对象编号"), max_length=64)
    form = models.CharField(_("调查方式"), max_length=12, choices=SurveyForm.choices)
    token = models.CharField(_("调查链接码"), max_length=32, unique=True)
    respondent_user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("网上调查对象账户"), null=True,
                                        blank=True, on_delete=models.PROTECT, related_name="+")
    sent_at = models.DateTimeField(_("发起时间"))
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("发起人"), on_delete=models.PROTECT,
                                related_name="+")
    responded_at = models.DateTimeField(_("评价时间"), null=True, blank=True)
    score = models.PositiveSmallIntegerField(_("满意度"), null=True, blank=True, choices=SurveyScore.choices)
    comment = models.TextField(_("意见建议"), blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("电话回访记录人"), null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="+")
    follow_up_note = models.TextField(_("不满意整改情况"), blank=True)
    followed_up_at = models.DateTimeField(_("整改处理时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("满意度调查")
        verbose_name_plural = _("满意度调查")
        ordering = ["-sent_at", "-pk"]
        indexes = [models.Index(fields=["unit", "sent_at"], name="supervision_survey_unit_idx")]

    def __str__(self):
        return f"{self.get_form_display()} · {self.ledger_entry.summary[:40]}"
