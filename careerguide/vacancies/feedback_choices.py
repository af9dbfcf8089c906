"""Choices of the reviewers' feedback on the discrimination screening (BJ-38-3)."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from .screening.feedback import FALSE_ALARM, MISS


class FeedbackKind(models.TextChoices):
    FALSE_ALARM = FALSE_ALARM, _("误报（审核排除）")
    MISS = MISS, _("漏报（人工标注）")
