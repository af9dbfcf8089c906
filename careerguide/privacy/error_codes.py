"""Refusal codes of personal-data protection (the generic ones are `CommonErrorCode`)."""
from enum import StrEnum


class PrivacyErrorCode(StrEnum):
    NOT_PROTECTED = "not_protected"  # the field holds no protected personal data, so there is nothing to reveal
