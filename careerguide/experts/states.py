"""Statuses of applications and memberships and the allowed moves (CZ-6-17, CZ-6-18, CZ-7-2, CZ-9-13).

Only `careerguide.duties.services.transition()` assigns a status, with these tables.
"""
from django.db import models
from django.utils.translation import gettext_lazy as _


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", _("草稿")
    SUBMITTED_TO_AGENCY = "submitted_to_agency", _("已报送公共就业服务机构")
    AGENCY_REJECTED = "agency_rejected", _("初审未推荐")
    SUBMITTED_TO_CITY = "submitted_to_city", _("已报送市人社局")
    QUALIFICATION_REVIEW = "qualification_review", _("资格审查中")
    QUALIFICATION_FAILED = "qualification_failed", _("资格审查未通过")
    COMPREHENSIVE_REVIEW = "comprehensive_review", _("综合评审中")
    NOT_SELECTED = "not_selected", _("未入选")
    IN_PUBLIC_NOTICE = "in_public_notice", _("公示中")
    OBJECTION_UNDER_REVIEW = "objection_under_review", _("异议核查中")
    APPOINTED = "appointed", _("已聘任")
    NOT_APPOINTED = "not_appointed", _("不予聘任")
    WITHDRAWN = "withdrawn", _("已撤回")


S = ApplicationStatus
TERMINAL_APPLICATION_STATUSES = frozenset({S.AGENCY_REJECTED, S.QUALIFICATION_FAILED, S.NOT_SELECTED, S.APPOINTED,
                                           S.NOT_APPOINTED, S.WITHDRAWN})
# CZ-6-18: the applicant or recommender may withdraw any non-terminal state before the notice.
WITHDRAWABLE = frozenset({S.DRAFT, S.SUBMITTED_TO_AGENCY, S.SUBMITTED_TO_CITY, S.QUALIFICATION_REVIEW,
                          S.COMPREHENSIVE_REVIEW})
APPLICATION_TRANSITIONS = {
    S.DRAFT: {S.SUBMITTED_TO_AGENCY, S.SUBMITTED_TO_CITY, S.WITHDRAWN},
    S.SUBMITTED_TO_AGENCY: {S.AGENCY_REJECTED, S.SUBMITTED_TO_CITY, S.WITHDRAWN},
    S.SUBMITTED_TO_CITY: {S.QUALIFICATION_REVIEW, S.WITHDRAWN},
    S.QUALIFICATION_REVIEW: {S.QUALIFICATION_FAILED, S.COMPREHENSIVE_REVIEW, S.WITHDRAWN},
    S.COMPREHENSIVE_REVIEW: {S.NOT_SELECTED, S.IN_PUBLIC_NOTICE, S.WITHDRAWN},
    S.IN_PUBLIC_NOTICE: {S.OBJECTION_UNDER_REVIEW, S.APPOINTED},
    S.OBJECTION_UNDER_REVIEW: {S.IN_PUBLIC_NOTICE, S.NOT_APPOINTED},
    **{s: set() for s in TERMINAL_APPLICATION_STATUSES},
}


class MembershipStatus(models.TextChoices):
    ACTIVE = "active", _("在聘")
    RENEWAL_PENDING = "renewal_pending", _("续聘待定")
    EXIT_REQUESTED = "exit_requested", _("已申请退出")
    DISMISSAL_DECIDED = "dismissal_decided", _("已作出解聘决定")
    DISMISSED = "dismissed", _("已解聘")
    TERM_EXPIRED = "term_expired", _("聘期届满")


M = MembershipStatus
# CZ-9-13.  A renewal keeps the state active with a new term (no status move, a new certificate).
MEMBERSHIP_TRANSITIONS = {
    M.ACTIVE: {M.TERM_EXPIRED, M.RENEWAL_PENDING, M.EXIT_REQUESTED, M.DISMISSAL_DECIDED},
    M.RENEWAL_PENDING: {M.ACTIVE, M.TERM_EXPIRED, M.EXIT_REQUESTED, M.DISMISSAL_DECIDED},
    M.EXIT_REQUESTED: {M.DISMISSED},
    M.DISMISSAL_DECIDED: {M.DISMISSED},
    M.DISMISSED: set(),
    M.TERM_EXPIRED: set(),
}
LIVE_MEMBERSHIP_STATUSES = frozenset({M.ACTIVE, M.RENEWAL_PENDING, M.EXIT_REQUESTED, M.DISMISSAL_DECIDED})


class RequestStatus(models.TextChoices):
    """Assignments, invitations and consultation requests."""

    OPEN = "open", _("待答复")
    ACCEPTED = "accepted", _("已接受")
    DECLINED = "declined", _("已谢绝")
    COMPLETED = "completed", _("已完成")
    CANCELLED = "cancelled", _("已取消")


R = RequestStatus
REQUEST_TRANSITIONS = {
    R.OPEN: {R.ACCEPTED, R.DECLINED, R.CANCELLED},
    R.ACCEPTED: {R.COMPLETED, R.CANCELLED},
    R.DECLINED: set(), R.COMPLETED: set(), R.CANCELLED: set(),
}


class LogStatus(models.TextChoices):
    DRAFT = "draft", _("待审核")
    CONFIRMED = "confirmed", _("已确认")
    RETURNED = "returned", _("已退回")


LOG_TRANSITIONS = {
    LogStatus.DRAFT: {LogStatus.CONFIRMED, LogStatus.RETURNED},
    LogStatus.RETURNED: {LogStatus.DRAFT},
    LogStatus.CONFIRMED: {LogStatus.RETURNED},  # only on an approved correction request (CZ-A2-7)
}


class FeedbackStatus(models.TextChoices):
    RECEIVED = "received", _("已受理")
    REPLIED = "replied", _("已答复")


FEEDBACK_TRANSITIONS = {FeedbackStatus.RECEIVED: {FeedbackStatus.REPLIED}, FeedbackStatus.REPLIED: set()}

# SD-9-1: a library record is active until its term ends or the keeping unit takes it out; there is no
# renewal stage and no exit-ground procedure.
LIBRARY_MEMBERSHIP_TRANSITIONS = {
    M.ACTIVE: {M.TERM_EXPIRED, M.DISMISSED},
    M.DISMISSED: set(),
    M.TERM_EXPIRED: set(),
}


def membership_transitions(programme: str) -> dict:
    """The transition table of a membership's programme."""
    return LIBRARY_MEMBERSHIP_TRANSITIONS if programme == "sd_expert_library" else MEMBERSHIP_TRANSITIONS


class ChangeStatus(models.TextChoices):  # CZ-11-2: an expert's request to change their archive, decided by city HRSS
    PENDING = "pending", _("待审核")
    APPROVED = "approved", _("已同意")
    REJECTED = "rejected", _("未同意")


CHANGE_TRANSITIONS = {
    ChangeStatus.PENDING: {ChangeStatus.APPROVED, ChangeStatus.REJECTED},
    ChangeStatus.APPROVED: set(),
    ChangeStatus.REJECTED: set(),
}
