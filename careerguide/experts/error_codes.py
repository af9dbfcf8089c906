"""Refusals of the expert team and the expert library (CZ, SD ch.9)."""
from enum import StrEnum


class ExpertsErrorCode(StrEnum):
    WRONG_STAGE = "wrong_stage"                  # the application, renewal or exit is not at the stage for this step
    NOT_ACTIVE_MEMBER = "not_active_member"      # only a serving member may be assigned work or log service
    NOT_ACCEPTING = "not_accepting"              # the expert does not take consultations now (CZ-11-8)
    NOTHING_TO_PUBLISH = "nothing_to_publish"    # no proposed appointee for the notice (CZ-7-5)
    OBJECTIONS_OPEN = "objections_open"          # an objection is still being checked (CZ-7-12)
    CERTIFICATES_UNVERIFIED = "certificates_unverified"  # appointment needs verified certificates (CZ-5-19)
    BARRED = "barred"                            # the person was dismissed and is no longer appointable (CZ-9-8)
    RECUSAL = "recusal"                          # the reviewer must recuse (CZ-7-1, SD-9-4)
    ROUND_TOO_EARLY = "round_too_early"          # a round less than two years after the last needs a reason (CZ-6-4)
    OUTSIDE_WINDOW = "outside_window"            # outside the application or renewal period (CZ-6-3, CZ-8-2)
    OPINIONS_PENDING = "opinions_pending"        # some applications have no preliminary opinion (CZ-6-9)
    SUBMISSION_INCOMPLETE = "submission_incomplete"  # materials or declarations missing (CZ-6-6)
    NOMINEE_MISMATCH = "nominee_mismatch"        # the ID number does not match the nominee (CZ-6-15)
    EXIT_GROUND_NOT_ALLOWED = "exit_ground_not_allowed"  # this ground is not for this initiator (CZ-9-3, CZ-9-6)
    CONFIDENTIALITY_REQUIRED = "confidentiality_required"  # the undertaking comes first (CZ-11-18)
    LOCKED = "locked"                            # a confirmed service log is locked (CZ-A2-7)
    NOT_APPLICABLE = "not_applicable"            # the procedure does not apply to the member's programme
    NOT_ENOUGH_EXPERTS = "not_enough_experts"    # too few experts left after recusal (SD-3-2)
