"""Supervision state machines: issues (BJ-58-6), their rectification (BJ-56-5) and complaints (BJ-5-4)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class IssueStatus(models.TextChoices):
    FOUND = "found", _("已发现")
    NOTIFIED_1 = "notified_1", _("已通报（第1次）")
    NOTIFIED_2 = "notified_2", _("已通报（第2次）")
    NOTIFIED_3_PLUS = "notified_3_plus", _("已通报（3次及以上）")
    WARNING_INTERVIEW = "warning_interview", _("已警示约谈")
    REFERRED = "referred_for_accountability", _("已移送问责")
    RECTIFIED = "rectified", _("已整改（上级核实）")
    CLOSED = "closed", _("已关闭")


S = IssueStatus
_ACTIVE = (S.FOUND, S.NOTIFIED_1, S.NOTIFIED_2, S.NOTIFIED_3_PLUS, S.WARNING_INTERVIEW, S.REFERRED)
# BJ-58-6: found → notified (1) → (2) → (≥3, further notices stay here) → warning_interview → referred_for_accountability;
# from any state → rectified (verified by the upper level) → closed.
ISSUE_TRANSITIONS = {
    S.FOUND: {S.NOTIFIED_1, S.RECTIFIED},
    S.NOTIFIED_1: {S.NOTIFIED_2, S.RECTIFIED},
    S.NOTIFIED_2: {S.NOTIFIED_3_PLUS, S.RECTIFIED},
    S.NOTIFIED_3_PLUS: {S.NOTIFIED_3_PLUS, S.WARNING_INTERVIEW, S.RECTIFIED},
    S.WARNING_INTERVIEW: {S.REFERRED, S.RECTIFIED},
    S.REFERRED: {S.RECTIFIED},
    S.RECTIFIED: {S.CLOSED},
}
ACTIVE_ISSUE_STATUSES = frozenset(_ACTIVE)
# The status an issue moves to when one more notice names it.
NEXT_NOTICE_STATUS = {S.FOUND: S.NOTIFIED_1, S.NOTIFIED_1: S.NOTIFIED_2, S.NOTIFIED_2: S.NOTIFIED_3_PLUS,
                      S.NOTIFIED_3_PLUS: S.NOTIFIED_3_PLUS}


class RectificationStatus(models.TextChoices):
    """BJ-56-5: the lower level's rectification as judged by the upper level."""
    OPEN = "open", _("待整改")
    REPORTED = "rectification_reported", _("已报告整改")
    VERIFIED = "verified", _("整改已核实")
    NOT_EFFECTIVE = "not_effective", _("整改未见成效")


R = RectificationStatus
RECTIFICATION_TRANSITIONS = {
    R.OPEN: {R.REPORTED},
    R.REPORTED: {R.VERIFIED, R.NOT_EFFECTIVE},
    R.NOT_EFFECTIVE: {R.REPORTED},
}


class ComplaintStatus(models.TextChoices):
    RECORDED = "recorded", _("已登记")
    ASSIGNED = "assigned", _("办理中")
    CLOSED = "closed", _("已办结")


COMPLAINT_TRANSITIONS = {
    ComplaintStatus.RECORDED: {ComplaintStatus.ASSIGNED},
    ComplaintStatus.ASSIGNED: {ComplaintStatus.ASSIGNED, ComplaintStatus.CLOSED},
}


class PostingNoticeStatus(models.TextChoices):
    """BJ-56-3: a working day's posting-check notice, created for the day and then issued."""
    PENDING = "pending", _("待发布")
    ISSUED = "issued", _("已发布")


POSTING_NOTICE_TRANSITIONS = {PostingNoticeStatus.PENDING: {PostingNoticeStatus.ISSUED}}


class EvaluationStatus(models.TextChoices):
    """BJ-55-1: an evaluation is drafted, graded, then published to the agencies evaluated."""
    DRAFT = "draft", _("编制中")
    PUBLISHED = "published", _("已发布")


EVALUATION_TRANSITIONS = {EvaluationStatus.DRAFT: {EvaluationStatus.PUBLISHED}}
