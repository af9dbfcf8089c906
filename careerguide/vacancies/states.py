"""Vacancy and job-fair statuses and the allowed moves between them (BJ-39-5, BJ-43-3).

Only `careerguide.duties.services.transition()` assigns a status, with these tables.
"""
from django.db import models
from django.utils.translation import gettext_lazy as _

from .screening.feedback import FALSE_ALARM, MISS


class VacancyStatus(models.TextChoices):
    DRAFT = "draft", _("草稿")
    UNDER_REVIEW = "under_review", _("待审核")
    RETURNED = "returned", _("退回修改")
    PUBLISHED = "published", _("已发布")
    EXPIRED = "expired", _("已失效")
    ARCHIVED = "archived", _("已归档")


# BJ-39-5: posting_draft → under_review → published | returned_for_correction → (after correction)
# under_review … → expired → archived.  A posting that was never published can still be withdrawn.
VACANCY_TRANSITIONS = {
    VacancyStatus.DRAFT: {VacancyStatus.UNDER_REVIEW},
    VacancyStatus.UNDER_REVIEW: {VacancyStatus.PUBLISHED, VacancyStatus.RETURNED, VacancyStatus.EXPIRED},
    VacancyStatus.RETURNED: {VacancyStatus.UNDER_REVIEW, VacancyStatus.EXPIRED},
    VacancyStatus.PUBLISHED: {VacancyStatus.EXPIRED},
    VacancyStatus.EXPIRED: {VacancyStatus.ARCHIVED},
    VacancyStatus.ARCHIVED: set(),
}

# States in which the employer may still change or withdraw the posting.
OPEN_STATUSES = (VacancyStatus.DRAFT, VacancyStatus.UNDER_REVIEW, VacancyStatus.RETURNED, VacancyStatus.PUBLISHED)


class ExpiryReason(models.TextChoices):
    """BJ-41-2 (Open question 21): the four ways a posting becomes 失效."""

    VALIDITY_ENDED = "validity_ended", _("有效期届满")
    FILLED = "filled", _("招用人数已满")
    WITHDRAWN = "withdrawn", _("单位撤回")
    LICENCE_EXPIRED = "licence_expired", _("单位证照有效期届满")


class ReviewDecision(models.TextChoices):
    APPROVED = "approved", _("审核通过")
    RETURNED = "returned", _("退回修改")


class FairStatus(models.TextChoices):
    PLANNED = "planned", _("筹备中")
    INTAKE = "employer_intake", _("单位报名审核")
    PRE_PUBLISHED = "pre_published", _("已预发布")
    HELD = "held", _("已举办")
    FOLLOW_UP = "follow_up", _("会后跟踪")
    CLOSED = "closed", _("已结束")
    CANCELLED = "cancelled", _("已取消")


# BJ-43-3: planned → employer_intake → pre_published → held → follow_up → closed.
FAIR_TRANSITIONS = {
    FairStatus.PLANNED: {FairStatus.INTAKE, FairStatus.CANCELLED},
    FairStatus.INTAKE: {FairStatus.PRE_PUBLISHED, FairStatus.CANCELLED},
    FairStatus.PRE_PUBLISHED: {FairStatus.HELD, FairStatus.CANCELLED},
    FairStatus.HELD: {FairStatus.FOLLOW_UP},
    FairStatus.FOLLOW_UP: {FairStatus.CLOSED},
    FairStatus.CLOSED: set(),
    FairStatus.CANCELLED: set(),
}

# Employers may sign up while intake is open, before and after the pre-publication (BJ-43-1).
FAIR_SIGNUP_STATUSES = (FairStatus.INTAKE, FairStatus.PRE_PUBLISHED)
# Attendee registration (BJ-43-4) and outcomes (BJ-43-5) are recorded once the fair is held.
FAIR_RECORDING_STATUSES = (FairStatus.HELD, FairStatus.FOLLOW_UP)


class FairFormat(models.TextChoices):
    ONSITE = "onsite", _("现场招聘会")
    ONLINE = "online", _("网络招聘会")


class FairType(models.TextChoices):
    TARGETED = "targeted", _("定向招聘会")
    SPECIAL = "special", _("专场招聘会")


class PrepublicationCompliance(models.TextChoices):
    """BJ-43-2 (Open question 20)."""

    ON_TIME = "on_time", _("按时预发布")
    WARNING = "warning", _("预发布晚于计划日期（预警）")
    BREACH = "breach", _("未在招聘会前预发布（违规）")


class AttendeeChannel(models.TextChoices):
    PAPER = "paper", _("现场手工登记")
    ONLINE = "online", _("引导线上自行登记")


class OutcomeKind(models.TextChoices):
    INTENTION = "intention_reached", _("达成意向")
    JOB_START = "job_start", _("上岗")


class FeedbackKind(models.TextChoices):
    FALSE_ALARM = FALSE_ALARM, _("误报（审核排除）")
    MISS = MISS, _("漏报（人工标注）")
