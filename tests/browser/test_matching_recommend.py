"""Browser journey: a counsellor recommends a matching vacancy with the person's consent and records the hire."""
import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from careerguide.accounts.tests.factories import PASSWORD
from careerguide.job_seekers.models import JobSeeker
from careerguide.matching.tests.factories import published_vacancy, ready_job_seeker
from careerguide.occupations.services import occupations_seed_defaults

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, username):
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()


def test_counsellor_recommends_with_consent_and_records_the_hire(page, live_server, city, staff):
    """BJ-15-2, BJ-15-4, BJ-16-1, BJ-16-2: explained suggestion, consent recorded, hire archives the person."""
    occupations_seed_defaults()  # transactional tests start from flushed tables
    now = timezone.now()
    seeker = ready_job_seeker(staff, city, now=now)
    published_vacancy(staff, city, now=now, valid_until=timezone.localdate(now) + dt.timedelta(days=30))

    log_in(page, live_server, "s11-counsellor")
    page.goto(f"{live_server.url}/matching/job-seekers/{seeker.pk}/")
    suggestion = page.get_by_test_id("suggestion").first
    expect(suggestion).to_contain_text("仓库分拣员")
    expect(suggestion.locator("[data-criterion=occupation]")).to_contain_text("职业相同")
    suggestion.get_by_label("本人同意方式").select_option("in_person")
    suggestion.get_by_role("button", name="推荐此岗位").click()
    expect(page.get_by_test_id("status")).to_have_text("待反馈")

    page.get_by_label("推荐结果").select_option("hired")
    page.get_by_role("button", name="保存结果").click()  # a hire needs its start date (BJ-16-2)
    expect(page.locator("main")).to_contain_text("登记录用须填写上岗日期")
    expect(page.get_by_test_id("status")).to_have_text("待反馈")
    page.get_by_label("推荐结果").select_option("hired")
    page.get_by_label("上岗日期（录用时填写）").fill(timezone.localdate().isoformat())
    page.get_by_role("button", name="保存结果").click()
    expect(page.get_by_test_id("status")).to_have_text("已录用")
    assert JobSeeker.objects.get(pk=seeker.pk).status == "archived"
