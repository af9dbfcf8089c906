"""Refusal codes of the labour-market reports (the generic ones are `CommonErrorCode`)."""
from enum import StrEnum


class LabourMarketErrorCode(StrEnum):
    BAD_PERIOD = "bad_period"  # no such month or quarter for the report kind (BJ-52-3)
