"""Duty kinds chapter 3 schedules."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind
from careerguide.policy.registry import setting_get

from .links import case_page, consultation_page, job_start_page, programme_page, referral_page, target_page

SURVEY_FOLLOW_UP = "bj_outreach_follow_up_survey"
SURVEY_STOP_REPORT = "bj_outreach_stop_report"
AGREEMENT_SIGN = "bj_assistance_agreement_sign"
CERTIFICATION_REVIEW = "bj_assistance_certification_review"
GUIDANCE_FOLLOW_UP = "bj_assistance_guidance_follow_up"
PROGRAMME_CHECK = "bj_assistance_programme_check"
PROGRAMME_READINESS = "bj_assistance_programme_readiness"
JOB_START_FOLLOW_UP = "bj_assistance_job_start_follow_up"
STABILITY_FOLLOW_UP = "bj_assistance_stability_follow_up"
PLAN_REVISION = "bj_assistance_plan_revision"
PANEL_REPORT = "bj_assistance_panel_report"
PLACEMENT_END_REVIEW = "bj_assistance_placement_end_review"
#: BJ-27-7: one kind per stability follow-up month of the registry's default (bj.stability_follow_up_months).
STABILITY_MONTHS = tuple(setting_get("bj.stability_follow_up_months").default)
#: BJ-27-2: the three progress checkpoints of a programme.
CHECKPOINTS = {"initial": _("初期"), "middle": _("中期"), "final": _("终期")}


def stability_kind(months: int) -> str:
    return f"{STABILITY_FOLLOW_UP}_{months}m"


def checkpoint_kind(checkpoint: str) -> str:
    return f"{PROGRAMME_CHECK}_{checkpoint}"


KINDS = (
    DutyKind(SURVEY_FOLLOW_UP, _("跟踪摸查"), "BJ-21-2", link=target_page),
    DutyKind(SURVEY_STOP_REPORT, _("向就失业登记管理部门反馈并停止服务（摸查）"), "BJ-21-4", link=target_page),
    DutyKind(AGREEMENT_SIGN, _("签订就业援助服务协议"), "BJ-23-1", link=case_page),
    DutyKind(CERTIFICATION_REVIEW, _("认定状态变化后复核援助协议和方案"), "BJ-26-2", link=case_page),
    DutyKind(GUIDANCE_FOLLOW_UP, _("就业指导服务后跟踪回访"), "BJ-27-1", link=case_page),
    *(DutyKind(checkpoint_kind(code), _("培训、见习%(c)s进展了解") % {"c": label}, "BJ-27-2", link=programme_page)
      for code, label in CHECKPOINTS.items()),
    DutyKind(PROGRAMME_READINESS, _("培训、见习结束后评估就业准备改善情况"), "BJ-27-3", link=programme_page),
    DutyKind(JOB_START_FOLLOW_UP, _("上岗后适应性回访"), "BJ-27-6", link=job_start_page),
    *(DutyKind(stability_kind(months), _("上岗后%(m)s个月左右稳定性回访") % {"m": months}, "BJ-27-7", link=job_start_page)
      for months in STABILITY_MONTHS),
    DutyKind(PLAN_REVISION, _("根据专家意见修订援助方案"), "BJ-28-7", link=consultation_page),
    DutyKind(PANEL_REPORT, _("向专家小组定期反馈"), "BJ-28-6", link=consultation_page),
    DutyKind(PLACEMENT_END_REVIEW, _("托底安置期满复核"), "BJ-30-7", link=referral_page),
)
