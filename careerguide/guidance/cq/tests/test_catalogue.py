"""The open catalogue, service items, employment-practice guidance, training institutions and the public service
page (CQ-5.1-6, CQ-5.2-2, CQ-5.2-3, CQ-7.1.10-1, CQ-7.1.9-1, CQ-7.1.5-*, CQ-9.1.1-*)."""
import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from careerguide.common.errors import DomainError
from careerguide.employers.tests.factories import make_employer
from careerguide.guidance.cq.models import EmploymentPracticeGuidance, ProcessRecord
from careerguide.guidance.cq.selectors import catalogue, catalogue_children, catalogue_codes
from careerguide.guidance.cq.services.cases import case_register, case_start_collection, process_record_add
from careerguide.guidance.cq.services.catalogue import (
    case_service_item_attach,
    catalogue_entry_add,
    catalogue_entry_disable,
    institution_register,
    institution_verify,
    practice_guidance_record,
    training_recommend,
)
from careerguide.guidance.cq.services.quality import complaint_channel_add
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.job_seekers.tests.helpers import at

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 3)
WORKER_CORE = {"policy_info_consulting", "job_search_guidance", "vocational_assessment_guidance", "training_guidance",
               "specific_group_guidance"}


def worker_case(staff, city, name="宇文舒"):
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name=name)
    case = case_register(actor=staff.d1_counsellor, subject=seeker, unit=city.d1, topic="求职",
                         preferred_channel="offline", now=at(DAY))
    case_start_collection(actor=staff.d1_counsellor, case=case, now=at(DAY))
    return case


def employer_case(staff, city):
    employer = make_employer(staff.d1_counsellor, city.d1, name="两江电子有限公司")
    return case_register(actor=staff.d1_counsellor, subject=employer, unit=city.d1, topic="招聘",
                         preferred_channel="offline", recipient_type="employer", now=at(DAY))


def add_type(staff, code="career_salon", effective_from=dt.date(2024, 6, 4)):
    return catalogue_entry_add(actor=staff.city_admin, code=code, label="职业沙龙", recipient_type="worker",
                               description="小型分享交流活动", effective_from=effective_from, now=at(DAY))


def test_administrators_add_types_but_cannot_disable_the_listed_five(city, staff):
    """CQ-5.1-6: an added type is in the catalogue from its effective date and may be used in process records,
    and disabled again; the five worker types of 5.1 cannot be disabled; only the city administrator edits it."""
    assert WORKER_CORE <= catalogue_codes(on=DAY, recipient_type="worker")
    with pytest.raises(DomainError):
        catalogue_entry_add(actor=staff.d1_head, code="career_salon", label="x", recipient_type="worker",
                            description="x", effective_from=DAY, now=at(DAY))
    add_type(staff)
    assert "career_salon" not in catalogue_codes(on=DAY) and "career_salon" in catalogue_codes(on=dt.date(2024, 6, 4))
    case = worker_case(staff, city)
    record = dict(actor=staff.d1_counsellor, case=case, channel="offline", service_type="career_salon", summary="沙龙")
    with pytest.raises(DomainError) as exc:
        process_record_add(held_on=DAY, now=at(DAY), **record)
    assert exc.value.code == "service_type_unknown"
    assert process_record_add(held_on=dt.date(2024, 6, 4), now=at(dt.date(2024, 6, 4)), **record).pk
    for code in sorted(WORKER_CORE):
        with pytest.raises(DomainError) as exc:
            catalogue_entry_disable(actor=staff.city_admin, code=code, on=DAY, now=at(DAY))
        assert exc.value.code == "core_service_type"
    catalogue_entry_disable(actor=staff.city_admin, code="career_salon", on=dt.date(2024, 6, 10), now=at(DAY))
    assert "career_salon" in catalogue_codes(on=dt.date(2024, 6, 9))
    assert "career_salon" not in catalogue_codes(on=dt.date(2024, 6, 10))


def test_recruitment_guidance_has_its_four_sub_types(city, staff):
    """CQ-5.2-2: recruitment guidance for employers with recruitment method, hiring conditions, talent assessment
    and employment-practice guidance; a process record names one of them, another value is refused."""
    assert catalogue_children(code="recruitment_guidance", on=DAY) == {
        "recruitment_method", "hiring_conditions", "talent_assessment", "employment_practice_guidance"}
    case = employer_case(staff, city)
    kw = dict(actor=staff.d1_counsellor, case=case, held_on=DAY, channel="offline", service_type="recruitment_guidance",
              summary="协助确定用人标准", now=at(DAY))
    assert process_record_add(sub_type="hiring_conditions", **kw).sub_type == "hiring_conditions"
    with pytest.raises(DomainError):
        process_record_add(sub_type="job_search_process", **kw)
    with pytest.raises(DomainError):  # a worker-only type in an employer case
        process_record_add(**{**kw, "service_type": "job_search_guidance"})


def test_the_employer_catalogue_is_open_but_its_two_types_stay(client, city, staff):
    """CQ-5.2-3: an employer type may be added; policy consulting and recruitment guidance cannot be disabled,
    through the service or the API."""
    catalogue_entry_add(actor=staff.city_admin, code="employer_forum", label="用人单位座谈会", recipient_type="employer",
                        description="座谈交流", effective_from=DAY, now=at(DAY))
    assert {"policy_info_consulting", "recruitment_guidance", "employer_forum"} <= catalogue_codes(
        on=DAY, recipient_type="employer")
    with pytest.raises(DomainError):
        catalogue_entry_disable(actor=staff.city_admin, code="recruitment_guidance", on=DAY, now=at(DAY))
    client.force_login(staff.city_admin)
    r = client.post("/api/guidance/cq/catalogue/policy_info_consulting/disable", {"on": str(DAY)},
                    content_type="application/json")
    assert r.status_code == 400 and r.json()["code"] == "core_service_type"
    r = client.post("/api/guidance/cq/catalogue/employer_forum/disable", {"on": str(DAY)},
                    content_type="application/json")
    assert r.status_code == 200


def test_the_catalogue_page_names_each_type_and_its_parent_without_codes(client, city, staff):
    """CQ-5.1-6: the live catalogue lists every type by name, a sub-type under its parent's name."""
    client.force_login(staff.city_admin)
    with time_machine.travel(DAY, tick=False):
        html = client.get(reverse("guidance:cq:catalogue")).content.decode()
    table = html.split("现行服务目录", 1)[1].split("</table>", 1)[0]
    assert "<td>用工行为指导\n</td><td>用人单位\n</td><td>招聘用人指导\n</td>" in table
    assert "job_search_guidance" not in table and "recruitment_guidance" not in table


def test_cases_attach_the_public_employment_service_items_they_need(city, staff):
    """CQ-7.1.10-1: the GB/T 33527-2017 items, each under the dated standard it runs by; the list is open (another
    item with its name); a job introduction with its record number is the case's job-introduction link."""
    case = worker_case(staff, city)
    c = staff.d1_counsellor
    items = {i: case_service_item_attach(actor=c, case=case, item=i, reference="JI-7" if i == "job_introduction" else "",
                                         now=at(DAY))
             for i in ("policy_consulting", "job_introduction", "vocational_training", "entrepreneurship_service",
                       "employment_registration", "unemployment_registration", "employment_assistance")}
    assert {i: x.basis for i, x in items.items()} == {
        "policy_consulting": "GB/T 33527-2017", "job_introduction": "GB/T 33535-2017",
        "vocational_training": "GB/T 33527-2017", "entrepreneurship_service": "GB/T 33527-2017",
        "employment_registration": "GB/T 33532-2017", "unemployment_registration": "GB/T 33534-2017",
        "employment_assistance": "GB/T 33531-2017"}
    case.refresh_from_db()
    assert case.job_introduction_ref == "JI-7"
    with pytest.raises(DomainError):
        case_service_item_attach(actor=c, case=case, item="other", now=at(DAY))
    assert case_service_item_attach(actor=c, case=case, item="other", label="职业体验", now=at(DAY)).label == "职业体验"
    with pytest.raises(DomainError):  # not the counsellor of the case
        case_service_item_attach(actor=staff.s11_counsellor, case=case, item="policy_consulting", now=at(DAY))


DATA = [{"topic": "local_economy", "figures": "全区GDP增长5.8%", "source": "区统计局", "date": "2024-04-20"},
        {"topic": "wage_levels", "figures": "装配工月薪中位数5200元", "source": "工资指导价位", "date": "2024-03-01"},
        {"topic": "labour_force_structure", "figures": "35岁以下占42%", "source": "区人力资源市场", "date": "2024-05-10"}]


def test_employment_practice_guidance_records_its_data_goals_and_recommendations(city, staff):
    """CQ-7.1.9-1: the local economy, wage levels and labour-force structure used, each with source and date, the
    employer's goals and the recommendations on pay and on HR reserves; a datum without its source saves nothing;
    it is for employer cases only."""
    case = employer_case(staff, city)
    kw = dict(actor=staff.d1_counsellor, held_on=DAY, channel="offline", development_goals="三年内产能翻番",
              pay_recommendations="装配工起薪不低于5200元", reserve_recommendations="与职业院校建立订单班", now=at(DAY))
    with pytest.raises(DomainError) as exc:
        practice_guidance_record(case=case, data_used=[{**DATA[0], "source": ""}, *DATA[1:]], **kw)
    assert "data_local_economy" in exc.value.field_errors and not EmploymentPracticeGuidance.objects.exists()
    record = practice_guidance_record(case=case, data_used=DATA, **kw)
    assert [d["source"] for d in record.data_used] == ["区统计局", "工资指导价位", "区人力资源市场"]
    assert (record.development_goals, record.reserve_recommendations) == ("三年内产能翻番", "与职业院校建立订单班")
    logged = ProcessRecord.objects.get(case=case)
    assert (logged.service_type, logged.sub_type) == ("recruitment_guidance", "employment_practice_guidance")
    with pytest.raises(DomainError) as exc:
        practice_guidance_record(case=worker_case(staff, city), data_used=DATA, **kw)
    assert exc.value.code == "not_employer_case"


def institution(staff, city, valid_until=dt.date(2024, 6, 30)):
    return institution_register(actor=staff.d1_head, unit=city.d1, name="渝州职业培训学校", qualification_type="民办学校办学许可证",
                                qualification_number="教民150000000001号", valid_from=dt.date(2021, 7, 1),
                                valid_until=valid_until, courses="电工、育婴员", now=at(DAY))


def test_the_institution_register_holds_three_verified_attributes(city, staff):
    """CQ-7.1.5-1: lawful qualification (type, number, validity), internal management and safety measures, each
    verified with verifier, date and evidence; a verification without evidence saves nothing."""
    inst = institution(staff, city)
    for attribute in ("lawful_qualification", "internal_management", "safety_measures"):
        check = institution_verify(actor=staff.d1_head, institution=inst, attribute=attribute, evidence="现场核查记录",
                                   now=at(DAY))
        assert (check.verified_by, check.verified_on, check.evidence) == (staff.d1_head, DAY, "现场核查记录")
    with pytest.raises(DomainError):
        institution_verify(actor=staff.d1_head, institution=inst, attribute="safety_measures", evidence="", now=at(DAY))
    assert inst.verifications.count() == 3
    assert (inst.qualification_type, inst.valid_until) == ("民办学校办学许可证", dt.date(2024, 6, 30))


def test_only_a_fully_verified_institution_with_a_valid_qualification_is_recommended(city, staff):
    """CQ-7.1.5-2: two attributes verified are not enough; with all three it is recommended on the last day of
    its qualification, not the day after; the case records the information given and the need."""
    inst = institution(staff, city)
    case = worker_case(staff, city)
    kw = dict(actor=staff.d1_counsellor, case=case, institution=inst, training_info="电工初级班，7月开班，补贴后自费300元",
              need="希望取得电工证")
    for attribute in ("lawful_qualification", "internal_management"):
        institution_verify(actor=staff.d1_head, institution=inst, attribute=attribute, evidence="核查", now=at(DAY))
    with pytest.raises(DomainError) as exc:
        training_recommend(now=at(DAY), **kw)
    assert exc.value.code == "institution_not_recommendable"
    institution_verify(actor=staff.d1_head, institution=inst, attribute="safety_measures", evidence="消防验收", now=at(DAY))
    done = training_recommend(now=at(dt.date(2024, 6, 30)), **kw)
    assert (done.recommended_on, done.need) == (dt.date(2024, 6, 30), "希望取得电工证")
    with pytest.raises(DomainError):
        training_recommend(now=at(dt.date(2024, 7, 1)), **kw)


def test_the_public_service_page_is_readable_without_login(client, city, staff):
    """CQ-9.1.1-1: content, basis, process, requirements and complaint channels, each with its last-updated date,
    for anyone."""
    complaint_channel_add(actor=staff.d1_head, unit=city.d1, kind="phone", contact="023-12345678",
                          hours="工作日 9:00-17:00", now=at(DAY))
    with time_machine.travel(at(DAY), tick=False):
        response = client.get(reverse("guidance:cq:service_page_unit", args=[city.s11.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    for section in ("服务内容", "服务依据", "服务流程", "服务要求", "投诉渠道", "023-12345678", "T/CQTSHRA 002-2024",
                    "GB/T 33535-2017", "宣讲材料提前送达工作日数"):
        assert section in html
    assert html.count("更新日期") == 5
    assert client.get(reverse("guidance:cq:service_page")).status_code == 200
    assert client.get("/api/guidance/cq/public/service-page").status_code == 200


def test_the_public_page_lists_sub_types_under_their_type(client, city, staff):
    """CQ-5.1-2, CQ-5.2-2: job-search guidance is shown with its four topics under it and recruitment guidance with
    its four sub-types; the API gives each sub-type's parent."""
    with time_machine.travel(at(DAY), tick=False):
        html = client.get(reverse("guidance:cq:service_page")).content.decode()
        content = client.get("/api/guidance/cq/public/service-page").json()["content"]
    job_search = html[html.index("<strong>求职指导</strong>"):]
    job_search = job_search[:job_search.index("</ul>")]
    assert all(topic in job_search for topic in ("树立就业观念", "明确职业方向", "掌握求职方法", "了解求职过程"))
    assert "选择招聘方式" not in job_search
    parents = {row["code"]: row["parent"] for row in content}
    assert {code for code, parent in parents.items() if parent == "job_search_guidance"} == {
        "employment_outlook", "career_direction", "job_search_method", "job_search_process"}
    assert parents["recruitment_method"] == "recruitment_guidance" and parents["job_search_guidance"] == ""


def test_the_public_page_follows_the_live_catalogue(client, city, staff):
    """CQ-9.1.1-2: a type added to the catalogue appears on the page on its effective date, not the day before;
    the process shown is the workflow's steps."""
    add_type(staff, effective_from=dt.date(2024, 6, 4))
    with time_machine.travel(at(DAY), tick=False):
        before = client.get(reverse("guidance:cq:service_page")).content.decode()
    with time_machine.travel(at(dt.date(2024, 6, 4)), tick=False):
        after = client.get(reverse("guidance:cq:service_page")).content.decode()
    assert "职业沙龙" not in before and "职业沙龙" in after and "2024-06-04" in after
    assert "搜集职业信息 → 分析需求 → 开展职业指导与服务" in after
    # + preventive guidance and the added type, + the four job-search topics (CQ-5.1-2)
    assert len(catalogue(on=dt.date(2024, 6, 4), recipient_type="worker")) == len(WORKER_CORE) + 2 + 4
