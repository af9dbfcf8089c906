"""Duty kinds the vacancy and job-fair module schedules, each with the page where it is done."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

from .links import fair_page

PREPUBLICATION_KIND = "vacancies.fair_prepublication"
FOLLOW_UP_KIND = "vacancies.fair_follow_up"

KINDS = (
    DutyKind(PREPUBLICATION_KIND, _("招聘会信息预发布"), "BJ-43-2", link=fair_page),
    DutyKind(FOLLOW_UP_KIND, _("招聘会会后跟踪（达成意向和上岗情况）"), "BJ-43-5", link=fair_page),
)
