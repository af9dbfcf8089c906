"""Browser: a case worker works the caseload, today's follow-up from "my work", a survey on the outreach worklist
and a plan revision; a district head approves a transfer."""
import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from careerguide.assistance import duty_kinds
from careerguide.assistance.models import AssistanceCase, SurveyTarget
from careerguide.assistance.services.followups import guidance_service_record
from careerguide.assistance.services.transfers import transfer_request, transfer_verify
from careerguide.assistance.tests.helpers import certified_target, in_service
from careerguide.duties.models import Duty
from careerguide.workdays.selectors import work_calendar

from .test_duties import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _last_workday() -> dt.date:
    today = timezone.localdate()
    calendar = work_calendar()
    return today if calendar.is_workday(today) else calendar.previous_workday(today)


def _case_with_follow_up_due(staff, city):
    """A case in service whose guidance follow-up falls due on the last working day up to today (BJ-27-1)."""
    calendar = work_calendar()
    due = _last_workday()
    case = in_service(staff, city, 1301, calendar.add_workdays(due, -20))
    guidance_service_record(actor=staff.s12_caseworker, case=case, occurred_on=calendar.add_workdays(due, -5),
                            summary="简历修改", service="specialized_guidance")
    return case


def test_a_case_worker_works_the_caseload_my_work_the_worklist_and_a_plan(page, live_server, city, staff):
    """BJ-23-7, BJ-27-1, BJ-27-8, BJ-19-2, BJ-26-8 in the browser."""
    case = _case_with_follow_up_due(staff, city)
    target = certified_target(staff, city, 1302, timezone.localdate())
    log_in(page, live_server, "s12-caseworker")

    page.get_by_role("link", name="援助个案").click()
    row = page.get_by_test_id("caseload").locator("tr", has_text=case.job_seeker.full_name)
    expect(row).to_contain_text("就业指导后跟踪回访")

    page.get_by_role("link", name="我的工作").click()
    page.locator("tr", has_text="就业指导后跟踪回访").get_by_role("link", name="办理").click()
    expect(page.get_by_test_id("case-status")).to_have_text("按援助方案专门服务中")
    page.get_by_test_id("case-duties").locator("li", has_text="就业指导后跟踪回访").get_by_role("link", name="办理").click()
    page.get_by_label("是否联系到本人").select_option("yes")
    page.get_by_label("帮扶措施效果评估").fill("简历修改后已投递三家单位")
    page.get_by_role("button", name="保存").click()
    expect(page.get_by_test_id("follow-ups")).to_contain_text("已联系到本人")
    assert Duty.objects.get(kind=duty_kinds.GUIDANCE_FOLLOW_UP).status == "done"

    page.get_by_role("link", name="就业意愿摸查").click()
    page.get_by_test_id(f"target-{target.pk}").get_by_role("link", name="摸查").click()
    page.get_by_label("摸查方式").select_option("phone")
    page.get_by_label("是否联系到本人").select_option("yes")
    page.get_by_label("是否有就业意愿").select_option("no")
    page.get_by_role("button", name="保存").click()
    expect(page.get_by_test_id("form-errors")).to_contain_text("须选择具体原因")
    page.get_by_role("checkbox", name="陪护家人").check()
    page.get_by_role("button", name="保存").click()
    expect(page.get_by_test_id("survey-status")).to_have_text("暂无就业意愿")
    assert SurveyTarget.objects.get(pk=target.pk).surveys.get().reasons == ["family_care"]

    page.goto(f"{live_server.url}/assistance/cases/{case.pk}/")
    page.get_by_test_id("plan-button").click()
    page.get_by_label("修改原因（修改方案时必填）").fill("投递后仍无面试，调整求职方向")
    page.get_by_role("button", name="保存").click()
    expect(page.get_by_test_id("form-errors")).to_contain_text("本人参与和同意情况")
    page.get_by_label("已会同本人共同制定，本人同意").check()
    page.get_by_label("本人参与和同意情况").fill("本人到场共同修改并签字")
    page.get_by_role("button", name="保存").click()
    expect(page.get_by_test_id("current-plan")).to_contain_text("第2版")
    expect(page.get_by_test_id("plan-versions")).to_contain_text("第1版")


def test_a_district_head_approves_a_transfer_from_the_inbox(page, live_server, city, staff):
    """BJ-24-3, BJ-24-4, BJ-24-5 in the browser: inside one district the district approves; the case and the person
    move to the new street."""
    case = in_service(staff, city, 1303, work_calendar().add_workdays(_last_workday(), -10))
    transfer = transfer_request(actor=staff.s12_caseworker, case=case, reason="residence_changed", to_unit=city.s11,
                                new_address="甲区一街道某路3号")
    transfer_verify(actor=staff.s12_caseworker, transfer=transfer, accept=True, note="已核实居住证")
    log_in(page, live_server, "d1-head")
    page.get_by_role("link", name="援助审批").click()
    inbox = page.get_by_test_id("transfer-inbox")
    expect(inbox).to_contain_text(case.job_seeker.full_name)
    inbox.get_by_role("link", name="审批").click()
    page.get_by_label("审批意见").select_option("approve")
    page.get_by_role("button", name="保存").click()
    expect(page.get_by_test_id("transfer-inbox")).to_contain_text("没有待审批的划转申请")
    case = AssistanceCase.objects.get(pk=case.pk)
    assert (case.status, case.unit, case.job_seeker.unit) == ("transfer_pending", city.s11, city.s11)
