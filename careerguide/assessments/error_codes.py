"""Refusals of the assessment module (the generic ones are `CommonErrorCode`)."""
from enum import StrEnum


class AssessmentErrorCode(StrEnum):
    PLAN_ALREADY_AGREED = "plan_already_agreed"          # the recipient agreed the plan once (CQ-7.1.6-1)
    PLAN_NOT_AGREED = "plan_not_agreed"                  # results only under an agreed plan (CQ-7.1.6-1)
    INSTRUMENT_NOT_IN_PLAN = "instrument_not_in_plan"    # a tool-based result uses a tool of the plan (CQ-4.3-4)
    REPORT_WITHOUT_RESULTS = "report_without_results"    # a report cites results of the same worker (CQ-7.1.7-1)
