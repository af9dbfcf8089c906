"""Duty kinds the studio module schedules.  Every duty is worked by staff, so each links the studio's staff page;
the host unit is told of its work plan by notification, with a link to its own portal page."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

from .links import studio_staff_url

WORK_PLAN_KIND = "studios.work_plan"
CONTINUATION_DECISION_KIND = "studios.continuation_decision"
ANNUAL_ASSESSMENT_KIND = "studios.annual_assessment"
TERM_EVALUATION_KIND = "studios.term_evaluation"

KINDS = (
    DutyKind(WORK_PLAN_KIND, _("提交职业指导大师工作室两年工作规划"), "HN-11-5", link=studio_staff_url),
    DutyKind(CONTINUATION_DECISION_KIND, _("领衔大师空缺满一年：决定工作室是否不适合存续"), "HN-11-10",
             link=studio_staff_url),
    DutyKind(ANNUAL_ASSESSMENT_KIND, _("职业指导大师工作室年度考核"), "HN-11-3", link=studio_staff_url),
    DutyKind(TERM_EVALUATION_KIND, _("职业指导大师工作室期满评估"), "HN-11-4", link=studio_staff_url),
)
