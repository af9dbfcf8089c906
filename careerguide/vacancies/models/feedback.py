"""Reviewers' feedback on the discrimination screening, kept for the city's rule maintainers (BJ-38-3).

A false alarm is a finding a reviewer overrode as lawful (``FindingOverride``); a miss is a
phrase a reviewer flagged by hand because the screening did not find it.  Each row keeps the
sentence, phrase, field and ground as they stood, so that it can become a corpus row
however the posting or the rules change later.  Rows are never changed.
"""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..states import FeedbackKind


class ScreeningFeedback(BaseModel):
    jurisdiction_field = "unit"

    kind = models.CharField(_("反馈类型"), max_length=16, choices=FeedbackKind.choices)
    version = models.ForeignKey("vacancies.VacancyVersion", verbose_name=_("招聘信息版本"), on_delete=models.PROTECT,
                                related_name="screening_feedback")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("审核机构"), on_delete=models.PROTECT, related_name="+")
    override = models.OneToOneField("vacancies.FindingOverride", verbose_name=_("筛查发现排除"), null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="feedback")
    field = models.CharField(_("字段"), max_length=40)
    sentence = models.TextField(_("语句"))
    phrase = models.CharField(_("词句"), max_length=200)
    start = models.PositiveIntegerField(_("起始位置"), null=True, blank=True)
    end = models.PositiveIntegerField(_("结束位置"), null=True, blank=True)
    ground = models.CharField(_("歧视类别代码"), max_length=40)
    ground_label = models.CharField(_("歧视类别"), max_length=40)
    standing_grounds = models.JSONField(_("同句其他筛查发现的类别"), default=list, blank=True)
    ruleset_version = models.CharField(_("筛查规则版本"), max_length=60)
    note = models.TextField(_("说明或法律依据"), blank=True)
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("审核人员"), on_delete=models.PROTECT,
                                 related_name="+")

    class Meta:
        verbose_name = _("筛查反馈")
        verbose_name_plural = _("筛查反馈")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["kind", "ground"], name="screening_feedback_kind_idx")]

    def __str__(self):
        return f"{self.get_kind_display()}：{self.phrase}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("screening feedback is immutable")
        super().save(*args, **kwargs)
