"""The guidance service database: re-verification, backups, disclosures (CQ-4.4-*)."""
import datetime as dt

import pytest

from careerguide.common.errors import DomainError
from careerguide.guidance.cq.selectors import backup_status, reverification_worklist
from careerguide.guidance.cq.services.cases import case_register
from careerguide.guidance.cq.services.database import backup_log, database_record_verify, disclosure_record
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.job_seekers.tests.helpers import at
from careerguide.notifications.models import Notification

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 1, 10)


def test_reverification_worklist_after_180_days(city, staff):
    """CQ-4.4-2, CQ-4.4-3: listed on day 181, not on day 180; scoped to the responsible counsellor."""
    database_record_verify(actor=staff.d1_counsellor, family="client", ref="js:1", label="林晓雨", unit=city.d1,
                           now=at(DAY))
    database_record_verify(actor=staff.d1_head, family="guidance_staff", ref="user:9", label="甲区指导员", unit=city.d1,
                           now=at(DAY))
    on = lambda days, actor: list(reverification_worklist(actor=actor, today=DAY + dt.timedelta(days=days), days=180))  # noqa: E731
    assert on(180, staff.d1_head) == []
    assert len(on(181, staff.d1_head)) == 2
    assert [r.ref for r in on(181, staff.d1_counsellor)] == ["js:1"]
    assert on(181, staff.d2_counsellor) == []
    database_record_verify(actor=staff.d1_counsellor, family="client", ref="js:1", label="林晓雨", unit=city.d1,
                           now=at(DAY + dt.timedelta(days=181)))
    assert [r.ref for r in on(181, staff.d1_head)] == ["user:9"]


def test_backup_logging_failure_alert_and_overdue(city, staff):
    """CQ-4.4-4."""
    backup_log(kind="backup", scope="数据库及归档附件", succeeded=True, now=at(DAY))
    assert not backup_status(today=DAY + dt.timedelta(days=1))["backup_overdue"]
    assert backup_status(today=DAY + dt.timedelta(days=2))["backup_overdue"]
    assert backup_status(today=DAY)["restore_test_overdue"]
    backup_log(kind="restore_test", scope="全量恢复演练", succeeded=True, now=at(DAY))
    assert not backup_status(today=dt.date(2024, 4, 10))["restore_test_overdue"]
    assert backup_status(today=dt.date(2024, 4, 11))["restore_test_overdue"]
    backup_log(kind="backup", scope="数据库", succeeded=False, note="磁盘已满", now=at(DAY))
    assert Notification.objects.filter(recipient=staff.city_admin, subject__contains="失败").exists()


def test_disclosure_needs_a_recorded_basis(city, staff):
    """CQ-4.4-5, CQ-4.4-6, CQ-4.6.2-3."""
    seeker = make_job_seeker(staff.d1_counsellor, city.d1)
    case = case_register(actor=staff.d1_counsellor, subject=seeker, unit=city.d1, topic="t", preferred_channel="online",
                         now=at(DAY))
    with pytest.raises(DomainError):
        disclosure_record(actor=staff.d1_counsellor, case=case, recipient="某公司", content="联系方式", basis="",
                          basis_detail="", now=at(DAY))
    with pytest.raises(DomainError):
        disclosure_record(actor=staff.s11_counsellor, case=case, recipient="区人社局", content="就业登记信息",
                          basis="legal_obligation", basis_detail="就业登记", now=at(DAY))
    d = disclosure_record(actor=staff.d1_counsellor, case=case, recipient="区人社局", content="就业登记信息",
                          basis="legal_obligation", basis_detail="依GB/T 33532-2017办理就业登记", now=at(DAY))
    assert d.basis == "legal_obligation" and d.disclosed_by == staff.d1_counsellor
