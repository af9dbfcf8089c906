"""Refusal codes of accounts (the generic ones are `CommonErrorCode`)."""
from enum import StrEnum


class AccountErrorCode(StrEnum):
    ROLES_FOR_STAFF_ONLY = "roles_for_staff_only"  # only staff hold job roles
    WEAK_PASSWORD = "weak_password"                # the password validators refused the password
    WRONG_PASSWORD = "wrong_password"              # the current password does not match
