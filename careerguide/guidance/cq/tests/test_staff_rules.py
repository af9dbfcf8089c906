"""Staff qualification rules (CQ-4.6.1-3, CQ-4.6.1-5, CQ-4.6.1-6, CQ-4.6.1-7); boundaries on both sides."""
import datetime as dt

import pytest

from careerguide.guidance.cq.staff_rules import (
    StaffCertificate,
    guidance_staff_qualification,
    management_staff_qualification,
)

D = dt.date
ON = D(2024, 6, 3)
CERT = StaffCertificate("career_guidance", 4, "skill_level")


def qualify(**kw):
    base = dict(on=ON, education="bachelor", knowledge_attested=True, certificates=[CERT],
                consulting_periods=[(D(2021, 6, 3), None)], industry_periods=[(D(2019, 6, 3), None)],
                min_consulting_years=3, min_industry_years=5)
    return guidance_staff_qualification(**{**base, **kw})


def test_certificate_route_with_exact_years_and_overlap():
    """CQ-4.6.1-5, CQ-4.6.1-7: exactly 3 and 5 years qualify; one period counts for both kinds."""
    d = qualify()
    assert d.qualified and d.route == "certificate_and_experience"
    same = [(D(2019, 6, 3), None)]
    assert qualify(consulting_periods=same, industry_periods=same).qualified


def test_one_day_short_and_associate_degree_fail():
    """CQ-4.6.1-5, CQ-4.6.1-7: 大专 fails; 35 months and 29 leftover days fail (30 pooled days would make a
    month: a start on 5 June 2021 still reaches 36 months on 3 June 2024, a start on 6 June does not)."""
    assert "education_below_bachelor" in qualify(education="associate").reasons
    assert qualify(consulting_periods=[(D(2021, 6, 5), None)]).qualified
    short = qualify(consulting_periods=[(D(2021, 6, 6), None)])
    assert not short.qualified and "consulting_or_training_years_short" in short.reasons
    assert "no_valid_guidance_certificate" in qualify(certificates=[StaffCertificate("career_guidance", 5,
                                                                                        "qualification")]).reasons
    expired = StaffCertificate("career_guidance", 2, "qualification", valid_until=D(2024, 6, 2))
    assert not qualify(certificates=[expired]).qualified


def test_special_talent_replaces_certificate_and_experience_only():
    """CQ-4.6.1-6: needs a statement and the agency head's approval; the degree and knowledge still apply."""
    kw = dict(certificates=[], consulting_periods=[], industry_periods=[])
    assert not qualify(**kw, special_talent_statement="资深心理咨询专家", special_talent_approved=False).qualified
    d = qualify(**kw, special_talent_statement="资深心理咨询专家", special_talent_approved=True)
    assert d.qualified and d.route == "special_talent_exception"
    assert not qualify(**kw, education="associate", special_talent_statement="专家", special_talent_approved=True).qualified
    assert not qualify(**kw, knowledge_attested=False, special_talent_statement="专家",
                       special_talent_approved=True).qualified


def test_management_staff_three_years_inclusive():
    """CQ-4.6.1-3, CQ-4.6.1-7."""
    assert management_staff_qualification(on=ON, guidance_periods=[(D(2021, 6, 3), None)],
                                          competence_attested=True, min_years=3).qualified
    assert not management_staff_qualification(on=ON, guidance_periods=[(D(2021, 6, 6), None)],
                                              competence_attested=True, min_years=3).qualified
    assert not management_staff_qualification(on=ON, guidance_periods=[(D(2020, 1, 1), None)],
                                              competence_attested=False, min_years=3).qualified


@pytest.mark.django_db
def test_the_services_read_the_jurisdictions_years(city, staff):
    """CQ-4.6.1-3, CQ-4.6.1-5: the years come from the policy registry; a district may require more."""
    from careerguide.guidance.cq.services.staff import guidance_staff_check, management_staff_check
    from careerguide.policy.services import policy_override_create

    three_years = [(D(2021, 6, 3), None)]
    assert management_staff_check(unit=city.d1, on=ON, guidance_periods=three_years, competence_attested=True).qualified
    assert guidance_staff_check(unit=city.d1, on=ON, education="bachelor", knowledge_attested=True,
                                certificates=[CERT], consulting_periods=three_years,
                                industry_periods=[(D(2019, 6, 3), None)]).qualified
    policy_override_create(actor=staff.city_admin, key="cq.management_staff_min_years", unit=city.d1, value=4,
                           effective_from=ON, reason="本区从严", now=dt.datetime(2024, 6, 3, 9, tzinfo=dt.timezone.utc))
    stricter = management_staff_check(unit=city.d1, on=ON, guidance_periods=three_years, competence_attested=True)
    assert not stricter.qualified and stricter.reasons == ("guidance_years_short",)
    assert management_staff_check(unit=city.d2, on=ON, guidance_periods=three_years, competence_attested=True).qualified
