"""SD recognised studios on the shared studio register: registration, standardisation, coverage and HEI compliance
(SD-8-1, SD-8-2, SD-8-4, SD-8-5, SD-8-6)."""
import datetime as dt
import random

import pytest

from careerguide.common.demo import synthetic_uscc
from careerguide.common.errors import DomainError
from careerguide.studios.models import StandardisationAssessment, Studio
from careerguide.studios.rules.sd import coverage, heis_without_school_studio, reassessment_due, standardisation_result
from careerguide.studios.selectors import public_studio_list, sd_studio_list, studio_list
from careerguide.studios.services import rounds, sd

pytestmark = pytest.mark.django_db
D = dt.date
RNG = random.Random(11)
ALL_MET = {"service_process": True, "assessment_tools": True, "premises_equipment": True, "staffing": True}
HEI_PROFILE = {"assessment_tools": ["霍兰德职业兴趣测评"], "service_functions": ["生涯咨询", "简历指导"],
               "brand": "启航生涯", "service_process": "预约—初谈—测评—咨询—回访"}


def host(staff, district, name, host_type="pes_agency"):
    return rounds.host_unit_create(actor=staff.city_admin, name=name, host_type=host_type, credit_code=synthetic_uscc(RNG),
                                   address="示例路1号", legal_representative="韩立诚", contact_person="苏映雪",
                                   district=district)


def register(actor, host_unit, area, *, kind="studio", level="county", name="泉畔职业指导工作室", **extra):
    return sd.sd_studio_register(actor=actor, host_unit=host_unit, name=name, kind=kind, level=level, area=area,
                                 lead_counsellor="邵明川", opened_on=D(2025, 3, 1), legal_entity=host_unit.name,
                                 **extra)


def test_register_entry_and_refusals(city, staff):
    """SD-8-1: type, host, area, level, lead, opening date, standardisation status and legal entity;
    SD-8-6: an HEI studio must hold tools, functions, brand and process; refusals save nothing; the HN
    lists never show SD entries."""
    pes = host(staff, city.d1, "甲区就业服务中心")
    s = register(staff.d1_head, pes, city.s11, kind="station")
    assert (s.scheme, s.kind, s.level, s.area, s.standardisation, s.legal_entity) == (
        "sd_recognised", "station", "county", city.s11, "registered", "甲区就业服务中心")
    assert s.registration_number == "SD2025-0001" and s.application_id is None
    assert s not in studio_list(actor=staff.city_admin) and s not in public_studio_list()
    assert s in sd_studio_list(actor=staff.city_admin)
    uni = host(staff, city.d1, "甲区某大学", host_type="university")
    with pytest.raises(DomainError) as e:
        register(staff.d1_head, uni, city.d1, level="hei_school", brand="")
    assert e.value.clause == "SD-8-6" and {"assessment_tools", "service_functions", "brand", "service_process"} <= set(
        e.value.field_errors)
    with pytest.raises(DomainError) as e:
        register(staff.d1_head, pes, city.d1, level="hei_school", **HEI_PROFILE)
    assert "level" in e.value.field_errors
    with pytest.raises(DomainError) as e:
        register(staff.d1_head, pes, city.d2)
    assert "area" in e.value.field_errors
    with pytest.raises(DomainError) as e:
        register(staff.d1_counsellor, pes, city.d1)
    assert e.value.code == "forbidden"
    hei = register(staff.d1_head, uni, city.d1, level="hei_school", **HEI_PROFILE)
    assert hei.brand == "启航生涯" and hei.assessment_tools == ["霍兰德职业兴趣测评"]
    assert Studio.objects.filter(scheme="sd_recognised").count() == 2


def test_standardisation_workflow(city, staff):
    """SD-8-2: registered → assessed against the checklist → standardised or not_standardised; unanswered
    items are refused; re-assessment goes back to assessed; HN studios are refused."""
    s = register(staff.d1_head, host(staff, city.d1, "甲区就业服务中心"), city.d1)
    with pytest.raises(DomainError):
        sd.standardisation_conclude(actor=staff.d1_head, studio=s)
    with pytest.raises(DomainError) as e:
        sd.standardisation_assess(actor=staff.d1_head, studio=s, checklist={"staffing": True}, assessed_on=D(2025, 6, 1))
    assert "checklist" in e.value.field_errors and not StandardisationAssessment.objects.exists()
    sd.standardisation_assess(actor=staff.d1_head, studio=s, checklist={**ALL_MET, "assessment_tools": False},
                              assessed_on=D(2025, 6, 1))
    s.refresh_from_db()
    assert s.standardisation == "assessed"
    s = sd.standardisation_conclude(actor=staff.d1_head, studio=s)
    assert s.standardisation == "not_standardised"
    sd.standardisation_assess(actor=staff.city_admin, studio=s, checklist=ALL_MET, assessed_on=D(2026, 6, 1))
    s = sd.standardisation_conclude(actor=staff.city_admin, studio=s)
    assert s.standardisation == "standardised"
    assert [a.missing for a in s.standardisation_assessments.all()] == [[], ["assessment_tools"]]


def test_rules_standardisation_and_reassessment():
    """SD-8-2: every item must be met; annual re-assessment due on the anniversary, not the day before."""
    assert standardisation_result(ALL_MET).standardised
    assert standardisation_result({**ALL_MET, "staffing": False}).missing == ("staffing",)
    assert reassessment_due(None, D(2025, 1, 1), 12)
    assert not reassessment_due(D(2025, 6, 1), D(2026, 5, 31), 12)
    assert reassessment_due(D(2025, 6, 1), D(2026, 6, 1), 12)


def test_coverage_report_flags_areas_without_any(city, staff):
    """SD-8-4: per district the studios, stations and corners (a street's entry counts for its district);
    districts with none are flagged."""
    pes = host(staff, city.d1, "甲区就业服务中心")
    register(staff.d1_head, pes, city.d1)
    register(staff.d1_head, pes, city.s11, kind="station", name="一街道职业指导站")
    register(staff.d1_head, pes, city.s11, kind="corner", name="一街道职业指导角")
    report = sd.coverage_report(actor=staff.city_admin)
    rows = {r["area"]: r for r in report["rows"]}
    assert (rows[city.d1]["studio"], rows[city.d1]["station"], rows[city.d1]["corner"]) == (1, 1, 1)
    assert city.d2 in report["areas_without"] and city.d1 not in report["areas_without"]
    assert coverage([1, 2], [(1, "corner")])["areas_without"] == [2]


def test_hei_compliance_lists_heis_without_a_school_studio(city, staff):
    """SD-8-5: HEIs without an active school-level studio are listed (a warning, not a block); a
    department-level studio does not count."""
    a = host(staff, city.d1, "甲区某大学", host_type="university")
    b = host(staff, city.d2, "开发区某学院", host_type="university")
    register(staff.d1_head, a, city.d1, level="hei_school", **HEI_PROFILE)
    register(staff.city_admin, b, city.d2, level="hei_department", **HEI_PROFILE)
    report = sd.hei_compliance_report(actor=staff.city_admin)
    assert report["minimum"] == 1 and report["heis_without"] == [b]
    assert heis_without_school_studio(["x", "y"], {"x": 2}, 2) == ["y"]
