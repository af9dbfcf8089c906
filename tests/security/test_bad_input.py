"""Bad input on the main intake forms (job-seeker registration, employer registration, vacancy submission):
malformed resident IDs, credit codes, phones and dates, negative and huge numbers, overlong text, wrong types,
and the same POST twice. Each is refused with a Chinese message naming the field, nothing is saved, and
nothing answers with a server error."""
import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from careerguide.employers.models import Employer
from careerguide.job_seekers.models import JobSeeker
from careerguide.vacancies.models import Vacancy
from careerguide.vacancies.tests.factories import at, content, make_agent, make_registered_employer

from .known_defects import INPUT_DEFECTS

pytestmark = pytest.mark.django_db

ID = "11010519491231002X"
CREDIT_CODE = "9111010552601815J2"   # a valid code (check character 2)
HUGE = "9" * 30
OVERLONG = "长" * 5000
NOW = at(2026, 3, 3)


def refused(response, label: str) -> None:
    """Shown again (never a 500), with the field's label beside a Chinese message."""
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    assert 'data-testid="form-errors"' in html
    assert f"<li>{label}：" in html, f"no message naming {label}"


def known(case_id: str):
    reason = INPUT_DEFECTS.get(case_id)
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


# ---- the three intake forms ------------------------------------------------------------------------------

def seeker_post(staff):
    return {"full_name": "李四", "id_number": ID, "phone": "13812345678", "unit": staff.s11_counsellor.unit_id}


def employer_post(staff):
    return {"name": "某物流有限公司", "credit_code": CREDIT_CODE, "contact_phone": "13812345678",
            "unit": staff.s11_officer.unit_id}


def vacancy_post(employer):
    data = content()
    data.update(valid_until="2026-05-01", work_district="", employer=employer.pk)
    return data


@pytest.fixture
def intake(request, city, staff):
    """(signed-in client, URL, a valid POST, the model it creates) of one intake form."""
    if request.param == "seeker":
        user, url, data, model = staff.s11_counsellor, reverse("job_seekers:create"), seeker_post(staff), JobSeeker
    elif request.param == "employer":
        user, url, data, model = staff.s11_officer, reverse("employers:create"), employer_post(staff), Employer
    else:
        employer = make_registered_employer(staff.s11_officer, city.s11)
        user, url, data, model = make_agent(employer), reverse("vacancy_portal:submit"), vacancy_post(employer), Vacancy
    client = Client()
    client.force_login(user)
    return client, url, data, model


CASES = {
    "seeker": [
        ("id_number", "123", "身份证号码"),
        ("id_number", "110105194912310021", "身份证号码"),          # wrong check digit
        ("id_number", "110105194902300024", "身份证号码"),          # 30 February
        ("id_number", "' OR 1=1 --", "身份证号码"),
        ("id_number", "", "身份证号码"),
        ("phone", "电话号码", "联系电话"),
        ("phone", "1" * 25, "联系电话"),
        ("collected_on", "2026-13-45", "采集日期"),
        ("collected_on", "昨天", "采集日期"),
        ("unemployed_since", "0000-00-00", "失业开始日期"),
        ("salary_min", "-5", "期望月薪下限（元）"),
        ("salary_min", HUGE, "期望月薪下限（元）"),
        ("salary_max", "abc", "期望月薪上限（元）"),
        ("full_name", OVERLONG, "姓名"),
        ("full_name", "", "姓名"),
        ("unit", "abc", "服务机构"),
        ("unit", "999999", "服务机构"),
        ("skill_level", "9", "职业技能等级（1级最高）"),
    ],
    "employer": [
        ("credit_code", "123", "统一社会信用代码"),
        ("credit_code", "9111010552601815J3", "统一社会信用代码"),      # wrong check character
        ("credit_code", "91110105MA0000000I", "统一社会信用代码"),      # a letter codes never use
        ("credit_code", "9111010552601815J2XYZ", "统一社会信用代码"),
        ("credit_code", "", "统一社会信用代码"),
        ("contact_phone", "电话", "联系电话"),
        ("contact_phone", "1" * 25, "联系电话"),
        ("name", OVERLONG, "单位名称"),
        ("name", "", "单位名称"),
        ("industry_code", "X" * 30, "所属行业代码"),
        ("unit", "abc", "服务机构"),
    ],
    "vacancy": [
        ("headcount", "-1", "招用人数"),
        ("headcount", "0", "招用人数"),
        ("headcount", HUGE, "招用人数"),
        ("headcount", "三个", "招用人数"),
        ("pay_min", "-100", "月劳动报酬下限（元）"),
        ("pay_min", HUGE, "月劳动报酬下限（元）"),
        ("pay_max", "1e309", "月劳动报酬上限（元）"),
        ("valid_until", "2026-02-30", "有效期至"),
        ("valid_until", "明年", "有效期至"),
        ("title", OVERLONG, "岗位名称"),
        ("title", "", "岗位名称"),
        ("pay_note", OVERLONG, "劳动报酬说明"),
        ("work_district", "abc", "工作地点（区）"),
    ],
}


@pytest.mark.parametrize("intake,field,value,label", [
    pytest.param(form, f, v, label, id=f"{form}-{f}-{i}", marks=known(f"{form}-{f}-{i}"))
    for form, cases in CASES.items() for i, (f, v, label) in enumerate(cases)], indirect=["intake"])
def test_intake_form_refuses(intake, field, value, label):
    client, url, data, model = intake
    before = model.objects.count()
    with time_machine.travel(NOW, tick=False):
        response = client.post(url, {**data, field: value})
    refused(response, label)
    assert model.objects.count() == before


@pytest.mark.parametrize("intake", ["seeker", "employer", pytest.param("vacancy", marks=known("vacancy-twice"))],
                         indirect=True)
def test_the_same_post_twice_makes_one_record(intake):
    """A double click: the second identical POST must not create a second record."""
    client, url, data, model = intake
    before = model.objects.count()
    with time_machine.travel(NOW, tick=False):
        first = client.post(url, data)
        second = client.post(url, data)
    assert first.status_code == 302 and second.status_code in (200, 302)
    assert model.objects.count() == before + 1


def test_job_seeker_registration_refuses_a_unit_outside_the_jurisdiction(client, city, staff):
    client.force_login(staff.s11_counsellor)
    response = client.post(reverse("job_seekers:create"), {**seeker_post(staff), "unit": city.d2.pk})
    refused(response, "服务机构")
    assert JobSeeker.objects.count() == 0
