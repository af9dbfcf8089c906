"""Browser journey: the public notice page shows the proposed studio; staff open the studio list."""
import datetime as dt

import pytest
from playwright.sync_api import expect

from careerguide.accounts.tests.factories import PASSWORD
from careerguide.studios.services import notice, review
from careerguide.studios.tests.factories import bring_to_review, build_world, make_application, vote

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_public_notice_and_staff_list(page, live_server, city, staff):
    """HN-6-13: the public notice lists the proposed studio name, host unit and lead master; HN-6-20 the generated name."""
    world = build_world(city, staff)
    app = bring_to_review(world, staff, make_application(world))
    review.voting_open(actor=staff.city_admin, round=world.round)
    vote(world, staff, app, 6)
    review.voting_close(actor=staff.city_admin, round=world.round)
    app.refresh_from_db()
    notice.notice_publish(actor=staff.city_admin, application=app, published_on=dt.date(2024, 7, 1))

    page.goto(f"{live_server.url}/public/studios/notices/")
    rows = page.get_by_test_id("notices")
    expect(rows).to_contain_text("陈立衡职业指导大师工作室")
    expect(rows).to_contain_text("甲区公共就业服务中心")
    expect(rows).to_contain_text("2024-07-08 24:00")

    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill("d1-head")
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.goto(f"{live_server.url}/studios/")
    expect(page.get_by_test_id("applications")).to_contain_text("公示中")
