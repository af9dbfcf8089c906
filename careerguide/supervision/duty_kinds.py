"""Duty kinds the supervision module schedules."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

from .links import posting_notice_link, spot_check_link, survey_link

MONTHLY_NOTICE_KIND = "supervision.monthly_notice"
POSTING_NOTICE_KIND = "supervision.posting_check_notice"
DISSATISFACTION_KIND = "supervision.dissatisfaction_follow_up"

KINDS = (
    DutyKind(MONTHLY_NOTICE_KIND, _("月度抽查通报"), "BJ-56-2", link=spot_check_link),
    DutyKind(POSTING_NOTICE_KIND, _("招聘信息核查日通报"), "BJ-56-3", link=posting_notice_link),
    DutyKind(DISSATISFACTION_KIND, _("服务对象不满意的整改处理"), "BJ-57-1", link=survey_link),
)
