"""Whether a person qualifies for one of the two CQ staff roles, with the jurisdiction's experience years
(CQ-4.6.1-3, CQ-4.6.1-5 to CQ-4.6.1-7): the policy numbers are read here and passed into the pure rules."""
from __future__ import annotations

import datetime as dt

from careerguide.common.services import policy_number

from ..staff_rules import Decision, Periods, guidance_staff_qualification, management_staff_qualification


def guidance_staff_check(*, unit, on: dt.date, education: str, knowledge_attested: bool, certificates,
                         consulting_periods: Periods, industry_periods: Periods, special_talent_statement: str = "",
                         special_talent_approved: bool = False) -> Decision:
    """CQ-4.6.1-5, CQ-4.6.1-6, CQ-4.6.1-7 for a guidance-staff member of `unit`."""
    return guidance_staff_qualification(
        on=on, education=education, knowledge_attested=knowledge_attested, certificates=certificates,
        consulting_periods=consulting_periods, industry_periods=industry_periods,
        special_talent_statement=special_talent_statement, special_talent_approved=special_talent_approved,
        min_consulting_years=policy_number("cq.guidance_staff_min_consulting_years", unit=unit, on=on),
        min_industry_years=policy_number("cq.guidance_staff_min_industry_years", unit=unit, on=on))


def management_staff_check(*, unit, on: dt.date, guidance_periods: Periods, competence_attested: bool) -> Decision:
    """CQ-4.6.1-3, CQ-4.6.1-7 for a management-staff member of `unit`."""
    return management_staff_qualification(
        on=on, guidance_periods=guidance_periods, competence_attested=competence_attested,
        min_years=policy_number("cq.management_staff_min_years", unit=unit, on=on))
