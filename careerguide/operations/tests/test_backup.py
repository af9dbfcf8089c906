"""Backup and restore (CQ-4.4-4) on the database the suite runs on (SQLite, or PostgreSQL when DATABASE_URL
is set): an encrypted archive, a round trip with zero rows lost and the audit chain intact, the log."""
import datetime as dt

import pytest
from django.core.management import call_command
from django.db import connection

from careerguide.accounts.models import RoleAssignment, User
from careerguide.audit.verification import audit_chain_verify
from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.guidance.cq.models import BackupRun
from careerguide.operations import archive, engines
from careerguide.operations.duty_kinds import KIND_RESTORE_TEST
from careerguide.operations.error_codes import OperationsErrorCode
from careerguide.operations.models import BackupRecord
from careerguide.operations.services import backup_create, backup_restore, backup_restore_check

# Tables a restore writes to after it has proved the data whole: its own log entry, the audit event
# recording it, the chain head, and the CQ service database's backup log.
WRITTEN_BY_RESTORE = {"operations_backuprecord", "audit_auditevent", "audit_auditchainhead", "guidance_backuprun"}


def live_counts() -> dict[str, int]:
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        return engines.sqlite_table_counts(connection.connection)
    return engines.pg_counts()


@pytest.fixture
def populated(transactional_db):
    """The demo city on top of the reference data: every kind of record, and a long audit chain."""
    from careerguide.occupations.services import occupations_seed_defaults
    from careerguide.workdays.services import calendar_years_seed_from_package

    calendar_years_seed_from_package()
    occupations_seed_defaults()
    call_command("seed_demo", job_seekers=8, stdout=open("/dev/null", "w"))


@pytest.mark.req("CQ-4.4-4")
def test_round_trip_loses_no_row_and_keeps_the_audit_chain(populated, tmp_path):
    """Every table's count after the restore equals its count when the backup was taken; changes made after
    the backup are undone; audit_verify passes on the restored data."""
    before = live_counts()
    admin = User.objects.get(username="city.admin")
    record = backup_create(actor=admin, operator="ops", directory=tmp_path)
    manifest = archive.manifest(tmp_path / record.archive, keys=["dGVzdC1vbmx5LWJhY2t1cC1rZXktMDAwMDAwMDAwMDE="])
    assert manifest["tables"] == before
    assert record.rows == sum(before.values()) > 1000 and record.tables == len(before)
    assert record.size_bytes == (tmp_path / record.archive).stat().st_size and len(record.sha256) == 64

    RoleAssignment.objects.filter(user__username="s0101.counsellor").delete()      # lost after the backup ...
    User.objects.create_user("after.backup", password="x" * 12, full_name="备份后", kind="job_seeker")  # ... added

    restored = backup_restore(actor=admin, operator="ops", path=tmp_path / record.archive)
    after = live_counts()
    lost = {t: before[t] - after.get(t, 0) for t in before if t not in WRITTEN_BY_RESTORE and after.get(t) != before[t]}
    assert lost == {}
    print(f"\nround trip on {connection.vendor}: {len(before)} tables, {sum(before.values())} rows, "
          f"{sum(lost.values())} lost")
    assert all(after[t] >= before[t] for t in WRITTEN_BY_RESTORE if t in before)
    assert RoleAssignment.objects.filter(user__username="s0101.counsellor").exists()
    assert not User.objects.filter(username="after.backup").exists()
    call_command("audit_verify", stdout=open("/dev/null", "w"))
    assert audit_chain_verify()[1] is None
    # The log keeps both entries: the backup's, put back from the log file, and the restore's.
    assert set(BackupRecord.objects.values_list("kind", flat=True)) == {"backup", "restore"}
    assert restored.actor == User.objects.get(username="city.admin") and restored.sha256 == record.sha256


@pytest.mark.req("CQ-4.4-4")
def test_restore_test_checks_a_scratch_copy_and_owes_the_next_one(populated, tmp_path):
    record = backup_create(actor=None, operator="cron", directory=tmp_path)
    assert Duty.objects.filter(kind=KIND_RESTORE_TEST, status="open").count() == 1
    User.objects.create_user("live.only", password="x" * 12, full_name="在线", kind="job_seeker")
    checked = backup_restore_check(actor=None, operator="ops", path=tmp_path / record.archive)
    assert checked.succeeded and checked.kind == "restore_test" and "audit chain intact" in checked.note
    assert User.objects.filter(username="live.only").exists()   # the live data is not touched
    duties = Duty.objects.filter(kind=KIND_RESTORE_TEST)
    assert duties.filter(status="open").count() == 1 and duties.exclude(status="open").count() == 1
    assert set(BackupRun.objects.values_list("kind", "succeeded")) == {("backup", True), ("restore_test", True)}


@pytest.mark.django_db(transaction=True)
def test_retention_keeps_the_policy_number_of_copies(tmp_path, monkeypatch):
    monkeypatch.setattr("careerguide.operations.services.policy_number", lambda key, **kw: 2)
    start = dt.datetime(2026, 3, 1, 2, 0, tzinfo=dt.timezone.utc)
    records = [backup_create(actor=None, directory=tmp_path, now=start + dt.timedelta(days=i)) for i in range(4)]
    assert sorted(p.name for p in tmp_path.glob("*.cgbak")) == [r.archive for r in records[2:]]
    assert records[-1].removed == [records[1].archive] and records[-1].retained_copies == 2


@pytest.mark.django_db(transaction=True)
def test_an_altered_archive_is_refused_and_nothing_is_loaded(tmp_path):
    record = backup_create(actor=None, directory=tmp_path)
    path = tmp_path / record.archive
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    User.objects.create_user("kept", password="x" * 12, full_name="保留", kind="job_seeker")
    with pytest.raises(DomainError) as refused:
        backup_restore(actor=None, path=path)
    assert refused.value.code == OperationsErrorCode.ARCHIVE_UNREADABLE
    assert User.objects.filter(username="kept").exists()


@pytest.mark.django_db(transaction=True)
def test_an_archive_needs_the_key(tmp_path, settings):
    record = backup_create(actor=None, directory=tmp_path)
    settings.BACKUP_KEYS = ["b3RoZXIta2V5LW5vdC10aGUtb25lLXVzZWQtMDAwMDA="]
    with pytest.raises(DomainError) as refused:
        backup_restore_check(actor=None, path=tmp_path / record.archive)
    assert refused.value.code == OperationsErrorCode.ARCHIVE_UNREADABLE
    settings.BACKUP_KEYS = []
    with pytest.raises(DomainError) as refused:
        backup_create(actor=None, directory=tmp_path)
    assert refused.value.code == OperationsErrorCode.BACKUP_KEY_MISSING


def test_archive_frames_cannot_be_reordered(tmp_path):
    key = "dGVzdC1vbmx5LWJhY2t1cC1rZXktMDAwMDAwMDAwMDE="
    path = tmp_path / "a.cgbak"
    archive.write(path, manifest={"v": 1}, data=[b"one", b"two"], keys=[key])
    assert b"".join(archive.data(path, keys=[key])) == b"onetwo"
    raw = path.read_bytes()
    body = raw[len(archive.MAGIC):]
    frames, pos = [], 0
    while pos < len(body):
        size = int.from_bytes(body[pos:pos + 4], "big")
        frames.append(body[pos:pos + 4 + size])
        pos += 4 + size
    frames[1], frames[2] = frames[2], frames[1]
    path.write_bytes(archive.MAGIC + b"".join(frames))
    with pytest.raises(archive.ArchiveError):
        list(archive.data(path, keys=[key]))


@pytest.mark.django_db(transaction=True)
def test_commands_print_what_they_did(tmp_path, capsys):
    call_command("backup", "--dir", str(tmp_path))
    out = capsys.readouterr().out
    assert "sha256" in out and "rows" in out
    name = next(tmp_path.glob("*.cgbak"))
    call_command("restore", str(name), "--check")
    assert "audit chain intact" in capsys.readouterr().out
