"""Refusals of employer service that no other domain shares (BJ chapter 4).

Generic reasons (forbidden, required, invalid, duplicate, …) use `CommonErrorCode`.
"""
from enum import StrEnum


class EmployerErrorCode(StrEnum):
    VERIFICATION_PENDING = "verification_pending"      # the previous submission is not reviewed yet (BJ-35-3)
    EMPLOYER_NOT_VERIFIED = "employer_not_verified"    # no demand registration before verification (BJ-36-1)
    LICENCE_EXPIRED = "licence_expired"                # the employer's licence has ended (BJ-35-1)
    LEDGER_NOT_OPEN = "ledger_not_open"                # no employer service ledger yet (BJ-36-1)
    NO_CATALOGUE = "no_catalogue"                      # no industry catalogue in force to check against (BJ-44-2)
    IN_CATALOGUE = "in_catalogue"                      # the industry is prohibited or restricted (BJ-44-1, BJ-45-2)
    CATALOGUE_PUBLISHED = "catalogue_published"        # a published edition is fixed (BJ-44-2)
    SIGNING_LEVEL = "signing_level"                    # only a street or district agency signs (BJ-44-3)
    SERVING_AREA = "serving_area"                      # the serving agency covers neither address (BJ-44-5)
    AGREEMENT_NOT_IN_FORCE = "agreement_not_in_force"  # the daily service agreement is not being performed
    OFFICER_NOT_ELIGIBLE = "officer_not_eligible"      # not a counsellor or account officer of the agency (BJ-44-4)
    MEMBER_NOT_ELIGIBLE = "member_not_eligible"        # a support team member must be active staff (BJ-47-1)
    NO_RENEWAL = "no_renewal"                          # renewal declined earlier (BJ-45-5)
    TRANSFER_IN_PROGRESS = "transfer_in_progress"      # a transfer is already being handled (BJ-45-4)
    TRANSFER_NOT_FORWARDED = "transfer_not_forwarded"  # a move between districts goes up first (BJ-45-1)
    TRANSFER_WITHIN_DISTRICT = "transfer_within_district"  # the district approves, nothing to forward (BJ-44-6)
    NOT_KEY_ENTERPRISE = "not_key_enterprise"          # no daily service agreement in force (BJ-47-3)
