"""Why chapter-3 assistance refuses an action (the API returns the code; tests assert it)."""
from enum import StrEnum


class AssistanceErrorCode(StrEnum):
    NOT_ROUTED = "not_routed"            # the person was not routed to employment assistance (BJ-13-1)
    NOT_ELIGIBLE = "not_eligible"        # the conditions for signing, a consultation or a referral are not met
    NO_AGREEMENT = "no_agreement"        # no active assistance agreement for the case
    NO_JOB_START = "no_job_start"        # no current job start to follow up
    NOT_CASE_WORKER = "not_case_worker"  # the chosen worker is not a guidance officer of the agency (BJ-23-2)
    NOT_CERTIFIED = "not_certified"      # a survey target must be a certified difficult person (BJ-18-1)
    STOP_NOT_DUE = "stop_not_due"        # the outreach stop rules do not hold yet (BJ-21-4, BJ-21-5)
    NOT_ON_PANEL = "not_on_panel"        # only the expert panel of an open consultation may do this (BJ-28-3)
    CONSULTATION_CLOSED = "consultation_closed"  # the consultation is closed (BJ-28-8)
    NO_PLAN = "no_plan"                  # the case has no assistance plan yet (BJ-26-5)
    NOT_ASSESSED = "not_assessed"        # a plan needs a readiness or classification assessment first (BJ-26-5)
