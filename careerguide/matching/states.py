"""Recommendation outcomes, shared by both directions (BJ-16-1, BJ-41-1).

Only `careerguide.duties.services.transition()` assigns a status, with this table."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class Outcome(models.TextChoices):
    PENDING = "pending", _("待反馈")
    INTERVIEWED = "interviewed", _("已面试")
    HIRED = "hired", _("已录用")
    NOT_HIRED = "not_hired", _("未录用")
    WITHDRAWN = "withdrawn", _("已撤回")


OUTCOME_TRANSITIONS = {
    Outcome.PENDING: {Outcome.INTERVIEWED, Outcome.HIRED, Outcome.NOT_HIRED, Outcome.WITHDRAWN},
    Outcome.INTERVIEWED: {Outcome.HIRED, Outcome.NOT_HIRED, Outcome.WITHDRAWN},
    Outcome.HIRED: set(),
    Outcome.NOT_HIRED: set(),
    Outcome.WITHDRAWN: set(),
}

#: Recommendations still waiting for a result: they stay on the follow-up list.
OPEN_OUTCOMES = (Outcome.PENDING, Outcome.INTERVIEWED)


class Direction(models.TextChoices):
    TO_JOB_SEEKER = "to_job_seeker", _("向求职者推荐岗位")  # BJ-15-2
    TO_EMPLOYER = "to_employer", _("向用人单位推荐求职者")  # BJ-40-1


class ConsentChannel(models.TextChoices):
    IN_PERSON = "in_person", _("现场确认")
    PHONE = "phone", _("电话确认")
    ONLINE = "online", _("线上确认")
    WRITTEN = "written", _("书面确认")


WORKING_PATTERN_CHOICES = [("full_time", _("全日制")), ("part_time", _("非全日制")), ("flexible", _("灵活就业")),
                           ("any", _("均可"))]
