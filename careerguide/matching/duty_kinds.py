"""Duty kinds the matching module schedules; each duty opens the recommendation's page."""
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

JOB_SEEKER_OUTCOME = "bj_recommendation_outcome"
EMPLOYER_OUTCOME = "bj_employer_recommendation_outcome"
OUTCOME_KINDS = (JOB_SEEKER_OUTCOME, EMPLOYER_OUTCOME)


def recommendation_page(recommendation) -> str:
    return reverse("matching:recommendation", args=[recommendation.pk])


KINDS = (
    DutyKind(JOB_SEEKER_OUTCOME, _("了解求职者匹配推荐情况"), "BJ-16-1", link=recommendation_page),
    DutyKind(EMPLOYER_OUTCOME, _("了解用人单位匹配推荐情况"), "BJ-41-1", link=recommendation_page),
)
