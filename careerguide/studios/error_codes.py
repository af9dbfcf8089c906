"""Refusals of the master studios (HN) and the SD studio register."""
from enum import StrEnum


class StudiosErrorCode(StrEnum):
    WRONG_STAGE = "wrong_stage"              # the round, application, vote or exit is not at the stage for this step
    NOT_ACTIVE = "not_active"                # the studio was deregistered or revoked (HN-11-17)
    NOT_APPLICABLE = "not_applicable"        # the step belongs to the other scheme (SD-8-2)
    NOT_RECOMMENDABLE = "not_recommendable"  # the recommender may not put this unit forward (HN-6-4)
    QUOTA_FULL = "quota_full"                # the recommendation slots or the round's quota are used (HN-6-2)
    QUORUM_NOT_MET = "quorum_not_met"        # too few experts present, or too few valid votes (HN-6-6)
    ALREADY_VOTED = "already_voted"          # the expert has voted on the candidate (HN-6-7, HN-6-9)
    OBJECTIONS_OPEN = "objections_open"      # an objection is still being checked (HN-6-17)
    NO_SUBSIDY = "no_subsidy"                # the studio has no one-time subsidy (HN-8-1)
    OVER_SUBSIDY = "over_subsidy"            # spending would exceed the one-time subsidy (HN-8-4)
    ALREADY_LEFT = "already_left"            # the member has already left (HN-11-9)
    NOT_QUALIFIED = "not_qualified"          # the replacement lead master does not meet art. 5(1) (HN-11-12)
    NOT_NOMINABLE = "not_nominable"          # only an active, good-standing, staffed city studio (HN-3-4)
    GROUND_NOT_MET = "ground_not_met"        # the exit ground is not made out (HN-11-8 .. HN-11-16)
