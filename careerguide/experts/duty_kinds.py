"""Duty kinds the expert team schedules."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

from .links import expert_home_url, feedback_url

FEEDBACK_KIND = "experts.feedback_reply"
RENEWAL_KIND = "experts.renewal_apply"

KINDS = (
    DutyKind(FEEDBACK_KIND, _("专家反馈意见答复"), "CZ-11-9", link=feedback_url),
    DutyKind(RENEWAL_KIND, _("专家申请续聘"), "CZ-8-2", link=lambda membership: expert_home_url()),
)
