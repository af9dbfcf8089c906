"""Why the job-seeker chapter refuses an action (the API returns the code; tests assert it)."""
from enum import StrEnum


class JobSeekerErrorCode(StrEnum):
    STOPPED = "stopped"            # services stopped after the no-contact report until a new registration (BJ-13-8)
    NOT_DUE = "not_due"            # the no-contact stop is not (yet) due (BJ-13-5)
    NOT_GRADABLE = "not_gradable"  # the registration information cannot be graded by the instrument (BJ-12-3)
