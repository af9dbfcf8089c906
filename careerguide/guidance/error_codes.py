"""Refusals of the guidance mechanism (BJ-14-*, BJ-37-*); the generic ones are `CommonErrorCode`.
The CQ process declares its own in `cq/error_codes.py`."""
from enum import StrEnum


class GuidanceErrorCode(StrEnum):
    ONLINE_BOOKING_NOT_PERMITTED = "online_booking_not_permitted"  # no platform permission yet (BJ-14-6)
    HOME_DISTRICT_MISSING = "home_district_missing"        # an online booking is routed by habitual district (BJ-14-6)
    OFFICER_NOT_ELIGIBLE = "officer_not_eligible"          # the officer works outside the district (BJ-14-7)
    SUBJECT_MISMATCH = "subject_mismatch"                  # the appointment or record is another subject's
    SUBJECT_TYPE_MISMATCH = "subject_type_mismatch"        # the group is for another type of subject (BJ-14-5)
    GROUP_PLAN_MISSING = "group_plan_missing"              # activities follow the group's plan (BJ-14-5)
