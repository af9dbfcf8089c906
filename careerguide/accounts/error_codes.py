"""Refusal codes of accounts (the generic ones are `CommonErrorCode`)."""
from enum import StrEnum


class AccountErrorCode(StrEnum):
    ROLES_FOR_STAFF_ONLY = "roles_for_staff_only"  # only staff hold job roles
    WEAK_PASSWORD = "weak_password"                # the password validators refused the password
    WRONG_PASSWORD = "wrong_password"              # the current password does not match
    WRONG_CODE = "wrong_code"                      # the one-time code does not match (or too many tries)
    SECOND_FACTOR_REQUIRED = "second_factor_required"  # the unit requires it: it cannot be switched off
