"""Duty kinds chapter 3 schedules."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

AGREEMENT_SIGN = "bj_assistance_agreement_sign"
GUIDANCE_FOLLOW_UP = "bj_assistance_guidance_follow_up"
JOB_START_FOLLOW_UP = "bj_assistance_job_start_follow_up"
STABILITY_FOLLOW_UP = "bj_assistance_stability_follow_up"
PLAN_REVISION = "bj_assistance_plan_revision"
STABILITY_MONTHS = (1, 3, 6)


def stability_kind(months: int) -> str:
    return f"{STABILITY_FOLLOW_UP}_{months}m"


KINDS = (
    DutyKind(AGREEMENT_SIGN, _("签订就业援助服务协议"), "BJ-23-1"),
    DutyKind(GUIDANCE_FOLLOW_UP, _("就业指导服务后跟踪回访"), "BJ-27-1"),
    DutyKind(JOB_START_FOLLOW_UP, _("上岗后适应性回访"), "BJ-27-6"),
    DutyKind(PLAN_REVISION, _("根据专家意见修订援助方案"), "BJ-28-7"),
    *(DutyKind(stability_kind(months), _("上岗后%(m)s个月左右稳定性回访") % {"m": months}, "BJ-27-7")
      for months in STABILITY_MONTHS),
)
