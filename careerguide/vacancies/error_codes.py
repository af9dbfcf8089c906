"""Refusals of vacancy review, publication and job fairs that no other domain shares (BJ-38 to BJ-43).

Generic reasons (forbidden, required, invalid, duplicate, too early, …) use `CommonErrorCode`.
"""
from enum import StrEnum


class VacancyErrorCode(StrEnum):
    REAL_NAME_REQUIRED = "real_name_required"            # the agent's account is not real-name authenticated (BJ-39-3)
    EMPLOYER_NOT_VERIFIED = "employer_not_verified"      # the employer has not passed verification (BJ-35-3)
    NO_DEMAND_REGISTRATION = "no_demand_registration"    # no recruitment demand registration to review it (BJ-39-4)
    EMPLOYER_NOT_REGISTERED = "employer_not_registered"  # a fair takes verified, registered employers only (BJ-43-1)
    NOT_PUBLISHED = "not_published"                      # only reviewed, published postings (BJ-41-2, BJ-43-1)
    NOT_PREPUBLISHED = "not_prepublished"                # a fair is held only after pre-publication (BJ-43-2)
    SIGNUP_CLOSED = "signup_closed"                      # the fair takes no sign-ups now (BJ-43-3)
    FAIR_NOT_HELD = "fair_not_held"                      # attendees and outcomes are recorded after the fair (BJ-43-4)
    NOT_ONSITE = "not_onsite"                            # onsite registration only at an onsite fair (BJ-43-4)
