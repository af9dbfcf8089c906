"""Statuses of a career-orientation report and their transitions (CQ-7.1.7-2)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportStatus(models.TextChoices):
    PENDING_FEEDBACK = "pending_feedback", _("待反馈")
    FED_BACK = "fed_back", _("已反馈")


REPORT_TRANSITIONS = {ReportStatus.PENDING_FEEDBACK: {ReportStatus.FED_BACK}, ReportStatus.FED_BACK: set()}
