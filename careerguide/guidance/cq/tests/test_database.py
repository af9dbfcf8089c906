"""The guidance service database: re-verification, backups, disclosures (CQ-4.4-*)."""
import datetime as dt

import pytest
from django.urls import reverse

from careerguide.common.errors import DomainError
from careerguide.guidance.cq.models import BackupRun
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


def test_a_restore_test_and_a_failed_backup_are_logged_from_the_database_page(client, city, staff):
    """CQ-4.4-4: the head logs a restore test and a failed backup from the page (the failure alerts the city
    administrator); a scope left empty shows a Chinese error and saves nothing; a counsellor cannot log one."""
    url = reverse("guidance:cq:database")
    client.force_login(staff.d1_head)
    r = client.post(url, {"section": "backup", "backup-kind": "backup", "backup-scope": " ", "backup-succeeded": "yes"})
    assert r.status_code == 200 and "这个字段是必填项" in r.content.decode() and not BackupRun.objects.exists()
    client.post(url, {"section": "backup", "backup-kind": "restore_test", "backup-scope": "全量恢复演练",
                      "backup-succeeded": "yes"})
    client.post(url, {"section": "backup", "backup-kind": "backup", "backup-scope": "数据库及归档附件",
                      "backup-succeeded": "no", "backup-note": "磁盘已满"})
    runs = sorted(BackupRun.objects.values_list("kind", "succeeded"))
    assert runs == [("backup", False), ("restore_test", True)]
    assert Notification.objects.filter(recipient=staff.city_admin, subject__contains="备份失败").exists()
    html = client.get(url).content.decode()
    assert "全量恢复演练" in html and "失败" in html
    with pytest.raises(DomainError) as exc:
        backup_log(actor=staff.d1_counsellor, kind="backup", scope="数据库", succeeded=True)
    assert exc.value.code == "forbidden"


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
