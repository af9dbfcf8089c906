"""Verification checks of every record type (BJ-56-2), the daily posting-check notice (BJ-56-3) and the sample size
of each record type as a policy setting (BJ-56-6)."""
import datetime as dt

import pytest

from careerguide.common.errors import DomainError, NotFound
from careerguide.duties.models import Duty
from careerguide.employers.services.quarterly import demand_archive_save
from careerguide.employers.tests.factories import make_catalogue, make_key_enterprise
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.matching.tests.factories import at, published_vacancy
from careerguide.notifications.models import Notification
from careerguide.policy.services import policy_override_create
from careerguide.supervision.models import PostingCheckNotice, RecordCheck, SupervisionIssue
from careerguide.supervision.selectors import spot_check_population_ids
from careerguide.supervision.services.checks import (
    posting_notice_duties_schedule,
    posting_notice_issue,
    record_check_record,
)
from careerguide.supervision.services.spot_checks import spot_check_create
from careerguide.workdays.selectors import work_calendar

pytestmark = pytest.mark.django_db


@pytest.fixture
def records(city, staff):
    """One record of each of the five types, all held at street s11."""
    make_catalogue(staff.city_admin, now=at(2026, 1, 2))
    agreement = make_key_enterprise(staff, city)
    seeker = register_job_seeker(staff.s11_counsellor, city.s11, full_name="核查对象", now=at(2026, 3, 2),
                                 profile={"difficulty_certified": True, "certified_on": dt.date(2026, 3, 1)})
    vacancy = published_vacancy(staff, city, employer=agreement.employer, now=at(2026, 3, 3))
    archive = demand_archive_save(actor=staff.s11_officer, agreement=agreement, on=dt.date(2026, 3, 3),
                                  now=at(2026, 3, 3), workforce_size=80, plan_year=2026, plan_quarter=2,
                                  planned_hires=10, hiring_plan="招聘仓管员10名")
    return {"personal_ledger": seeker, "needs_archive": seeker, "posting": vacancy,
            "employer_ledger": agreement.employer, "demand_archive": archive}


def test_checks_cover_the_five_record_types_of_the_lower_level(city, staff, records):
    """BJ-56-2: personal ledgers, difficult persons' needs archives, postings, employer ledgers and key enterprises'
    demand archives can each be spot-checked and verified; BJ-56-1 by the upper level only."""
    for record_type, record in records.items():
        assert record.pk in spot_check_population_ids(unit=city.d1, record_type=record_type), record_type
        assert record.pk not in spot_check_population_ids(unit=city.d2, record_type=record_type), record_type
        check = record_check_record(actor=staff.city_admin, record_type=record_type, record_id=record.pk,
                                    result="ok", now=at(2026, 3, 5))
        held_by = city.d1 if record_type == "posting" else city.s11  # postings are held by the reviewing district
        assert (check.unit, check.upper_unit, check.issue) == (held_by, city.city, None)
    assert "核查对象" not in RecordCheck.objects.get(record_type="personal_ledger").record_label  # masked
    with pytest.raises(NotFound):  # outside the jurisdiction
        record_check_record(actor=staff.d1_head, record_type="posting", record_id=records["posting"].pk + 999,
                            result="ok")
    with pytest.raises(DomainError) as exc:  # the agency does not verify its own records
        record_check_record(actor=staff.d1_head, record_type="posting", record_id=records["posting"].pk, result="ok")
    assert exc.value.code == "forbidden"
    assert RecordCheck.objects.count() == 5


def test_a_problem_found_becomes_an_issue_and_needs_its_description(city, staff, records):
    """BJ-56-2, BJ-56-5: the problem is assigned to the record's agency; without a description nothing is saved."""
    with pytest.raises(DomainError) as exc:
        record_check_record(actor=staff.d1_head, record_type="employer_ledger",
                            record_id=records["employer_ledger"].pk, result="problem", finding=" ")
    assert list(exc.value.field_errors) == ["finding"]
    assert not RecordCheck.objects.exists() and not SupervisionIssue.objects.exists()
    check = record_check_record(actor=staff.d1_head, record_type="employer_ledger",
                                record_id=records["employer_ledger"].pk, result="problem",
                                finding="未记录最近一次上门服务", now=at(2026, 3, 5))
    issue = check.issue
    assert (issue.unit, issue.upper_unit, issue.status) == (city.s11, city.d1, "found")
    assert issue.record_ref == f"employer_ledger:{records['employer_ledger'].pk}"


def test_one_posting_check_notice_per_working_day_covers_every_check_since_the_last(city, staff, records):
    """BJ-56-3 (open question 23): on a working day the city and each district owe today's notice; checks made on
    a weekend go into the next working day's notice; a day without checks says so; checked agencies are told."""
    calendar = work_calendar()
    friday, saturday, monday = dt.date(2026, 3, 6), dt.date(2026, 3, 7), dt.date(2026, 3, 9)
    assert posting_notice_duties_schedule(calendar=calendar, now=at(2026, 3, 6, 7)) == 3  # city, 甲区, 开发区
    assert posting_notice_duties_schedule(calendar=calendar, now=at(2026, 3, 6, 8)) == 0  # once a day
    assert posting_notice_duties_schedule(calendar=calendar, now=at(2026, 3, 7, 7)) == 0  # Saturday
    friday_notice = PostingCheckNotice.objects.get(issuer_unit=city.city, day=friday)
    duty = Duty.objects.get(kind="supervision.posting_check_notice", subject_id=str(friday_notice.pk))
    assert (duty.due_date, duty.unit, duty.clause) == (friday, city.city, "BJ-56-3")

    posting_notice_issue(actor=staff.city_admin, notice=friday_notice, now=at(2026, 3, 6, 17))
    friday_notice.refresh_from_db()
    assert (friday_notice.status, friday_notice.check_count) == ("issued", 0) and "本期无招聘信息核查" in friday_notice.body
    duty.refresh_from_db()
    assert duty.status == "done"

    record_check_record(actor=staff.city_admin, record_type="posting", record_id=records["posting"].pk,
                        result="problem", finding="薪酬与实际不符", now=at(2026, 3, 7, 10))
    record_check_record(actor=staff.city_admin, record_type="personal_ledger", record_id=records["personal_ledger"].pk,
                        result="ok", now=at(2026, 3, 7, 11))  # not a posting: the monthly notice's business
    posting_notice_duties_schedule(calendar=calendar, now=at(2026, 3, 9, 7))
    monday_notice = PostingCheckNotice.objects.get(issuer_unit=city.city, day=monday)
    posting_notice_issue(actor=staff.city_admin, notice=monday_notice, now=at(2026, 3, 9, 17))
    monday_notice.refresh_from_db()
    assert (monday_notice.check_count, monday_notice.problem_count) == (1, 1)
    assert "薪酬与实际不符" in monday_notice.body
    assert RecordCheck.objects.get(record_type="posting").posting_notice == monday_notice
    assert not PostingCheckNotice.objects.filter(day=saturday).exists()


def test_a_later_notice_waits_for_the_earlier_one_and_only_the_issuer_issues(city, staff, records):
    """BJ-56-3: notices go out in order, each covering the checks since the previous one."""
    calendar = work_calendar()
    posting_notice_duties_schedule(calendar=calendar, now=at(2026, 3, 5, 7))
    posting_notice_duties_schedule(calendar=calendar, now=at(2026, 3, 6, 7))
    thursday = PostingCheckNotice.objects.get(issuer_unit=city.d1, day=dt.date(2026, 3, 5))
    friday = PostingCheckNotice.objects.get(issuer_unit=city.d1, day=dt.date(2026, 3, 6))
    with pytest.raises(DomainError) as exc:
        posting_notice_issue(actor=staff.d1_head, notice=friday, now=at(2026, 3, 6, 17))
    assert exc.value.code == "earlier_notice_pending"
    with pytest.raises(DomainError) as exc:
        posting_notice_issue(actor=staff.city_admin, notice=thursday, now=at(2026, 3, 6, 17))
    assert exc.value.code == "forbidden"
    posting_notice_issue(actor=staff.d1_head, notice=thursday, now=at(2026, 3, 6, 17))
    thursday_duty = Duty.objects.get(kind="supervision.posting_check_notice", subject_id=str(thursday.pk))
    assert thursday_duty.status == "late_done"
    posting_notice_issue(actor=staff.d1_head, notice=friday, now=at(2026, 3, 6, 17))
    friday.refresh_from_db()
    assert friday.status == "issued"


def test_checked_agencies_are_told_of_the_notice(city, staff, records):
    """BJ-56-3: the recipients are the lower-level agencies checked."""
    record_check_record(actor=staff.city_admin, record_type="posting", record_id=records["posting"].pk, result="ok",
                        now=at(2026, 3, 6, 9))
    posting_notice_duties_schedule(calendar=work_calendar(), now=at(2026, 3, 6, 7))
    notice = PostingCheckNotice.objects.get(issuer_unit=city.city, day=dt.date(2026, 3, 6))
    posting_notice_issue(actor=staff.city_admin, notice=notice, now=at(2026, 3, 6, 17))
    told = Notification.objects.filter(subject__contains="招聘信息核查通报")
    assert [n.recipient for n in told] == [staff.d1_head]


def test_sample_size_of_each_record_type_is_a_policy_setting(city, staff):
    """BJ-56-6: the configurable sample size per record type comes from the checking agency's setting."""
    check = spot_check_create(actor=staff.d1_head, unit=city.s11, record_type="employer_ledger",
                              month=dt.date(2026, 3, 1), seed=3, now=at(2026, 3, 20))
    assert check.sample_size == 5
    policy_override_create(actor=staff.d1_head, key="bj.spot_check_sample_size_employer_ledger", unit=city.d1,
                           value="12", effective_from=dt.date(2026, 3, 1), reason="本区加大抽查力度",
                           now=at(2026, 3, 1))
    check = spot_check_create(actor=staff.d1_head, unit=city.s12, record_type="employer_ledger",
                              month=dt.date(2026, 3, 1), seed=3, now=at(2026, 3, 20))
    assert check.sample_size == 12
    check = spot_check_create(actor=staff.city_admin, unit=city.d2, record_type="employer_ledger",
                              month=dt.date(2026, 3, 1), seed=3, now=at(2026, 3, 20))
    assert check.sample_size == 5


def test_check_and_notice_pages(client, city, staff, records):
    """BJ-56-2 and BJ-56-3 through the pages: a refused check shows its Chinese message and saves nothing."""
    client.force_login(staff.city_admin)
    response = client.post("/supervision/checks/", {"record_type": "posting", "record_id": records["posting"].pk,
                                                    "result": "problem", "finding": ""})
    assert response.status_code == 400 and "发现问题的，请填写问题。" in response.content.decode()
    assert not RecordCheck.objects.exists()
    response = client.post("/supervision/checks/", {"record_type": "posting", "record_id": records["posting"].pk,
                                                    "result": "ok"})
    assert response.status_code == 302 and RecordCheck.objects.count() == 1
    posting_notice_duties_schedule(calendar=work_calendar(), now=at(2026, 3, 6, 7))
    notice = PostingCheckNotice.objects.get(issuer_unit=city.city)
    assert client.post(f"/supervision/posting-notices/{notice.pk}/", {"note": "请各区注意"}).status_code == 302
    notice.refresh_from_db()
    assert notice.status == "issued" and notice.check_count == 1 and "请各区注意" in notice.body
    page = client.get(f"/supervision/posting-notices/{notice.pk}/").content.decode()
    assert "已发布" in page
    client.force_login(staff.d2_counsellor)
    assert client.get(f"/supervision/posting-notices/{notice.pk}/").status_code == 404
