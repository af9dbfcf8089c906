"""Browser journeys of the CQ process: a worker case through the six steps, referred with consent and its
satisfaction recorded; a case opened from a booking; the assessment report PDF downloaded."""
import datetime as dt
import re

import pytest
import time_machine
from playwright.sync_api import expect

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import PASSWORD, make_user
from careerguide.assessments.services import (
    administration_record,
    instrument_publish,
    plan_agree,
    plan_propose,
    report_finalise,
)
from careerguide.guidance.cq.services.cases import plan_reviews_start
from careerguide.guidance.cq.tests.helpers import cq_staff, qualify_guidance_staff  # noqa: F401
from careerguide.guidance.services import appointment_assign, appointment_request
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.job_seekers.tests.helpers import at

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
DAY = dt.date(2024, 6, 3)


def login(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()


def field(page, label):
    """The control of a form label, required (marked *) or not."""
    return page.get_by_label(re.compile(rf"^\s*{re.escape(label)}(\s*\*)?\s*$"))


def step(page, title, fields=(), button="保存", checks=(), selects=()):
    """Open a step from the case page, fill it in and submit; back on the case page."""
    page.get_by_test_id("steps").get_by_role("link", name=title, exact=True).click()
    for label, value in fields:
        field(page, label).fill(value)
    for label, value in selects:
        field(page, label).select_option(value)
    for label in checks:
        field(page, label).check()
    page.get_by_role("button", name=button).click()
    expect(page.get_by_test_id("case-status")).to_be_visible()


def record_service(page, day, summary, goal):
    step(page, "记录指导服务", fields=[("日期", day), ("摘要", summary)],
         selects=[("服务方式", "offline"), ("服务类型", "job_search_guidance")], checks=[goal])


def plan(page, day, end, goal):
    step(page, "制定就业计划", fields=[("目标", goal), ("目标职业或岗位", "超市收银员"), ("行动（求职活动、职业介绍服务、培训等）", "每周投递10份简历"),
                                 ("开始日期", day), ("结束日期", end)])
    page.get_by_test_id("steps").get_by_role("link", name="劳动者同意就业计划").click()
    field(page, "就业计划版本").select_option(index=1)
    field(page, "同意方式").select_option("signature")
    page.get_by_role("button", name="保存").click()
    expect(page.get_by_test_id("case-status")).to_have_text("跟进就业计划")


def six_steps(page, live_server, seeker):
    page.goto(f"{live_server.url}/guidance/cq/cases/new/")
    field(page, "服务对象类别").select_option("worker")
    field(page, "服务对象编号").fill(str(seeker.pk))
    field(page, "咨询主题").fill("想找收银工作")
    field(page, "希望的服务方式").select_option("offline")
    page.get_by_role("button", name="保存").click()
    expect(page.get_by_test_id("case-status")).to_have_text("已预约登记")
    step(page, "开始搜集职业信息", button="开始")
    step(page, "搜集职业信息", fields=[("基本情况", "高中毕业"), ("工作经验", "餐饮服务2年"), ("求职意向", "超市收银"),
                                  ("求职困惑", "不会写简历")])
    step(page, "进入分析需求", button="确认职业信息已齐全")
    expect(page.get_by_test_id("case-status")).to_have_text("分析需求")
    step(page, "分析需求", fields=[("求职指导：需求理由", "缺乏求职方法")])
    step(page, "与劳动者确认指导目标", fields=[("指导目标", "一个月内找到收银工作")], selects=[("确认方式", "signature")])
    expect(page.get_by_test_id("case-status")).to_have_text("开展职业指导与服务")
    record_service(page, "2024-06-03", "讲解简历写法", "一个月内找到收银工作")
    step(page, "进入制定就业计划", button="确认")
    plan(page, "2024-06-03", "2024-06-04", "一个月内就业")
    step(page, "跟进就业计划", fields=[("日期", "2024-06-03"), ("执行情况：每周投递10份简历", "已投递3份"),
                                  ("调整内容", "增加线上投递")], selects=[("调整对象", "job_search_activity")])
    expect(page.get_by_test_id("plans")).to_contain_text("增加线上投递")


def test_a_counsellor_takes_a_worker_case_through_six_steps_refers_it_and_satisfaction_is_recorded(
        page, live_server, city, staff):
    """CQ-6.1-1, CQ-6.1.6-2, CQ-6.1.6-3, CQ-8.1-1, CQ-8.1.2-2, CQ-9.2.1-4: registration, career information, needs
    and goals, services, an agreed plan and its follow-up, the joint review after the plan ended and a revised plan;
    then a referral with the worker's consent handed over to a colleague, and satisfaction entered by the head."""
    receiver = make_user("d1-counsellor-r", city.d1, [Role.COUNSELLOR], full_name="甲区指导员戊")
    qualify_guidance_staff(receiver, by=staff.city_admin)
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name="卓文君")
    with time_machine.travel(at(DAY), tick=True):
        login(page, live_server, "d1-counsellor")
        six_steps(page, live_server, seeker)
        case_url = page.url
    plan_reviews_start(now=at(dt.date(2024, 6, 5), 6))  # the daily job, the day after the plan ended
    with time_machine.travel(at(dt.date(2024, 6, 5)), tick=True):
        login(page, live_server, "d1-counsellor")  # two days on, the session has timed out
        page.goto(case_url)
        expect(page.get_by_test_id("case-status")).to_have_text("共同研究分析")
        step(page, "共同研究分析", fields=[("日期", "2024-06-05"), ("参与的劳动者", "卓文君"), ("共同研究分析的问题", "投递数量不足")],
             selects=[("服务方式", "offline"), ("结论", "revise")])
        record_service(page, "2024-06-05", "再指导：拓宽求职渠道", "一个月内找到收银工作")
        expect(page.get_by_test_id("records")).to_contain_text("再指导服务")
        plan(page, "2024-06-05", "2024-07-05", "两个月内就业")
        step(page, "发起个案转介", fields=[("情况说明", "需要心理疏导，由擅长的同事接手")],
             selects=[("转介情形", "counsellor_unable"), ("接受转介的职业指导人员", str(receiver.pk))])
        step(page, "向劳动者说明转介原因", fields=[("说明日期", "2024-06-05"), ("向劳动者说明的转介原因", "同事更擅长")],
             selects=[("说明方式", "offline")])
        step(page, "记录劳动者是否同意转介", selects=[("劳动者的意愿", "yes"), ("确认方式", "signature")])
        page.get_by_test_id("steps").get_by_role("link", name="填写个案转介表").click()
        for area in page.locator("textarea").all():
            area.fill("已详细填写")
        page.get_by_role("button", name="保存").click()
        page.get_by_test_id("steps").get_by_role("link", name="移交个案", exact=True).click()
        page.get_by_role("button", name="确认移交转介表及指导记录").click()
        expect(page.get_by_text("个案已移交，由接受转介的一方继续办理。")).to_be_visible()
        expect(page.get_by_role("link", name="卓文君")).to_have_count(0)  # no longer in the referrer's own cases
        page.get_by_role("button", name="退出").click()
        login(page, live_server, "d1-counsellor-r")
        page.goto(f"{live_server.url}/guidance/cq/cases/")
        page.get_by_role("link", name="卓文君").click()  # now among the receiver's own cases
        expect(page.get_by_test_id("referrals")).to_contain_text("已移交")
        step(page, "接受转介：了解个案情况", fields=[("了解个案情况", "已阅转介表及过程记录")])
        step(page, "预约访谈", fields=[("预约访谈日期", "2024-06-06")])
        page.get_by_role("button", name="退出").click()
        login(page, live_server, "d1-head")
        page.goto(case_url)
        step(page, "录入满意度反馈", selects=[("满意度", "5"), ("填写方式", "paper")], fields=[("意见", "很耐心")])
        expect(page.get_by_text("已保存。")).to_be_visible()


def test_a_counsellor_opens_a_case_from_a_booking(page, live_server, city, staff):
    """CQ-6.1-2: the booking, once its counsellor is assigned, opens the case from the appointments page."""
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name="温庭")
    with time_machine.travel(at(DAY), tick=True):
        appointment = appointment_request(actor=staff.d1_counsellor, subject=seeker, need="想转行做电商客服",
                                          guidance_type="specialized", channel="counter", unit=city.d1)
        appointment_assign(actor=staff.d1_head, appointment=appointment, officer=staff.d1_counsellor)
        login(page, live_server, "d1-counsellor")
        page.goto(f"{live_server.url}/guidance/appointments/")
        page.get_by_role("link", name="根据预约开立个案").click()
        expect(field(page, "咨询主题")).to_have_value("想转行做电商客服")
        field(page, "希望的服务方式").select_option("online")
        page.get_by_role("button", name="保存").click()
        expect(page.get_by_text("已根据预约开立个案。")).to_be_visible()
        expect(page.get_by_test_id("case-status")).to_have_text("已预约登记")
        page.goto(f"{live_server.url}/guidance/appointments/")
        expect(page.get_by_role("link", name="根据预约开立个案")).to_have_count(0)


def test_the_assessment_report_pdf_downloads(page, live_server, city, staff):
    """CQ-7.1.7-1: the career-orientation report downloads as a PDF from its page."""
    with time_machine.travel(at(DAY), tick=True):
        inst = instrument_publish(actor=staff.d1_head, name="职业兴趣测验", version="1.0", kind="psychometric",
                                  licence="授权", purpose="了解职业兴趣", target_group="求职者", effective_from=DAY)
        plan_ = plan_propose(actor=staff.d1_counsellor, unit=city.d1, subject_label="卓文君", purpose="明确方向",
                             instruments=[inst], tool_reasons={inst.pk: "适用"}, schedule="上午", mode="线下",
                             result_use="反馈")
        plan_agree(actor=staff.d1_counsellor, plan=plan_, method="signature")
        adm = administration_record(actor=staff.d1_counsellor, plan=plan_, method="tool", instrument=inst,
                                    result={"summary": "社会型"}, administered_on=DAY)
        report = report_finalise(actor=staff.d1_counsellor, plan=plan_, analysis="适合服务类岗位", cites=[adm])
        login(page, live_server, "d1-counsellor")
        page.goto(f"{live_server.url}/assessments/reports/{report.pk}/")
        with page.expect_download() as info:
            page.get_by_role("link", name="下载报告（PDF）").click()
        assert info.value.suggested_filename.endswith(".pdf")
        with open(info.value.path(), "rb") as pdf:
            assert pdf.read(5) == b"%PDF-"
        response = page.request.get(f"{live_server.url}/assessments/reports/{report.pk}/pdf/")
        assert response.ok and response.headers["content-type"] == "application/pdf"
