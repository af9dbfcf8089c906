"""Browser journeys of the CQ process: a worker case through the six steps, referred with consent and its
satisfaction recorded; a case opened from a booking; an assessment through its pages to the report PDF."""
import datetime as dt
import re
import shutil
import subprocess

import pytest
import time_machine
from playwright.sync_api import expect

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import PASSWORD, make_user
from careerguide.assessments.services import instrument_publish
from careerguide.guidance.cq.services.cases import case_register, plan_reviews_start
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
    field(page, "服务对象").fill("卓文君")  # found by name, no number to remember
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


def section(page, name):
    """The form of one section of a page with several forms."""
    return page.locator("form", has=page.locator(f"input[name=section][value={name}]"))


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is installed by scripts/setup.sh")
def test_an_assessment_runs_through_its_pages_and_the_report_pdf_opens_with_chinese_text(page, live_server, city, staff):
    """CQ-7.1.6-1, CQ-7.1.6-2, CQ-7.1.7-1, CQ-7.1.7-2: the counsellor plans the assessment of a case with the reason
    for the tool, records the worker's agreement and the result, finalises the report citing it, feeds it back, and
    the downloaded PDF carries the report in Chinese."""
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name="柳如眉")
    with time_machine.travel(at(DAY), tick=True):
        instrument_publish(actor=staff.d1_head, name="职业兴趣测验", version="1.0", kind="psychometric",
                           licence="机构授权", purpose="了解职业兴趣", target_group="求职者", effective_from=DAY)
        case_register(actor=staff.d1_counsellor, subject=seeker, unit=city.d1, topic="职业方向",
                      preferred_channel="offline")
        login(page, live_server, "d1-counsellor")
        page.goto(f"{live_server.url}/assessments/plans/")
        plan_form = section(page, "plan")
        plan_form.get_by_label("职业指导个案").select_option(index=1)
        for label, value in (("测评目的", "明确职业方向"), ("时间安排", "6月3日上午"), ("实施方式", "线下机测"),
                             ("结果使用与反馈", "当面反馈并用于就业计划")):
            field(plan_form, label).fill(value)
        plan_form.get_by_label(re.compile("^\\s*职业兴趣测验.*用途：了解职业兴趣")).check()
        plan_form.get_by_label(re.compile("的理由")).fill("适用于初次求职者")
        plan_form.get_by_role("button", name="保存").click()
        expect(page.get_by_text("方案已制定，请与服务对象确认。")).to_be_visible()
        page.get_by_role("link", name="柳如眉").click()
        field(section(page, "agree"), "服务对象同意方式").select_option("signature")
        section(page, "agree").get_by_role("button", name="保存").click()
        expect(page.get_by_text("已记录服务对象同意。")).to_be_visible()
        administer = section(page, "administer")
        field(administer, "方法").select_option("tool")
        administer.get_by_label(re.compile("^\\s*测评工具")).select_option(index=1)
        field(administer, "测评日期").fill("2024-06-03")
        field(administer, "测评结果").fill("社会型（S）得分最高")
        administer.get_by_role("button", name="保存").click()
        expect(page.get_by_text("测评结果已录入。")).to_be_visible()
        report = section(page, "report")
        field(report, "综合分析（职业倾向分析）").fill("适合从事社区服务、客户服务类岗位")
        report.get_by_role("checkbox").first.check()
        report.get_by_role("button", name="保存").click()
        expect(page.get_by_text("报告已定稿，请及时向劳动者反馈。")).to_be_visible()
        page.get_by_role("link", name="查看").click()
        feedback = section(page, "feedback")
        field(feedback, "反馈方式").select_option("offline")
        field(feedback, "劳动者确认").fill("本人签字确认")
        feedback.get_by_role("button", name="保存").click()
        expect(page.get_by_text("已记录反馈。")).to_be_visible()
        with page.expect_download() as info:
            page.get_by_role("link", name="下载报告（PDF）").click()
        assert re.fullmatch(r"职业倾向分析报告-柳如眉-\d+\.pdf", info.value.suggested_filename)
        text = pdf_text(info.value.path()).replace("\n", "")
    for piece in ("职业倾向分析报告", "柳如眉", "职业兴趣测验", "社会型（S）得分最高", "适合从事社区服务", "本人签字确认"):
        assert piece in text
