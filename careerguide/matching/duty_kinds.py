"""Duty kinds the matching module schedules."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

JOB_SEEKER_OUTCOME = "bj_recommendation_outcome"
EMPLOYER_OUTCOME = "bj_employer_recommendation_outcome"

KINDS = (
    DutyKind(JOB_SEEKER_OUTCOME, _("了解求职者匹配推荐情况"), "BJ-16-1"),
    DutyKind(EMPLOYER_OUTCOME, _("了解用人单位匹配推荐情况"), "BJ-41-1"),
)
