"""Refusals of the service ledgers (the generic ones are `CommonErrorCode`)."""
from enum import StrEnum


class LedgerErrorCode(StrEnum):
    CORRECTION_OF_ANOTHER_SUBJECT = "correction_of_another_subject"  # a correction must concern the same subject
