"""Statuses and allowed transitions of the workforce workflows."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class TitleStatus(models.TextChoices):
    """BJ-68-1: districts submit, the city reviews; a title exists only once granted."""
    SUBMITTED = "submitted", _("已上报")
    GRANTED = "granted", _("已评定")
    REFUSED = "refused", _("未通过")
    LAPSED = "lapsed", _("未完成当年度要求")


TITLE_TRANSITIONS = {
    TitleStatus.SUBMITTED: {TitleStatus.GRANTED, TitleStatus.REFUSED},
    TitleStatus.GRANTED: {TitleStatus.LAPSED},  # BJ-64-4, BJ-67-5
    TitleStatus.LAPSED: set(),
    TitleStatus.REFUSED: set(),
}


class ContestStatus(models.TextChoices):
    """SD-3-1."""
    PLANNED = "planned", _("筹备中")
    REGISTRATION_OPEN = "registration_open", _("报名中")
    SUBMISSIONS_CLOSED = "submissions_closed", _("报名截止")
    JUDGING = "judging", _("评审中")
    RESULTS_PUBLISHED = "results_published", _("结果已公布")
    CLOSED = "closed", _("已结束")


C = ContestStatus
CONTEST_TRANSITIONS = {
    C.PLANNED: {C.REGISTRATION_OPEN}, C.REGISTRATION_OPEN: {C.SUBMISSIONS_CLOSED},
    C.SUBMISSIONS_CLOSED: {C.JUDGING}, C.JUDGING: {C.RESULTS_PUBLISHED}, C.RESULTS_PUBLISHED: {C.CLOSED}, C.CLOSED: set(),
}


class SelectionStatus(models.TextChoices):
    """SD-5-2: chief counsellor selection round."""
    ANNOUNCED = "announced", _("已发布")
    NOMINATIONS = "nominations", _("推荐中")
    EVALUATION = "evaluation", _("评审中")
    PUBLICITY = "publicity", _("公示中")
    APPOINTED = "appointed", _("已聘任")


S = SelectionStatus
SELECTION_TRANSITIONS = {
    S.ANNOUNCED: {S.NOMINATIONS}, S.NOMINATIONS: {S.EVALUATION}, S.EVALUATION: {S.PUBLICITY},
    S.PUBLICITY: {S.APPOINTED}, S.APPOINTED: set(),
}


class AwardRoundStatus(models.TextChoices):
    """SD-20-4."""
    CALL_ISSUED = "call_issued", _("已发布通知")
    NOMINATIONS = "nominations", _("推荐中")
    EXPERT_REVIEW = "expert_review", _("专家评审")
    PUBLICITY = "publicity", _("公示中")
    AWARDED = "awarded", _("已评定")


R = AwardRoundStatus
AWARD_ROUND_TRANSITIONS = {
    R.CALL_ISSUED: {R.NOMINATIONS}, R.NOMINATIONS: {R.EXPERT_REVIEW}, R.EXPERT_REVIEW: {R.PUBLICITY},
    R.PUBLICITY: {R.AWARDED}, R.AWARDED: set(),
}


class AppraisalStatus(models.TextChoices):
    """SD-19-2."""
    OPEN = "open", _("已启动")
    SELF_REPORT = "self_report", _("个人述职")
    ASSESSMENT = "assessment", _("考核评价")
    RESULT_NOTIFIED = "result_notified", _("结果已告知")
    CLOSED = "closed", _("已结束")


P = AppraisalStatus
APPRAISAL_TRANSITIONS = {
    P.OPEN: {P.SELF_REPORT}, P.SELF_REPORT: {P.ASSESSMENT}, P.ASSESSMENT: {P.RESULT_NOTIFIED},
    P.RESULT_NOTIFIED: {P.CLOSED}, P.CLOSED: set(),
}


class CompetitionStatus(models.TextChoices):
    """SD-14-1 (the rounds are a proposal)."""
    PLANNED = "planned", _("筹备中")
    REGISTRATION_OPEN = "registration_open", _("报名中")
    SCHOOL_ROUND = "school_round", _("校赛阶段")
    PROVINCIAL_ROUND = "provincial_round", _("省赛阶段")
    RESULTS_PUBLISHED = "results_published", _("结果已公布")


K = CompetitionStatus
COMPETITION_TRANSITIONS = {
    K.PLANNED: {K.REGISTRATION_OPEN}, K.REGISTRATION_OPEN: {K.SCHOOL_ROUND}, K.SCHOOL_ROUND: {K.PROVINCIAL_ROUND},
    K.PROVINCIAL_ROUND: {K.RESULTS_PUBLISHED}, K.RESULTS_PUBLISHED: set(),
}


class ContentStatus(models.TextChoices):
    """SD-10-1: guidance content is drafted, then published with its date."""
    DRAFT = "draft", _("草稿")
    PUBLISHED = "published", _("已发布")


CONTENT_TRANSITIONS = {ContentStatus.DRAFT: {ContentStatus.PUBLISHED}, ContentStatus.PUBLISHED: set()}
