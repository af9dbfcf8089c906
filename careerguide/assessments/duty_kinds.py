"""Duty kinds the assessment module schedules."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

KIND_REPORT_FEEDBACK = "cq_report_feedback"

KINDS = (
    DutyKind(KIND_REPORT_FEEDBACK, _("职业倾向分析报告反馈"), "CQ-7.1.7-2"),
)
