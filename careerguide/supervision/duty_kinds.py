"""Duty kinds the supervision module schedules."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

from .links import posting_notice_link, spot_check_link

MONTHLY_NOTICE_KIND = "supervision.monthly_notice"
POSTING_NOTICE_KIND = "supervision.posting_check_notice"

KINDS = (
    DutyKind(MONTHLY_NOTICE_KIND, _("月度抽查通报"), "BJ-56-2", link=spot_check_link),
    DutyKind(POSTING_NOTICE_KIND, _("招聘信息核查日通报"), "BJ-56-3", link=posting_notice_link),
)
