"""Error codes of matching refusals (the API returns them in the error body; tests assert them)."""
from enum import StrEnum


class MatchingErrorCode(StrEnum):
    NOT_MATCHABLE = "not_matchable"            # the person is not in active matching (BJ-16-2)
    NOT_PUBLISHED = "not_published"            # only published vacancies are recommended (BJ-39-1)
    NOT_JOB_READY = "not_job_ready"            # only job-ready persons are recommended (BJ-15-2)
    CONSENT_MISSING = "consent_missing"        # the person's consent is not recorded (BJ-15-2, BJ-40-1)
    ALREADY_RECOMMENDED = "already_recommended"  # an open recommendation of the pair exists
    NOTE_REQUIRED = "note_required"            # a below-threshold recommendation needs the person's wish written down
    REASON_REQUIRED = "reason_required"        # not hired needs a coded reason (BJ-30-8)
    INSTRUMENT_INVALID = "instrument_invalid"  # a version that cannot be published (BJ-6-2, BJ-15-4)
