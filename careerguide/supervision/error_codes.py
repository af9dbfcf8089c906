"""Refusal codes of supervision (the generic ones are `CommonErrorCode`)."""
from enum import StrEnum


class SupervisionErrorCode(StrEnum):
    WRONG_UNIT = "wrong_unit"                # the issue belongs to another agency than the check or notice
    NO_ISSUES = "no_issues"                  # an ad-hoc notice names no problem (BJ-56-5)
    NOT_ACTIVE = "not_active"                # the issue is already rectified or closed (BJ-58-6)
    TOO_FEW_NOTICES = "too_few_notices"      # a warning interview before the N-th notice (BJ-58-4)
    ALREADY_RECTIFIED = "already_rectified"  # a warning interview about a rectified issue (BJ-58-6)
    EARLIER_NOTICE_PENDING = "earlier_notice_pending"  # an earlier day's posting-check notice is not issued yet (BJ-56-3)
    NO_PORTAL_ACCOUNT = "no_portal_account"  # an online survey to someone without a platform account (BJ-57-1)
    ALREADY_ANSWERED = "already_answered"    # a survey is answered once (BJ-57-1)
    NOT_DISSATISFIED = "not_dissatisfied"    # only a dissatisfied answer has a rectification follow-up (BJ-57-1)
    NOT_DIFFICULTY_CERTIFIED = "not_difficulty_certified"  # the online appeal is for certified persons (BJ-59-2)
    WRONG_LEVEL = "wrong_level"              # evaluations are organised by the city or a district (BJ-55-1)
    BAD_PERIOD = "bad_period"                # no such quarter, or a period not yet ended (BJ-55-1)
    NOT_COMMUNITY_STATION = "not_community_station"  # community surveys are recorded for a community station (BJ-60-2)
