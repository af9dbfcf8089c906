"""Browser journey: an applicant enters the expert-team application (Annex 1) through its page, is refused in
Chinese for a practice case without its method with nothing saved, then saves and submits it to the district
agency (CZ-A1-1, CZ-A1-8, CZ-6-8)."""
import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from careerguide.accounts.tests.factories import PASSWORD
from careerguide.experts.models import Application
from careerguide.experts.services import applications, lookups
from careerguide.experts.tests.factories import make_applicant, resident_id

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
DECLARATIONS = ["conditions", "volunteer", "health", "truthful", "confidentiality", "processing", "publication"]
PDF = {"mimeType": "application/pdf", "buffer": b"%PDF-1.4 demo"}


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()


def _fill(page, values: dict):
    for name, value in values.items():
        page.locator(f"[name='{name}']").fill(value)


def _attach(page):
    for name in ("resume", "achievements", "cases_file", "unit_opinion"):
        page.locator(f"[name='{name}']").set_input_files({"name": f"{name}.pdf", **PDF})


def test_expert_application_entered_through_its_page(page, live_server, city, staff):
    """CZ-A1-1: the one Annex 1 form; CZ-A1-8: a practice case needs background, method and outcome; CZ-6-8: the
    self-nomination goes to the agency of the home district once submitted."""
    lookups.lookups_seed_defaults(actor=staff.city_admin)
    today = timezone.localdate()
    applications.round_create(actor=staff.city_admin, title=f"{today.year}年职业指导专家申报", open_date=today,
                              closing_date=today + dt.timedelta(days=3), early_reason="补充专家")
    make_applicant()
    log_in(page, live_server, "applicant-1")
    page.goto(f"{live_server.url}/public/experts/apply/")
    expect(page.get_by_test_id("form-title")).to_be_visible()
    page.locator("[name='round']").select_option(index=1)
    _fill(page, {"name": "林知远", "id_number": resident_id(), "phone": "13900001111", "email": "lin@example.cn",
                 "work_unit": "常州某职业技术学院", "position": "就业指导中心主任", "expertise": "职业生涯规划",
                 "unit_opinion_signer": "王院长", "unit_opinion_on": "2025-09-01",
                 "work-0-unit_name": "常州某职业技术学院", "work-0-start": "2010-01-01",
                 "cases-0-title": "毕业生求职焦虑", "cases-0-background": "应届生求职受挫", "cases-0-outcome": "顺利签约"})
    page.locator("[name='gender']").select_option("male")
    page.locator("[name='unit_type']").select_option("university")
    page.locator("[name='work-0-unit_type']").select_option("university")
    page.locator("[name='work-0-work_field']").select_option("education_training")
    page.locator("[name='home_district']").select_option(label=city.d2.name)
    page.locator("[name='categories'][value='C2']").check()
    for value in DECLARATIONS:
        page.locator(f"[name='declarations'][value='{value}']").check()
    _attach(page)
    page.get_by_role("button", name="保存申报表").click()
    expect(page.get_by_test_id("form-errors")).to_contain_text("未保存任何信息")
    expect(page.locator("body")).to_contain_text("指导方法")
    assert not Application.objects.exists()
    _fill(page, {"cases-0-method": "生涯咨询与模拟面试"})
    _attach(page)
    page.get_by_role("button", name="保存申报表").click()
    expect(page.locator("body")).to_contain_text("顺利签约")
    page.get_by_role("button", name="提交申报").click()
    expect(page.locator("body")).to_contain_text("已提交")
    app = Application.objects.get()
    assert (app.status, app.receiving_unit, app.practice_cases.get().method) == (
        "submitted_to_agency", city.d2, "生涯咨询与模拟面试")
