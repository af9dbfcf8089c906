"""Places are named for the area an agency serves, and the city is named once."""
import pytest

from careerguide.organisations.naming import address_in, area_name


@pytest.mark.parametrize("unit, area", [
    ("东湖区公共就业服务中心", "东湖区"),
    ("经济技术开发区就业服务中心", "经济技术开发区"),
    ("东湖区滨江街道社会保障事务所", "东湖区滨江街道"),
    ("滨江街道望湖社区就业服务站", "滨江街道望湖社区"),
    ("示范市公共就业服务中心", "示范市"),
    ("甲区一街道", "甲区一街道"),
])
def test_area_name(unit, area):
    assert area_name(unit) == area


def test_address_names_the_city_once():
    assert address_in("示范市", "示范市", "服务大厅") == "示范市服务大厅"
    assert address_in("示范市", "东湖区", "服务大厅") == "示范市东湖区服务大厅"


@pytest.mark.django_db
def test_city_name_and_district_choices_name_places(city):
    from careerguide.job_seekers.forms import JobSeekerCreateForm
    from careerguide.organisations.selectors import city_name

    assert city_name() == "测试市"
    form = JobSeekerCreateForm()
    labels = [label for _value, label in form.fields["habitual_district"].choices if _value]
    assert labels and not any("服务中心" in str(label) for label in labels)
    assert "甲区" in [str(label) for label in labels]
