"""Refusal codes of the working-day calendar (the generic ones are `CommonErrorCode`)."""
from enum import StrEnum


class WorkdaysErrorCode(StrEnum):
    EXISTS = "exists"  # the year is already loaded and replacing it was not confirmed
