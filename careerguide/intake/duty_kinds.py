"""Duty kinds the front desk schedules."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

from .links import request_page

HANDOVER_ACCEPT = "intake.handover_accept"

KINDS = (
    DutyKind(HANDOVER_ACCEPT, _("接收前台转办的服务请求"), "BJ-5-9", link=request_page),
)
