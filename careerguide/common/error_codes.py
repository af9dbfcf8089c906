"""Error codes shared by every domain.

Each app declares its own codes in `error_codes.py` as a `StrEnum` (in the manner of Saleor's
per-domain error-code enums); a refusal carries exactly one member, which the API returns in
the error body's `code` and tests assert.  Codes are stable English identifiers, never shown
to users: the Chinese message is.
"""
from enum import StrEnum


class CommonErrorCode(StrEnum):
    """Refusals that mean the same in every domain."""

    FORBIDDEN = "forbidden"            # the actor may not do this (403 in the API)
    NOT_FOUND = "not_found"            # missing or outside the jurisdiction (404)
    INVALID = "invalid"                # a value has the wrong shape or is out of range
    REQUIRED = "required"              # a value the rule needs is missing
    DUPLICATE = "duplicate"            # the record already exists
    INVALID_TRANSITION = "invalid_transition"  # the status table does not allow the move
    CALENDAR_NOT_LOADED = "calendar_not_loaded"  # a date falls in a year with no statutory calendar
    TOO_EARLY = "too_early"            # the window for the action has not opened
    TOO_LATE = "too_late"              # the time limit for the action has passed
