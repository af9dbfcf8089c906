"""Refusal codes of the agency tree (the generic ones are `CommonErrorCode`)."""
from enum import StrEnum


class OrganisationErrorCode(StrEnum):
    WRONG_LEVEL = "wrong_level"  # the level does not follow the parent's (city → district → street → community, BJ-4-1)
