"""Pages of a recognised studio's supervision: annual assessment and rectification (HN-11-3, HN-11-14, HN-11-21),
special subsidy (HN-8-5), fund audit (HN-9-3), the lead master's absence (HN-11-10) and the comments of the centre.
Every refused form names the problem in Chinese and saves nothing."""
import datetime as dt

import pytest

from careerguide.studios.models import Assessment, FundAudit, RectificationOrder, SpecialSubsidy

from .factories import build_world
from .test_services import _confirmed

pytestmark = pytest.mark.django_db
D = dt.date


@pytest.fixture
def studio(city, staff):
    return _confirmed(build_world(city, staff), staff)


def _do(studio, action):
    return f"/studios/{studio.pk}/do/{action}/"


def test_annual_assessment_and_rectification_recheck_pages(client, staff, studio):
    """HN-11-3 (the centre records the annual assessment on the studio's page, with the target report of the date),
    HN-11-4 (an end-of-term evaluation is qualified or unqualified only), HN-11-21 (unqualified → rectification
    order), HN-11-14 (not judged failed before the deadline)."""
    client.force_login(staff.city_admin)
    assert _do(studio, "assessment") in client.get(f"/studios/{studio.pk}/").content.decode()
    page = client.post(_do(studio, "assessment"), {"kind": "term_end", "period": "1", "result": "excellent",
                                                   "assessed_on": "2026-06-01"}).content.decode()
    assert "期满评估结果为合格或不合格" in page and not Assessment.objects.exists()
    client.post(_do(studio, "assessment"), {"kind": "annual", "period": "2025", "result": "unqualified",
                                            "assessed_on": "2025-12-20", "opinion": "活动数量不足"})
    row = Assessment.objects.get()
    studio.refresh_from_db()
    assert (row.result, row.opinion, studio.standing) == ("unqualified", "活动数量不足", "rectification")
    assert row.target_report  # the targets as they stood on the assessment date
    order = RectificationOrder.objects.get()
    page = client.post(_do(studio, "recheck"), {"passed": "0", "rechecked_on": "2026-03-19"}).content.decode()
    order.refresh_from_db()
    assert "届满前不能认定仍不达标" in page and order.passed is None
    client.post(_do(studio, "recheck"), {"passed": "1", "rechecked_on": "2026-03-01"})
    order.refresh_from_db()
    studio.refresh_from_db()
    assert order.passed is True and studio.standing == "good"
    assert "活动数量不足" in client.get(f"/studios/{studio.pk}/").content.decode()


def test_special_subsidy_and_fund_audit_pages(client, staff, studio):
    """HN-8-5 (a county bureau grants its special subsidy on the page; an amount of 0 is refused), HN-9-3 (a deficient
    audit needs the corrections and their deadline)."""
    client.force_login(staff.d1_head)
    page = client.post(_do(studio, "special_subsidy"), {"amount": "0", "purpose": "进校园活动",
                                                        "granted_on": "2024-09-01"}).content.decode()
    assert "金额须大于0" in page and not SpecialSubsidy.objects.exists()
    client.post(_do(studio, "special_subsidy"), {"amount": "8000", "purpose": "进校园活动", "granted_on": "2024-09-01"})
    assert SpecialSubsidy.objects.get().granting_level == "county"
    client.force_login(staff.city_admin)
    audit = {"period_start": "2024-07-01", "period_end": "2024-12-01", "funds_covered": "一次性补助", "auditors": "审计组",
             "findings": "票据不全", "conclusion": "deficient"}
    page = client.post(_do(studio, "fund_audit"), audit).content.decode()
    assert "未保存任何信息" in page and not FundAudit.objects.exists()
    client.post(_do(studio, "fund_audit"), {**audit, "corrections": "补齐票据", "correction_deadline": "2025-01-31"})
    assert FundAudit.objects.get().conclusion == "deficient"


def test_lead_master_absence_recorded_on_the_page(client, staff, studio):
    """HN-11-10: the centre records the lead master leaving; the studio shows the absence from the next day and
    stays recognised; a last working day missing is refused and nothing changes."""
    lead = studio.members.get(role="lead")
    client.force_login(staff.city_admin)
    page = client.post(_do(studio, "member_leave"), {"member": lead.pk, "last_working_day": "",
                                                     "reason": "retirement"}).content.decode()
    studio.refresh_from_db()
    assert "未保存任何信息" in page and studio.staffing != "master_absent"
    client.post(_do(studio, "member_leave"), {"member": lead.pk, "last_working_day": "2024-09-14",
                                              "reason": "retirement"})
    studio.refresh_from_db()
    assert (studio.staffing, studio.master_absent_since, studio.registration) == (
        "master_absent", D(2024, 9, 15), "active")


def test_host_unit_records_activities_and_spending_on_the_portal(client, city, staff):
    """HN-10-2 (a "four into" activity names its venue; without one it is refused and nothing is saved), HN-8-3
    (spending of the "other" kind states what it was), from the host unit's own pages."""
    from careerguide.studios.models import Activity, Expenditure

    world = build_world(city, staff)
    studio = _confirmed(world, staff)
    client.force_login(world.host_user)
    url = f"/public/studios/mine/{studio.pk}/do/"
    activity = {"held_on": "2024-10-09", "title": "进园区就业指导", "target": "t2_four_into", "function": "precise_guidance",
                "location": "甲区产业园", "organisers": "陈立衡", "participants": "40"}
    page = client.post(url + "activity/", activity).content.decode()
    assert "须选择进园区、进校园、进企业或进社区" in page and not Activity.objects.exists()
    client.post(url + "activity/", {**activity, "venue": "park"})
    assert Activity.objects.get().venue == "park"
    spend = {"spent_on": "2024-08-02", "amount": "1200", "category": "other", "voucher": "V2"}
    page = client.post(url + "expenditure/", spend).content.decode()
    assert "“其他”类支出须填写说明" in page and not Expenditure.objects.exists()
    client.post(url + "expenditure/", {**spend, "description": "宣传折页印制"})
    assert Expenditure.objects.get().amount == 1200
