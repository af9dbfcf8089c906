"""Back-office routing of a front-desk request (前台综合受理，后台分类处理, BJ-5-9).  Pure: no Django import.

Each category names the back office that handles it: the role that works its queue and where that office is, the
agency serving the client (their street for a person, their serving agency for an employer), the district of
that agency, or the front desk itself when the request is answered there and then.
"""
from __future__ import annotations

from dataclasses import dataclass

AT_DESK, CLIENT_UNIT, CLIENT_DISTRICT = "desk", "client_unit", "client_district"


@dataclass(frozen=True)
class Route:
    role: str      # accounts.roles.Role value of the queue
    where: str     # AT_DESK, CLIENT_UNIT or CLIENT_DISTRICT


ROUTES: dict[str, Route] = {
    "policy_consultation": Route("counsellor", AT_DESK),
    "job_seeking": Route("counsellor", CLIENT_UNIT),
    "career_guidance": Route("counsellor", CLIENT_UNIT),
    "employment_assistance": Route("case_worker", CLIENT_UNIT),
    "training": Route("counsellor", CLIENT_DISTRICT),
    "recruitment": Route("account_officer", CLIENT_UNIT),
    "employer_verification": Route("account_officer", CLIENT_UNIT),
    "complaint": Route("unit_head", CLIENT_DISTRICT),
}
PERSON_CATEGORIES = frozenset({"policy_consultation", "job_seeking", "career_guidance", "employment_assistance",
                               "training", "complaint"})
EMPLOYER_CATEGORIES = frozenset({"policy_consultation", "recruitment", "employer_verification", "training", "complaint"})


def route_for(category: str) -> Route:
    try:
        return ROUTES[category]
    except KeyError:
        raise ValueError(f"unknown request category {category!r}") from None


def category_fits_client(*, category: str, client_kind: str) -> bool:
    """A person's requests and an employer's requests go to different back offices."""
    return category in (PERSON_CATEGORIES if client_kind == "person" else EMPLOYER_CATEGORIES)
