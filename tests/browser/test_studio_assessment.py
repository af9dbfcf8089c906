"""Browser journey: the centre records a recognised studio's annual assessment on the studio's page; an
end-of-term evaluation marked excellent is refused in Chinese first (HN-11-3, HN-11-4, HN-11-21)."""
import pytest
from playwright.sync_api import expect

from careerguide.accounts.tests.factories import PASSWORD
from careerguide.studios.models import Assessment
from careerguide.studios.tests.factories import build_world
from careerguide.studios.tests.test_services import _confirmed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()


def test_annual_assessment_recorded_through_the_studio_page(page, live_server, city, staff):
    """HN-11-3: the result and opinion are shown on the studio's page; HN-11-4: a term-end evaluation has no
    "excellent"; HN-11-21: an unqualified result puts the studio under rectification."""
    studio = _confirmed(build_world(city, staff), staff)
    log_in(page, live_server, "city-admin")
    page.goto(f"{live_server.url}/studios/{studio.pk}/")
    page.get_by_test_id("actions").get_by_role("link", name="年度考核或期满评估").click()
    page.get_by_label("类别").select_option("term_end")
    page.get_by_label("规划期序号").fill("1")
    page.get_by_label("结果").select_option("excellent")
    page.get_by_label("考核日期").fill("2026-06-01")
    page.get_by_role("button", name="提交").click()
    expect(page.get_by_test_id("form-errors")).to_contain_text("期满评估结果为合格或不合格")
    assert not Assessment.objects.exists()
    page.get_by_label("类别").select_option("annual")
    page.get_by_label("规划期序号").fill("2025")
    page.get_by_label("结果").select_option("unqualified")
    page.get_by_label("考核日期").fill("2025-12-20")
    page.get_by_label("意见").fill("进园区活动不足，限期整改")
    page.get_by_role("button", name="提交").click()
    expect(page.get_by_test_id("assessments")).to_contain_text("进园区活动不足，限期整改")
    expect(page.get_by_test_id("actions").get_by_role("link", name="整改复查")).to_be_visible()
    assert Assessment.objects.get().result == "unqualified"
