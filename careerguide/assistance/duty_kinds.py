"""Duty kinds chapter 3 schedules."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind
from careerguide.policy.registry import setting_get

from .links import case_page, consultation_page, job_start_page

AGREEMENT_SIGN = "bj_assistance_agreement_sign"
GUIDANCE_FOLLOW_UP = "bj_assistance_guidance_follow_up"
JOB_START_FOLLOW_UP = "bj_assistance_job_start_follow_up"
STABILITY_FOLLOW_UP = "bj_assistance_stability_follow_up"
PLAN_REVISION = "bj_assistance_plan_revision"
#: BJ-27-7: one kind per stability follow-up month of the registry's default (bj.stability_follow_up_months).
STABILITY_MONTHS = tuple(setting_get("bj.stability_follow_up_months").default)


def stability_kind(months: int) -> str:
    return f"{STABILITY_FOLLOW_UP}_{months}m"


KINDS = (
    DutyKind(AGREEMENT_SIGN, _("签订就业援助服务协议"), "BJ-23-1", link=case_page),
    DutyKind(GUIDANCE_FOLLOW_UP, _("就业指导服务后跟踪回访"), "BJ-27-1", link=case_page),
    DutyKind(JOB_START_FOLLOW_UP, _("上岗后适应性回访"), "BJ-27-6", link=job_start_page),
    DutyKind(PLAN_REVISION, _("根据专家意见修订援助方案"), "BJ-28-7", link=consultation_page),
    *(DutyKind(stability_kind(months), _("上岗后%(m)s个月左右稳定性回访") % {"m": months}, "BJ-27-7", link=job_start_page)
      for months in STABILITY_MONTHS),
)
