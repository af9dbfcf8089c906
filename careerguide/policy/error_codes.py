"""Refusal codes of the policy settings (the generic ones are `CommonErrorCode`)."""
from enum import StrEnum


class PolicyErrorCode(StrEnum):
    UNKNOWN_KEY = "unknown_key"              # no setting of that key in the registry
    UNIT_LEVEL = "unit_level"                # overrides are held by city and district units only (BJ-58-2)
    LOOSENS = "loosens"                      # the value loosens a limit the document fixes (BJ-5-8)
