"""Refusals of the CQ guidance process (the generic ones — forbidden, required, invalid, duplicate,
invalid_transition, too_late … — are `CommonErrorCode`)."""
from enum import StrEnum


class CqErrorCode(StrEnum):
    WRONG_STAGE = "wrong_stage"                            # the case is not at the step where this is done
    REFERRAL_OPEN = "referral_open"                        # steps are frozen while a referral is open (CQ-8.1.1-2)
    NOT_GUIDANCE_STAFF = "not_guidance_staff"              # the counsellor named is not guidance staff (CQ-4.6.1-4)
    NOT_SPECIFIC_GROUP = "not_specific_group"              # the worker is in no specific group (CQ-5.1-5)
    SERVICE_FOR_GOAL_MISSING = "service_for_goal_missing"  # no service linked to a confirmed goal (CQ-6.1.3-1)
    NO_SERVICE_RECORDED = "no_service_recorded"            # nothing was delivered yet (CQ-6.1-1)
    PLAN_ALREADY_AGREED = "plan_already_agreed"            # an agreed plan version is read-only (CQ-6.1.4-2)
    NO_ACTIVE_PLAN = "no_active_plan"                      # a follow-up needs the active plan (CQ-6.1.5-1)
    JOB_INTRODUCTION_MISSING = "job_introduction_missing"  # job introduction not linked yet (CQ-7.1.4-1)
    PREVENTIVE_GUIDANCE_MISSING = "preventive_guidance_missing"  # preventive guidance first (CQ-7.1.8-1)
    RE_GUIDANCE_MISSING = "re_guidance_missing"            # after a review, re-guidance before a new plan (CQ-6.1.6-3)
    WITHDRAWAL_NOT_ALLOWED = "withdrawal_not_allowed"      # contact attempts or days without contact short (CQ-6.1-4)
    REFERRAL_NOT_ALLOWED = "referral_not_allowed"          # a closed case, or a referral already open (CQ-8.1-1)
    RECEIVER_NOT_ELIGIBLE = "receiver_not_eligible"        # a referral goes to another guidance counsellor (CQ-8.1.1-2)
    DISCLOSURE_BASIS_MISSING = "disclosure_basis_missing"  # information leaves only on a recorded basis (CQ-4.4-5)
    RECORDING_NOT_AGREED = "recording_not_agreed"          # recordings only when the agreement allows (CQ-7.2.1-1)
    DECLINE_NOT_ALLOWED = "decline_not_allowed"            # only the satisfaction form may be declined (CQ-7.2.2-3)
    ARCHIVE_INCOMPLETE = "archive_incomplete"              # a required archive item is missing (CQ-7.2.2-3)
    ANALYSIS_MISSING = "analysis_missing"                  # every open hiring need is analysed first (CQ-6.2.1-2)
    HIRING_NEED_NOT_OVERDUE = "hiring_need_not_overdue"    # no position is unfilled past its time (CQ-6.2.3-1)
    HIRING_NEEDS_UNFILLED = "hiring_needs_unfilled"        # recruiting ends when no position is still open (CQ-6.2-1)
