"""Browser: an occupation is chosen by typing part of its Chinese name, on registration and on a vacancy form."""
import pytest
from playwright.sync_api import expect

from careerguide.job_seekers.models import JobSeeker

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
