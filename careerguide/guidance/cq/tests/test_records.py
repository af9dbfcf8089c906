"""Records, catalogue, queues and the satisfaction report (CQ-1-2, CQ-3.1-1, CQ-4.5-1, CQ-5.1-*, CQ-7.1.10-2,
CQ-7.1.11-1, CQ-7.2.2-2, CQ-7.2.2-4, CQ-9.2.1-1)."""
import datetime as dt

import pytest

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError
from careerguide.guidance.cq import rules
from careerguide.guidance.cq.models import ProcessRecord
from careerguide.guidance.cq.selectors import case_list, catalogue, catalogue_children, satisfaction_report
from careerguide.guidance.cq.services.cases import (
    case_close_employed,
    case_register,
    case_start_collection,
    process_record_add,
)
from careerguide.guidance.cq.services.database import archive_item_file, satisfaction_submit
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.job_seekers.tests.helpers import at

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 3)


def new_case(staff, city, name, day=DAY, **kw):
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name=name)
    return case_register(actor=staff.d1_counsellor, subject=seeker, unit=city.d1, topic="咨询",
                         preferred_channel=kw.pop("channel", "offline"), now=at(day), **kw)


def _live(recipient_type):
    return {item.code: item for item in catalogue(on=DAY, recipient_type=recipient_type)}


def test_the_workers_catalogue_holds_policy_consulting_with_its_scope():
    """CQ-5.1-1: the live worker catalogue offers policy information consulting, a core type, covering laws and
    policies, labour-market supply and demand, and wage guide prices."""
    item = _live("worker")["policy_info_consulting"]
    assert item.core and not item.parent
    assert all(part in item.content for part in ("法律法规", "人力资源市场供求状况", "工资指导价位"))


def test_the_workers_catalogue_holds_job_search_guidance_and_its_four_topics():
    """CQ-5.1-2: job-search guidance is in the worker catalogue with its four topics (employment outlook, career
    direction, job-search methods, job-search process) as its sub-types; it is not an employer service."""
    worker = _live("worker")
    assert worker["job_search_guidance"].core
    assert catalogue_children(code="job_search_guidance", on=DAY) == {
        "employment_outlook", "career_direction", "job_search_method", "job_search_process"}
    assert {worker[c].label for c in catalogue_children(code="job_search_guidance", on=DAY)} == {
        "树立就业观念", "明确职业方向", "掌握求职方法", "了解求职过程"}
    assert "job_search_guidance" not in _live("employer")


def test_the_workers_catalogue_holds_training_guidance_with_institution_recommendation():
    """CQ-5.1-4: training guidance is in the worker catalogue, covering training suggestions, training information
    and the recommendation of training institutions; an employer is not offered it."""
    item = _live("worker")["training_guidance"]
    assert item.core and all(part in item.content for part in ("培训建议", "培训信息", "推荐人力资源培训机构"))
    assert "training_guidance" not in _live("employer")


def test_the_employers_catalogue_holds_policy_consulting_as_the_workers_does():
    """CQ-5.2-1: policy information consulting is in the employer catalogue too, with the same scope as the
    worker's; the worker-only types are not."""
    employer, worker = _live("employer"), _live("worker")
    assert employer["policy_info_consulting"].core
    assert employer["policy_info_consulting"].content == worker["policy_info_consulting"].content
    assert not {"job_search_guidance", "vocational_assessment_guidance", "specific_group_guidance"} & set(employer)


def test_a_process_record_names_a_job_search_topic(city, staff):
    """CQ-5.1-2: a job-search guidance record may carry one of its topics; a recruitment-guidance sub-type, or a
    topic under another type, is refused and nothing is saved."""
    case = new_case(staff, city, "司徒青")
    case_start_collection(actor=staff.d1_counsellor, case=case, now=at(DAY))
    kw = dict(actor=staff.d1_counsellor, case=case, held_on=DAY, channel="offline", summary="讲解求职渠道",
              now=at(DAY))
    record = process_record_add(service_type="job_search_guidance", sub_type="job_search_method", **kw)
    assert record.sub_type == "job_search_method"
    for service_type, sub_type in (("job_search_guidance", "hiring_conditions"),
                                   ("training_guidance", "job_search_method")):
        with pytest.raises(DomainError) as refused:
            process_record_add(service_type=service_type, sub_type=sub_type, **kw)
        assert refused.value.code == "service_type_unknown"
    assert ProcessRecord.objects.filter(case=case).count() == 1


def test_process_records_are_append_only_with_channel_and_mode(city, staff):
    """CQ-7.1.10-2, CQ-4.5-1, CQ-3.1-1, CQ-1-2: a correction is a new entry citing the original; every entry
    carries channel and service mode, the case its recipient type, the audit event the standard."""
    case = new_case(staff, city, "甘露")
    assert case.recipient_type == "worker"
    case_start_collection(actor=staff.d1_counsellor, case=case, now=at(DAY))
    first = process_record_add(actor=staff.d1_counsellor, case=case, held_on=DAY, channel="online",
                               service_type="policy_info_consulting", summary="讲解补贴政策", now=at(DAY))
    fix = process_record_add(actor=staff.d1_counsellor, case=case, held_on=DAY, channel="offline",
                             service_type="policy_info_consulting", summary="更正：实为线下咨询", corrects=first,
                             now=at(DAY))
    first.refresh_from_db()
    assert (first.channel, first.summary, fix.corrects_id) == ("online", "讲解补贴政策", first.pk)
    assert {r.mode for r in ProcessRecord.objects.all()} == {"guidance"} and ProcessRecord.objects.count() == 2
    with pytest.raises(DomainError):
        process_record_add(actor=staff.d1_counsellor, case=case, held_on=DAY + dt.timedelta(days=1), channel="online",
                           service_type="policy_info_consulting", summary="未来日期", now=at(DAY))
    event = AuditEvent.objects.filter(clause="CQ-7.1.10-2").last()
    assert event.changes["after"]["basis"] == "T/CQTSHRA 002-2024"


def test_key_assistance_requests_are_listed_first(city, staff):
    """CQ-7.1.11-1, CQ-7.1.11-2: a flagged request made later is listed ahead of an unflagged earlier one."""
    plain = new_case(staff, city, "早到者", day=DAY)
    flagged = new_case(staff, city, "援助对象", day=DAY + dt.timedelta(days=1),
                       specific_groups=["employment_assistance_target"])
    assert [c.pk for c in case_list(actor=staff.d1_counsellor)] == [flagged.pk, plain.pk]


def test_archive_codes_are_fixed_and_retention_counts_from_closure(city, staff):
    """CQ-7.2.2-2, CQ-7.2.2-4."""
    case = new_case(staff, city, "卢苇")
    with pytest.raises(DomainError):
        archive_item_file(actor=staff.d1_head, case=case, code="photos", now=at(DAY))
    with pytest.raises(DomainError):
        archive_item_file(actor=staff.d1_head, case=case, code="guidance_process_record", declined=True, now=at(DAY))
    assert archive_item_file(actor=staff.d1_head, case=case, code="satisfaction_feedback_form", declined=True,
                             now=at(DAY)).declined
    assert rules.retention_until(dt.date(2024, 6, 3), 5) == dt.date(2029, 6, 3)
    assert rules.retention_until(dt.date(2024, 2, 29), 5) == dt.date(2029, 2, 28)


def test_satisfaction_report_by_counsellor_channel_and_recipient(city, staff):
    """CQ-9.2.1-1, CQ-9.2.1-4."""
    a = new_case(staff, city, "甲", channel="online")
    b = new_case(staff, city, "乙")
    for case in (a, b):
        case_close_employed(actor=staff.d1_counsellor, case=case, employer="某公司", post="文员", start_on=DAY,
                            via_job_introduction=False, now=at(DAY))
    satisfaction_submit(actor=None, case=a, score=5, channel="online", now=at(DAY))  # by the worker on the portal
    satisfaction_submit(actor=staff.d1_head, case=a, score=3, channel="paper", now=at(DAY))
    report = satisfaction_report(actor=staff.d1_head, start=DAY, end=DAY)
    assert (report["cases"], report["answered"], report["response_rate"]) == (2, 1, 50.0)
    assert report["by_counsellor"][staff.d1_counsellor.pk] == {"responses": 2, "mean": 4.0}
    assert report["by_channel"] == {"online": {"responses": 2, "mean": 4.0}}
    assert report["basis"] == "T/CQTSHRA 002-2024"
    assert satisfaction_report(actor=staff.d2_counsellor, start=DAY, end=DAY)["cases"] == 0
