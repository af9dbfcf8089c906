"""Jurisdiction scoping of selectors, pages and the API (BJ-4-1, BJ-4-2, BJ-4-3, BJ-4-4)."""
import pytest

from careerguide.common.errors import DomainError, NotFound
from careerguide.employers.selectors import employer_list
from careerguide.job_seekers.selectors import job_seeker_get, job_seeker_list
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.models import Unit
from careerguide.organisations.selectors import unit_list
from careerguide.organisations.services import unit_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def seekers(city, staff):
    return {
        "s11": make_job_seeker(staff.s11_counsellor, city.s11),
        "k111": make_job_seeker(staff.k111_assistant, city.k111),
        "s12": make_job_seeker(staff.s12_caseworker, city.s12),
        "s21": make_job_seeker(staff.d2_counsellor, city.s21),
    }


def visible(actor):
    return set(job_seeker_list(actor=actor).values_list("unit__code", flat=True))


def test_city_sees_every_agency(staff, seekers):
    """BJ-4-2: city users read the data of every agency."""
    assert visible(staff.city_admin) == {"T-S11", "T-K111", "T-S12", "T-S21"}


def test_district_sees_its_own_subtree_only(staff, seekers):
    """BJ-4-3: a district sees every agency inside its district and nothing of another district."""
    assert visible(staff.d1_counsellor) == {"T-S11", "T-K111", "T-S12"}
    assert visible(staff.d2_counsellor) == {"T-S21"}


def test_street_sees_itself_and_its_community_stations(staff, seekers):
    """BJ-4-4: a street/township serves persons in its own jurisdiction, community stations included."""
    assert visible(staff.s11_counsellor) == {"T-S11", "T-K111"}
    assert visible(staff.s12_caseworker) == {"T-S12"}
    assert visible(staff.k111_assistant) == {"T-K111"}


def test_out_of_scope_get_is_not_found(staff, seekers):
    """BJ-4-3: another district's record is invisible; the selector raises NotFound, never a refusal that confirms it exists."""
    with pytest.raises(NotFound):
        job_seeker_get(actor=staff.d2_counsellor, pk=seekers["s11"].pk)
    assert job_seeker_get(actor=staff.d1_counsellor, pk=seekers["s11"].pk) == seekers["s11"]


def test_portal_users_and_inactive_staff_see_nothing(staff, seekers):
    """BJ-51-2: access is limited to users of the serving agency and its supervising levels."""
    assert visible(staff.seeker_user) == set()
    staff.city_admin.is_active = False
    assert visible(staff.city_admin) == set()
    assert employer_list(actor=None).count() == 0


def test_unit_list_is_scoped(staff):
    """BJ-4-1: the unit tree; each user sees the units of their own subtree."""
    assert set(unit_list(actor=staff.d1_counsellor).values_list("code", flat=True)) == {"T-D1", "T-S11", "T-S12", "T-K111"}
    assert unit_list(actor=staff.city_admin).count() == Unit.objects.count() == 7


def test_unit_levels_must_nest(city):
    """BJ-4-1: every agency has a level and a parent one level up; the development area is district-level."""
    with pytest.raises(DomainError):
        unit_create(actor=None, name="错层社区", code="X1", level=UnitLevel.COMMUNITY, parent=city.d1)
    with pytest.raises(DomainError):
        unit_create(actor=None, name="第二个市", code="X2", level=UnitLevel.CITY, parent=city.city)
    with pytest.raises(DomainError):
        unit_create(actor=None, name="街道级开发区", code="X3", level=UnitLevel.STREET, parent=city.d1, is_development_area=True)
    assert not Unit.objects.filter(code__in=["X1", "X2", "X3"]).exists()
    assert city.d2.is_development_area and city.d2.level == UnitLevel.DISTRICT
    assert city.k111.path == f"{city.city.path}{city.d1.pk}/{city.s11.pk}/{city.k111.pk}/"
    assert city.k111.district == city.d1
