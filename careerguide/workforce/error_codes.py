"""Refusals of the counsellor workforce (BJ ch.7 and the SD workforce chapters)."""
from enum import StrEnum


class WorkforceErrorCode(StrEnum):
    ALREADY_LEFT = "already_left"              # the person is already recorded as having left (BJ-71-1)
    FILED_BY_DISTRICT = "filed_by_district"    # staff filings are made by a district for its tree (BJ-71-1)
    PAPER_NOT_PUBLISHED = "paper_not_published"  # a paper counts only in a public journal (BJ-64-2)
    WRONG_STAGE = "wrong_stage"                # the round, contest or review is not at the stage for this step
    OUTSIDE_LOCALITY = "outside_locality"      # the nominee works outside the round's locality (SD-5-2)
    OUTSIDE_TERM = "outside_term"              # the date lies outside the chief's term (SD-5-4)
    OUTSIDE_PERIOD = "outside_period"          # the date lies outside the target period (SD-G-8)
    NOT_ELIGIBLE = "not_eligible"              # the rule for the title or nomination is not met
    ALREADY_AWARDED = "already_awarded"        # the title is awarded once per target period (SD-20-4)
