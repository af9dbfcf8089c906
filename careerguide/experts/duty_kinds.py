"""Duty kinds the expert team schedules."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

FEEDBACK_KIND = "experts.feedback_reply"

KINDS = (
    DutyKind(FEEDBACK_KIND, _("专家反馈意见答复"), "CZ-11-9"),
)
