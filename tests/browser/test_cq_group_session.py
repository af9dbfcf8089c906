"""Browser journey: a counsellor plans a policy-information group session, sees the materials deadline on the
working-day calendar, registers a participant and records the delivery (CQ-7.1.2-1, CQ-7.1.2-3)."""
import datetime as dt

import pytest
import time_machine
from playwright.sync_api import expect

from careerguide.accounts.tests.factories import PASSWORD
from careerguide.guidance.cq.tests.helpers import cq_staff  # noqa: F401  (the shared staff, qualified for CQ)
from careerguide.job_seekers.tests.helpers import at

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_counsellor_plans_session_and_records_delivery(page, live_server, city, staff):
    """CQ-7.1.2-1, CQ-7.1.2-2, CQ-7.1.2-3: a Wednesday session after the Dragon Boat holiday has its deadline on the
    Friday before; a delivery recorded on time shows in the participant list."""
    with time_machine.travel(at(dt.date(2024, 6, 3)), tick=True):
        page.goto(f"{live_server.url}/accounts/login/")
        page.get_by_label("用户名").fill("d1-counsellor")
        page.get_by_label("密码").fill(PASSWORD)
        page.get_by_role("button", name="登录").click()
        page.goto(f"{live_server.url}/guidance/cq/sessions/")
        page.get_by_label("主题").fill("就业补贴政策解读")
        page.get_by_label("活动日期").fill("2024-06-12")
        page.get_by_label("宣讲材料版本").fill("v2024-06")
        page.get_by_role("button", name="保存").click()
        page.get_by_role("link", name="就业补贴政策解读").click()
        expect(page.get_by_test_id("deadline")).to_have_text("2024-06-07")
        page.get_by_label("参加人员姓名").fill("谭小川")
        page.get_by_role("button", name="报名").click()
        expect(page.get_by_role("cell", name="谭小川")).to_be_visible()
        page.get_by_placeholder("送达方式").fill("电子邮件")
        page.get_by_role("button", name="记录送达").click()
        expect(page.get_by_text("已记录送达。")).to_be_visible()
        expect(page.get_by_role("cell", name="电子邮件", exact=False)).to_be_visible()
