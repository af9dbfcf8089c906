"""Browser journey: an employer agent registers online, sees every defect of a failed check, corrects and
resubmits, and sees the verified result (BJ-34-1, BJ-35-3, BJ-5-7)."""
import random

import pytest
from playwright.sync_api import expect

from careerguide.accounts.roles import UserKind
from careerguide.accounts.tests.factories import PASSWORD, make_user
from careerguide.common.demo import synthetic_resident_id, synthetic_uscc
from careerguide.employers.models import EmployerVerification
from careerguide.employers.services.verification import employer_verification_review
from careerguide.workdays.services import calendar_years_seed_from_package

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()


def test_agent_registers_sees_defects_and_resubmits(page, live_server, city, staff):
    calendar_years_seed_from_package()
    rng = random.Random(7)
    make_user("agent-browser", None, (), kind=UserKind.EMPLOYER_AGENT, full_name="经办人丁")
    log_in(page, live_server, "agent-browser")
    page.goto(f"{live_server.url}/me/employer/")
    page.get_by_role("link", name="登记用人单位").click()
    page.get_by_label("单位名称").fill("浏览器测试有限公司")
    page.get_by_label("统一社会信用代码").fill(synthetic_uscc(rng))
    page.get_by_label("办理机构").select_option(label="甲区一街道")
    page.get_by_role("button", name="提交").click()
    expect(page.get_by_test_id("status")).to_have_text("待核验")

    page.get_by_role("link", name="提交资格核验材料").click()
    page.get_by_label("证照类型").select_option(label="工商营业执照")
    page.get_by_label("证照号码").fill("N-1")
    page.get_by_label("证照有效期至", exact=True).fill("2030-12-31")
    page.get_by_label("经办人姓名").fill("经办人丁")
    page.get_by_label("经办人身份证号码").fill(synthetic_resident_id(rng))
    page.get_by_role("button", name="提交").click()
    expect(page.get_by_test_id("latest")).to_contain_text("待审核")

    verification = EmployerVerification.objects.get()
    employer_verification_review(actor=staff.s11_officer, verification=verification, data_source="shared_data",
                                 manual_defects=["licence_data_mismatch"])
    page.reload()
    notice = page.get_by_test_id("notice")
    expect(notice).to_contain_text("缺少经办人的授权委托书")
    expect(notice).to_contain_text("证照信息与信息资源共享数据（或原件）不一致")

    page.get_by_role("link", name="补正后重新提交").click()
    page.get_by_label("授权委托书编号").fill("委托-1")
    page.get_by_role("button", name="提交").click()
    second = EmployerVerification.objects.get(round=2)
    employer_verification_review(actor=staff.s11_officer, verification=second, data_source="shared_data")
    page.reload()
    expect(page.get_by_test_id("status")).to_have_text("已核验")
