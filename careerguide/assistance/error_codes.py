"""Why chapter-3 assistance refuses an action (the API returns the code; tests assert it)."""
from enum import StrEnum


class AssistanceErrorCode(StrEnum):
    NOT_ROUTED = "not_routed"            # the person was not routed to employment assistance (BJ-13-1)
    NOT_ELIGIBLE = "not_eligible"        # the conditions for signing or a consultation are not met
    NO_AGREEMENT = "no_agreement"        # no active assistance agreement for the case
    NO_JOB_START = "no_job_start"        # no current job start to follow up
    NOT_CASE_WORKER = "not_case_worker"  # the chosen worker is not a guidance officer of the agency (BJ-23-2)
