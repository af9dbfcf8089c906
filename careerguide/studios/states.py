"""Statuses of rounds, applications and studios and the allowed moves between them.

Only `careerguide.duties.services.transition()` assigns a status, with these tables
(HN-6-23, HN-6-24, HN-11-19 .. HN-11-22).
"""
from django.db import models
from django.utils.translation import gettext_lazy as _


class RoundStatus(models.TextChoices):
    DRAFT = "draft", _("未发布")
    PUBLISHED = "published", _("已发布通知")
    CLOSED = "closed", _("已结束")
    CANCELLED = "cancelled", _("已取消")


ROUND_TRANSITIONS = {
    RoundStatus.DRAFT: {RoundStatus.PUBLISHED, RoundStatus.CANCELLED},
    RoundStatus.PUBLISHED: {RoundStatus.CLOSED, RoundStatus.CANCELLED},
    RoundStatus.CLOSED: set(),
    RoundStatus.CANCELLED: set(),
}


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", _("草稿")
    SUBMITTED = "submitted_to_recommender", _("已报推荐单位")
    NOT_RECOMMENDED = "not_recommended", _("未获推荐")
    RECOMMENDED = "recommended", _("已推荐")
    MATERIALS_INCOMPLETE = "materials_incomplete", _("材料不全")
    INELIGIBLE = "ineligible", _("不符合条件")
    UNDER_REVIEW = "under_review", _("专家评审中")
    VOTE_FAILED = "vote_failed", _("票决未通过")
    NOT_WITHIN_QUOTA = "passed_not_within_quota", _("通过但超出名额")
    PROPOSED = "proposed", _("拟认定")
    IN_PUBLIC_NOTICE = "in_public_notice", _("公示中")
    OBJECTION_REVIEW = "objection_review", _("异议核查中")
    REJECTED_AFTER_NOTICE = "rejected_after_notice", _("公示后不予认定")
    CONFIRMED = "confirmed", _("已发文确认")
    WITHDRAWN = "withdrawn", _("已撤回")


A = ApplicationStatus
# HN-6-24: each move and, in the comment, who makes it.
APPLICATION_TRANSITIONS = {
    A.DRAFT: {A.SUBMITTED, A.WITHDRAWN},                                        # host unit
    A.SUBMITTED: {A.RECOMMENDED, A.NOT_RECOMMENDED, A.WITHDRAWN},               # recommender
    A.RECOMMENDED: {A.MATERIALS_INCOMPLETE, A.INELIGIBLE, A.UNDER_REVIEW, A.WITHDRAWN},  # centre
    A.MATERIALS_INCOMPLETE: {A.UNDER_REVIEW, A.INELIGIBLE, A.WITHDRAWN},        # centre
    A.UNDER_REVIEW: {A.VOTE_FAILED, A.NOT_WITHIN_QUOTA, A.PROPOSED, A.WITHDRAWN},  # system, from the tallies
    A.PROPOSED: {A.IN_PUBLIC_NOTICE, A.WITHDRAWN},                              # city_hrss
    A.IN_PUBLIC_NOTICE: {A.OBJECTION_REVIEW, A.CONFIRMED},                      # city_hrss
    A.OBJECTION_REVIEW: {A.IN_PUBLIC_NOTICE, A.REJECTED_AFTER_NOTICE},          # city_hrss
}
APPLICATION_TERMINAL = frozenset({A.NOT_RECOMMENDED, A.INELIGIBLE, A.VOTE_FAILED, A.NOT_WITHIN_QUOTA,
                                  A.REJECTED_AFTER_NOTICE, A.CONFIRMED, A.WITHDRAWN})
for _terminal in APPLICATION_TERMINAL:
    APPLICATION_TRANSITIONS.setdefault(_terminal, set())
# Statuses in which the application still occupies a slot of its recommender (HN-6-2).
APPLICATION_COUNTS_FOR_SLOTS = frozenset(set(ApplicationStatus) - {A.DRAFT, A.NOT_RECOMMENDED, A.WITHDRAWN,
                                                                   A.SUBMITTED})


class Registration(models.TextChoices):
    ACTIVE = "active", _("有效")
    DEREGISTERED = "deregistered", _("已注销")
    REVOKED = "revoked", _("已撤销")


REGISTRATION_TRANSITIONS = {
    Registration.ACTIVE: {Registration.DEREGISTERED, Registration.REVOKED},
    Registration.DEREGISTERED: set(),
    Registration.REVOKED: set(),
}


class Standing(models.TextChoices):
    GOOD = "good", _("正常")
    RECTIFICATION = "rectification", _("限期整改中")


STANDING_TRANSITIONS = {
    Standing.GOOD: {Standing.RECTIFICATION},
    Standing.RECTIFICATION: {Standing.GOOD},
}


class Staffing(models.TextChoices):
    """HN-11-9, HN-11-22: whether a qualified lead master is in post.  A year of absence raises a flag for
    city HRSS (HN-11-10); the flag is derived from the absence and its decision duty, never stored."""
    STAFFED = "staffed", _("大师在岗")
    MASTER_ABSENT = "master_absent", _("领衔大师空缺")


STAFFING_TRANSITIONS = {
    Staffing.STAFFED: {Staffing.MASTER_ABSENT},
    Staffing.MASTER_ABSENT: {Staffing.STAFFED},
}


class Scheme(models.TextChoices):
    """The two recognition schemes on one studio register."""

    HN_MASTER = "hn_master", _("职业指导大师工作室（淮南）")
    SD_RECOGNISED = "sd_recognised", _("职业指导工作室（站、角）（山东）")


class StudioKind(models.TextChoices):  # SD-8-1
    STUDIO = "studio", _("工作室")
    STATION = "station", _("站")
    CORNER = "corner", _("角")


class SdLevel(models.TextChoices):  # SD-8-1
    PROVINCIAL = "provincial", _("省级")
    CITY = "city", _("市级")
    COUNTY = "county", _("县级")
    HEI_SCHOOL = "hei_school", _("高校校级")
    HEI_DEPARTMENT = "hei_department", _("高校院系级")


class Standardisation(models.TextChoices):  # SD-8-2
    REGISTERED = "registered", _("已登记")
    ASSESSED = "assessed", _("已评估")
    STANDARDISED = "standardised", _("标准化")
    NOT_STANDARDISED = "not_standardised", _("未达标准化")


Z = Standardisation
STANDARDISATION_TRANSITIONS = {
    Z.REGISTERED: {Z.ASSESSED},
    Z.ASSESSED: {Z.STANDARDISED, Z.NOT_STANDARDISED},
    Z.STANDARDISED: {Z.ASSESSED},       # annual re-assessment (proposal)
    Z.NOT_STANDARDISED: {Z.ASSESSED},
}
