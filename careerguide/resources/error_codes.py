"""Refusals of the resource library (SD-17-*, SD-3-4)."""
from enum import StrEnum


class ResourcesErrorCode(StrEnum):
    COURSE_HOURS_REQUIRED = "course_hours_required"    # a course declares its class hours (SD-17-4)
    NOT_A_PUBLISHED_COURSE = "not_a_published_course"  # only published courses are studied (SD-17-3)
    NOT_A_COUNSELLOR = "not_a_counsellor"              # learning is recorded for a counsellor (SD-17-4)
    NOT_WINNING = "not_winning"                        # only winning entries are shown (SD-3-4)
    NO_CONSENT = "no_consent"                          # the author has not consented (SD-3-4)
    NOT_DE_IDENTIFIED = "not_de_identified"            # client data not removed (SD-3-4)
