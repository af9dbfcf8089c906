"""The occupation picker: suggestions by part of the Chinese name or by code, on every form asking for one."""
import pytest
from django.urls import reverse

from careerguide.job_seekers.forms import IntentionsForm, JobSeekerCreateForm
from careerguide.occupations.widgets import OccupationPicker
from careerguide.vacancies.forms import VacancyForm

pytestmark = pytest.mark.django_db


def test_forms_asking_for_an_occupation_use_the_picker():
    fields = [JobSeekerCreateForm.base_fields["sought_occupation_code"], JobSeekerCreateForm.base_fields["last_occupation_code"],
              IntentionsForm.base_fields["sought_occupation_code"], VacancyForm.base_fields["occupation_code"]]
    assert all(isinstance(field.widget, OccupationPicker) for field in fields)


def test_suggestions_by_name_and_by_code(client, staff):
    client.force_login(staff.s11_counsellor)
    by_name = client.get(reverse("occupations:pick"), {"field": "sought_occupation_code", "sought_occupation_code": "仓库"})
    assert 'data-occupation-code="4-02-02-01"' in by_name.content.decode()
    by_code = client.get(reverse("occupations:pick"), {"q": "4-02-02"}).content.decode()
    assert "仓库管理员" in by_code and "软件" not in by_code
    nothing = client.get(reverse("occupations:pick"), {"q": "不存在的职业"}).content.decode()
    assert "没有符合的职业" in nothing and "data-occupation-code" not in nothing


def test_suggestions_need_a_signed_in_user(client):
    assert client.get(reverse("occupations:pick"), {"q": "仓库"}).status_code == 302
