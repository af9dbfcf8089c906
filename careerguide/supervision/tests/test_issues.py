import datetime as dt

import pytest

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError, NotFound
from careerguide.duties.models import Duty
from careerguide.matching.tests.factories import at
from careerguide.notifications.models import Notification
from careerguide.supervision.models import NoticeItem
from careerguide.supervision.services.issues import (
    issue_close,
    issue_record,
    issue_rectification_report,
    issue_refer,
    issue_verify,
    issue_warning_interview,
    notice_issue,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue(city, staff):
    return issue_record(actor=staff.city_admin, unit=city.d1, title="个人服务台账记载不完整", now=at(2026, 3, 2))


def _notify(staff, city, issue, day):
    return notice_issue(actor=staff.city_admin, unit=city.d1, issues=[issue], body="抽查发现问题", now=at(2026, 3, day))


def test_notices_count_per_issue_and_warning_interview_only_from_third(staff, city, issue):
    """BJ-58-3 each notice recorded with date and issue; BJ-58-4 warning interview from the 3rd notice, not the 2nd;
    BJ-58-6 found → notified 1 → 2 → ≥3 → warning_interview; BJ-58-5 referral recorded with date, recipient, materials."""
    _notify(staff, city, issue, 3)
    _notify(staff, city, issue, 4)
    issue.refresh_from_db()
    assert (issue.status, issue.notice_count) == ("notified_2", 2)
    with pytest.raises(DomainError) as refused:
        issue_warning_interview(actor=staff.city_admin, issue=issue, held_on=dt.date(2026, 3, 5), principal="甲区负责人")
    assert refused.value.clause == "BJ-58-4"
    issue.refresh_from_db()
    assert issue.status == "notified_2" and issue.interview_on is None
    notice = _notify(staff, city, issue, 6)
    assert notice.issued_on == dt.date(2026, 3, 6)
    assert list(NoticeItem.objects.filter(issue=issue).values_list("sequence", flat=True).order_by("sequence")) == [1, 2, 3]
    issue_warning_interview(actor=staff.city_admin, issue=issue, held_on=dt.date(2026, 3, 9), principal="甲区负责人",
                            notes="限期一个月整改", now=at(2026, 3, 9))
    issue.refresh_from_db()
    assert issue.status == "warning_interview" and issue.interview_principal == "甲区负责人"
    issue_refer(actor=staff.city_admin, issue=issue, referred_on=dt.date(2026, 4, 20), recipient="市人力资源和社会保障局",
                materials="三次通报及约谈记录", now=at(2026, 4, 20))
    issue.refresh_from_db()
    assert issue.status == "referred_for_accountability" and issue.referral_recipient == "市人力资源和社会保障局"
    assert Notification.objects.filter(recipient=staff.d1_head).count() == 3


def test_fourth_notice_stays_at_three_plus(staff, city, issue):
    """BJ-58-6: notified (n≥3) absorbs further notices."""
    for day in (3, 4, 5, 6):
        _notify(staff, city, issue, day)
    issue.refresh_from_db()
    assert (issue.status, issue.notice_count) == ("notified_3_plus", 4)


def test_rectification_reported_verified_then_closed(staff, city, issue):
    """BJ-56-5 open → rectification_reported → not_effective/verified; BJ-58-6 any → rectified (upper level) → closed."""
    _notify(staff, city, issue, 3)
    with pytest.raises(DomainError):  # the upper level cannot report for the lower level
        issue_rectification_report(actor=staff.city_admin, issue=issue, report="已补录")
    issue_rectification_report(actor=staff.d1_head, issue=issue, report="已补录台账", now=at(2026, 3, 10))
    issue_verify(actor=staff.city_admin, issue=issue, effective=False, reason="仍有缺项", now=at(2026, 3, 11))
    issue.refresh_from_db()
    assert (issue.status, issue.rectification_status) == ("notified_1", "not_effective")
    with pytest.raises(DomainError):  # the lower level cannot verify itself
        issue_verify(actor=staff.d1_head, issue=issue, effective=True)
    issue_rectification_report(actor=staff.d1_head, issue=issue, report="已全部补录", now=at(2026, 3, 12))
    issue_verify(actor=staff.city_admin, issue=issue, effective=True, now=at(2026, 3, 13))
    issue.refresh_from_db()
    assert (issue.status, issue.rectification_status, issue.rectified_at) == ("rectified", "verified", at(2026, 3, 13))
    with pytest.raises(DomainError):
        _notify(staff, city, issue, 14)
    issue_close(actor=staff.city_admin, issue=issue, now=at(2026, 3, 14))
    issue.refresh_from_db()
    assert issue.status == "closed"
    assert AuditEvent.objects.filter(object_type__icontains="supervisionissue", action="transition").count() == 7


def test_issue_found_then_rectified_directly_without_notice(staff, city, issue):
    """BJ-58-6: from any state (found included) to rectified."""
    issue_rectification_report(actor=staff.d1_head, issue=issue, report="当场整改")
    issue_verify(actor=staff.city_admin, issue=issue, effective=True)
    issue.refresh_from_db()
    assert issue.status == "rectified"


def test_district_cannot_supervise_another_district(staff, city):
    """BJ-56-1: the upper level acts on its own subtree only."""
    with pytest.raises(NotFound):
        issue_record(actor=staff.d1_head, unit=city.d2, title="越权")
    with pytest.raises(DomainError):
        issue_record(actor=staff.d1_head, unit=city.d1, title="自查不算上级督导")
    issue = issue_record(actor=staff.d1_head, unit=city.s11, title="街道台账缺项")
    assert issue.upper_unit == city.d1


def test_monthly_spot_check_schedules_notice_duty_and_monthly_notice_fulfils_it(staff, city):
    """BJ-56-4 monthly notice within the first 5 working days of the next month (Qingming 2026: due 8 April);
    BJ-56-6 sample with seed recorded; BJ-56-1 direct lower level only."""
    from careerguide.supervision.services.spot_checks import spot_check_create

    with pytest.raises(NotFound):
        spot_check_create(actor=staff.city_admin, unit=city.s11, record_type="personal_ledger", month=dt.date(2026, 3, 1))
    check = spot_check_create(actor=staff.city_admin, unit=city.d1, record_type="personal_ledger",
                              month=dt.date(2026, 3, 15), seed=7, now=at(2026, 3, 20))
    assert check.month == dt.date(2026, 3, 1) and check.seed == 7 and check.population == 0
    duty = Duty.objects.get(kind="supervision.monthly_notice")
    assert duty.due_date == dt.date(2026, 4, 8) and duty.clause == "BJ-56-4"
    notice_issue(actor=staff.city_admin, unit=city.d1, issues=[], kind="monthly", month=dt.date(2026, 3, 1),
                 body="本月抽查未发现问题", now=at(2026, 4, 8))
    duty.refresh_from_db()
    assert duty.status == "done"
