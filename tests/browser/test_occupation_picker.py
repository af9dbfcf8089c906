"""Browser: an occupation is chosen by typing part of its Chinese name, on registration, on the posting form and
on the occupation analysis report."""
import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.job_seekers.models import JobSeeker
from careerguide.vacancies.models import Vacancy
from careerguide.vacancies.tests.factories import make_agent, make_registered_employer
from careerguide.workdays.services import calendar_years_seed_from_package

from .test_shell import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _classification():
    """Transactional tests start from flushed tables: load the classification again."""
    from careerguide.occupations.services import occupations_seed_defaults

    occupations_seed_defaults()


def test_counsellor_chooses_the_sought_occupation_by_typing_part_of_its_name(page, live_server, city, staff):
    log_in(page, live_server, "s11-counsellor")
    page.goto(f"{live_server.url}/job-seekers/new/")
    page.get_by_label("姓名").fill("钱小川")
    page.get_by_label("身份证号码").fill("11010519491231002X")
    page.get_by_label("联系电话").fill("13812345678")
    field = page.get_by_label("求职职业")
    field.press_sequentially("仓库")
    option = page.get_by_role("option", name="仓库管理员")
    expect(option).to_be_visible()
    option.click()
    expect(field).to_have_value("4-02-02-01")
    expect(page.get_by_test_id("occupation-chosen-sought_occupation_code")).to_have_text("4-02-02-01 仓库管理员")
    page.get_by_role("button", name="保存").click()
    expect(page.locator("h1")).to_have_text("钱小川")
    assert JobSeeker.objects.get(full_name="钱小川").sought_occupation.name == "仓库管理员"


def test_code_typed_finds_the_occupation_too(page, live_server, city, staff):
    log_in(page, live_server, "s11-counsellor")
    page.goto(f"{live_server.url}/job-seekers/new/")
    page.get_by_label("求职职业").press_sequentially("2-02-10")
    expect(page.get_by_role("option", name="软件开发工程技术人员")).to_be_visible()


def test_analyst_chooses_the_occupation_of_an_analysis_report_by_typing_part_of_its_name(page, live_server, city,
                                                                                          staff):
    """The occupation analysis report (BJ-52-1) names its occupation through the picker, not a typed code."""
    make_user("d1-analyst", city.d1, [Role.ANALYST], full_name="甲区分析员")
    log_in(page, live_server, "d1-analyst")
    page.goto(f"{live_server.url}/labour-market/analysis/")
    page.get_by_text("编写新报告").click()
    page.get_by_label("报告类型").select_option(label="职业分析报告")
    field = page.get_by_label("职业（职业分析报告）")
    field.press_sequentially("仓库")
    page.get_by_role("option", name="仓库管理员").click()
    expect(field).to_have_value("4-02-02-01")
    page.get_by_label("统计期起").fill("2026-01-01")
    page.get_by_label("统计期止").fill("2026-03-31")
    for label, text in (("工作内容", "负责仓储物资的收发与保管。"), ("技能要求", "叉车操作。"), ("知识要求", "物流管理知识。"),
                        ("职业兴趣", "实际型。")):
        page.get_by_label(label).fill(text)
    page.get_by_role("button", name="生成报告").click()
    expect(page.locator("h1")).to_have_text("仓库管理员职业分析报告")


def test_agent_chooses_the_occupation_of_a_posting_by_typing_part_of_its_name(page, live_server, city, staff):
    """On the online posting form the occupation is picked from the classification and its name fills the
    occupation field; the submitted version carries the code and the name."""
    calendar_years_seed_from_package()
    employer = make_registered_employer(staff.s11_officer, city.s11)
    make_agent(employer, "agent-picker")
    log_in(page, live_server, "agent-picker")
    page.goto(f"{live_server.url}/me/vacancies/new/")
    field = page.get_by_label("职业代码")
    field.press_sequentially("仓库")
    page.get_by_role("option", name="仓库管理员").click()
    expect(field).to_have_value("4-02-02-01")
    expect(page.get_by_label("职业", exact=True)).to_have_value("仓库管理员")
    valid_until = (timezone.localdate() + dt.timedelta(days=30)).isoformat()
    for label, value in {"岗位名称": "仓库理货员", "用人单位基本情况": "区内物流企业。", "招用人数": "2",
                         "工作内容": "负责货物理货。", "招录条件": "高中以上学历。", "月劳动报酬下限（元）": "5500",
                         "福利待遇": "包工作餐。", "社会保险": "五险一金。", "有效期至": valid_until}.items():
        page.get_by_label(label).fill(value)
    page.get_by_role("button", name="提交审核").click()
    expect(page.get_by_test_id("status")).to_have_text("待审核")
    expect(page.locator("body")).to_contain_text("仓库管理员")
    version = Vacancy.objects.get(employer=employer).versions.get()
    assert (version.occupation_code, version.occupation_name) == ("4-02-02-01", "仓库管理员")
