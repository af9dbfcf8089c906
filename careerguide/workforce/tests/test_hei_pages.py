"""HEI pages: the student career-planning competition run through its pages with the coverage report (SD-14-1,
SD-14-3) and a course-plan segment refused on the page (SD-13-4).  A refused form saves nothing."""
import pytest

from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.services import unit_create
from careerguide.workforce.models import CompetitionRegistration, CoursePlan, CourseSegment, StudentCompetition
from careerguide.workforce.services import register

pytestmark = pytest.mark.django_db


@pytest.fixture
def university(city, staff):
    unit = unit_create(actor=None, name="某职业技术大学", code="T-U1", level=UnitLevel.STREET, parent=city.d1)
    register.organisation_profile_set(actor=staff.city_admin, unit=unit, org_type="hei", enrolled_students=4000)
    return unit


def test_competition_run_on_its_pages(client, city, staff, university):
    """SD-14-1 (registration only once the edition is open), SD-14-3 (the registrations per HEI on the page)."""
    client.force_login(staff.city_admin)
    client.post("/workforce/hei/do/competition/", {"year": "2026", "title": "2026年大学生职业规划大赛"})
    edition = StudentCompetition.objects.get()
    student = {"hei": university.pk, "student_name": "李同学", "student_number": "2024001", "study_level": "benke",
               "year_of_study": "2", "programme_years": "4", "enrolled": "on"}
    url = f"/workforce/hei/competitions/{edition.pk}/do/register/"
    page = client.post(url, student).content.decode()
    assert "未保存任何信息" in page and not CompetitionRegistration.objects.exists()
    client.post(f"/workforce/hei/competitions/{edition.pk}/do/advance/", {"to": "registration_open"})
    client.post(url, student)
    assert CompetitionRegistration.objects.count() == 1
    page = client.get(f"/workforce/hei/competitions/{edition.pk}/").content.decode()
    assert "某职业技术大学" in page and "报名1人" in page


def test_course_segment_refused_on_the_page(client, city, staff, university):
    """SD-13-4: a segment beyond the programme's years is refused in Chinese and nothing is saved."""
    client.force_login(staff.city_admin)
    client.post("/workforce/hei/do/plan/", {"hei": university.pk, "academic_year": "2026", "title": "职业发展与就业指导",
                                            "course_status": "required", "programme_years": "3",
                                            "delivery_mode": "blended"})
    plan = CoursePlan.objects.get()
    page = client.post(f"/workforce/hei/plans/{plan.pk}/do/segment/", {"year_of_study": "4", "title": "超出学制",
                                                                       "credits": "1"}).content.decode()
    assert "未保存任何信息" in page and not CourseSegment.objects.exists()
    client.post(f"/workforce/hei/plans/{plan.pk}/do/segment/", {"year_of_study": "1", "title": "生涯规划", "credits": "1"})
    assert CourseSegment.objects.get().year_of_study == 1
