"""Refusal codes of the agency tree (the generic ones are `CommonErrorCode`)."""
from enum import StrEnum


class OrganisationErrorCode(StrEnum):
    NOT_COMMUNITY = "not_community"  # community size and grids are recorded for community stations only (BJ-60-2)
    WRONG_LEVEL = "wrong_level"  # the level does not follow the parent's (city → district → street → community, BJ-4-1)
