"""Refusal codes of duties and early warning (the generic ones are `CommonErrorCode`)."""
from enum import StrEnum


class DutiesErrorCode(StrEnum):
    WRONG_LEVEL = "wrong_level"  # early-warning indicators are set by the city or a district (BJ-58-2)
