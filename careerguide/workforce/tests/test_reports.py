"""Register details and reports: practice, research, structure, quota dashboard, senior shortfalls."""
import datetime as dt
from decimal import Decimal

import pytest

from careerguide.common.errors import DomainError
from careerguide.workforce.selectors.reports import (
    headcount_by_role,
    practice_share,
    quota_dashboard,
    senior_shortfalls,
    structure_report,
    training_report,
)
from careerguide.workforce.services import chiefs, register, titles, training

from .factories import make_counsellor

pytestmark = pytest.mark.django_db


def test_cooperation_practice_and_front_line_share(city, staff):
    """SD-2-1 (agreement dates checked), SD-2-2 (participants marked front-line), SD-2-3 (share of front-line with practice)."""
    with pytest.raises(DomainError):
        training.cooperation_agreement_add(actor=staff.d1_head, unit=city.d1, partner="某大学", partner_type="hei", scope="实践基地",
                                           starts_on=dt.date(2026, 3, 1), ends_on=dt.date(2026, 2, 28), contact="王老师")
    training.cooperation_agreement_add(actor=staff.d1_head, unit=city.d1, partner="某大学", partner_type="hei", scope="实践基地",
                                       starts_on=dt.date(2026, 3, 1), contact="王老师")
    a, b = make_counsellor(staff.d1_head, city.d1, "甲"), make_counsellor(staff.d1_head, city.d1, "乙")
    make_counsellor(staff.d1_head, city.d1, "丙", front_line=False)
    activity = training.practice_activity_record(actor=staff.d1_head, unit=city.d1, activity_type="enterprise_visit",
                                                 host="某制造企业", starts_on=dt.date(2026, 4, 1), ends_on=dt.date(2026, 4, 1),
                                                 hours=4, participants=[a])
    assert activity.participations.get().front_line is True
    assert practice_share(actor=staff.d1_head, year=2026) == {"front_line": 2, "with_practice": 1, "share": Decimal("50.0")}
    assert b.front_line


def test_research_lead_warning_and_analyst_title_submission(city, staff):
    """SD-6-1, SD-6-2 (non-expert, non-HEI lead accepted with warning); BJ-67-6 (only analysts for analyst titles)."""
    lead = make_counsellor(staff.d1_head, city.d1, roles=("guidance",))
    project = chiefs.research_project_create(actor=staff.d1_head, unit=city.d1, title="灵活就业人员职业指导研究",
                                             topic_type="hot_issue", lead=lead, starts_on=dt.date(2026, 1, 1))
    assert project.warnings
    with pytest.raises(DomainError):
        titles.title_submit(actor=staff.d1_head, counsellor=lead, title="excellent_analyst", year=2026)
    analyst = make_counsellor(staff.d1_head, city.d1, "分析员", roles=("analyst",))
    assert titles.title_submit(actor=staff.d1_head, counsellor=analyst, title="excellent_analyst", year=2026).status == "submitted"


def test_register_record_and_structure_report(city, staff):
    """SD-G-1 (organisation type), SD-G-4 (ethics findings), SD-G-9 (record fields), SD-G-10 (structure with trend),
    BJ-60-3 (headcount by role and agency), SD-1-7 (training report)."""
    profile = register.organisation_profile_set(actor=staff.city_admin, unit=city.d1, org_type="pes_agency", active_job_seekers=80)
    assert profile.get_org_type_display() == "公共就业服务机构"
    c = make_counsellor(staff.city_admin, city.d1, "甲", education="bachelor", birth_date=dt.date(1990, 5, 1),
                        joined_on=dt.date(2025, 6, 2), level=2)
    make_counsellor(staff.city_admin, city.d1, "乙", roles=("guidance", "analyst"), employment_type="part_time",
                    joined_on=dt.date(2020, 1, 1))
    register.integrity_finding_add(actor=staff.city_admin, counsellor=c, kind="ethics", found_on=dt.date(2026, 2, 1),
                                   summary="服务态度投诉经核实")
    assert c.integrity_findings.count() == 1
    report = structure_report(actor=staff.city_admin, on=dt.date(2026, 6, 1))
    assert report["current"]["headcount"] == 2 and report["previous"]["headcount"] == 1
    assert report["current"]["employment_type"] == {"full_time": 1, "part_time": 1}
    assert report["current"]["level"] == {2: 1, 0: 1} and report["current"]["age_band"]["30-39"] == 1
    assert headcount_by_role(actor=staff.city_admin, on=dt.date(2026, 6, 1))[("甲区就业服务中心", "guidance")] == 2
    training.training_record_add(actor=staff.city_admin, counsellor=c, form="thematic", provider="市中心",
                                 started_on=dt.date(2026, 3, 1), completed_on=dt.date(2026, 3, 1), hours=8,
                                 assessment_method="exam", result="passed")
    tr = training_report(actor=staff.city_admin, start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31))
    assert tr["by_category"][0]["hours"] == Decimal(8)


def test_quota_dashboard_and_senior_shortfalls(city, staff):
    """SD-20-5 (awarded against quota per title), BJ-64-3 (senior counsellor shortfall reported only)."""
    rows = {r["title"]: r for r in quota_dashboard(actor=staff.city_admin, on=dt.date(2025, 6, 1))}
    assert (rows["guidance_star"]["quota"], rows["guidance_star"]["awarded"], rows["gold_studio"]["quota"]) == (50, 0, 30)
    senior = make_counsellor(staff.city_admin, city.d1, level=1)
    [row] = senior_shortfalls(actor=staff.city_admin, year=2025)
    assert row["counsellor"] == senior and len(row["warnings"]) == 2
