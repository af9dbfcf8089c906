"""Refusals of the resource library and the typical cases (SD-17-*, SD-3-4, SD-15-2, SD-15-3)."""
from enum import StrEnum


class ResourcesErrorCode(StrEnum):
    COURSE_HOURS_REQUIRED = "course_hours_required"    # a course declares its class hours (SD-17-4)
    NOT_A_PUBLISHED_COURSE = "not_a_published_course"  # only published courses are studied (SD-17-3)
    NOT_A_COUNSELLOR = "not_a_counsellor"              # learning is recorded for a counsellor (SD-17-4)
    NOT_WINNING = "not_winning"                        # only winning entries are shown (SD-3-4)
    NO_CONSENT = "no_consent"                          # the author has not consented (SD-3-4)
    NOT_DE_IDENTIFIED = "not_de_identified"            # client data not removed (SD-3-4)
    IDENTIFYING_DATA_FOUND = "identifying_data_found"  # the case text still identifies a client (SD-15-3)
    NOT_ATTESTED = "not_attested"                      # the submitter has not attested de-identification (SD-15-3)
    CASE_NOT_EDITABLE = "case_not_editable"            # a submitted case is not edited (SD-15-2)
    OWN_CASE = "own_case"                              # no one decides on a case they wrote (SD-15-2)
