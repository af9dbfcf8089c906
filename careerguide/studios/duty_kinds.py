"""Duty kinds the studio module schedules."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

WORK_PLAN_KIND = "studios.work_plan"

KINDS = (
    DutyKind(WORK_PLAN_KIND, _("提交职业指导大师工作室两年工作规划"), "HN-11-5"),
)
