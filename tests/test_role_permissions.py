"""What each staff role permits, checked on the permission predicates every page and API operation uses."""
import pytest

from careerguide.accounts import permissions as p
from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.guidance.permissions import can_give_guidance
from careerguide.job_seekers.permissions import can_grade_job_seekers
from careerguide.labour_market.permissions import can_analyse_labour_market, can_publish_market_report
from careerguide.matching.permissions import can_recommend_candidates, can_recommend_vacancies, can_record_outcomes

pytestmark = pytest.mark.django_db


def test_guidance_officer_role(city):
    """BJ-62-1: the guidance-officer role permits consultation and guidance for job seekers, assistance work,
    hiring guidance for employers, and information look-up and matching for both sides; it does not permit
    administering the city."""
    officer = make_user("role-counsellor", city.s11, [Role.COUNSELLOR])
    allowed = [p.can_manage_job_seekers, can_give_guidance, can_grade_job_seekers, p.can_manage_employers,
               can_recommend_vacancies, can_recommend_candidates, can_record_outcomes, p.can_reveal_personal_data]
    assert [check(officer) for check in allowed] == [True] * len(allowed)
    assert (p.is_city_admin(officer), p.can_manage_units(officer)) == (False, False)


def test_analyst_role(city):
    """BJ-65-1: the information-analyst role collects, analyses and publishes HR-market information (statistics and
    reports) and supports guidance officers with look-ups; it does no case work on persons: it cannot register or
    grade job seekers, give guidance, recommend, or see full personal data."""
    analyst = make_user("role-analyst", city.city, [Role.ANALYST])
    assert can_analyse_labour_market(analyst) and can_publish_market_report(analyst)
    counsellor = make_user("role-counsellor-2", city.s11, [Role.COUNSELLOR])
    assert not can_publish_market_report(counsellor)
    denied = [p.can_manage_job_seekers, can_give_guidance, can_grade_job_seekers, can_recommend_vacancies,
              can_recommend_candidates, p.can_reveal_personal_data]
    assert [check(analyst) for check in denied] == [False] * len(denied)
    assert p.is_staff(analyst) and p.can_view_job_seekers(analyst)  # read-only look-up for analysis support
