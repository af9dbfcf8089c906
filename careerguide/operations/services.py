"""Backups and restores of the whole database (CQ-4.4-4), each logged with its size and checksum.

`backup_create` writes an encrypted archive (Fernet, keys in settings.BACKUP_KEYS) of a consistent copy
with every table's row count, and keeps the newest `cq.backup_retained_copies` archives. `backup_restore`
replaces the live data with an archive's, then proves no row was lost (every table's count equals the
archive's) and the audit chain is intact. `backup_restore_check` does the same into a scratch database
and leaves the live one alone: the periodic restore test, which closes the restore-test duty and owes the
next one after `cq.restore_test_interval_months`. The log is also appended to `backup-log.jsonl` beside
the archives, so a restore puts back the log entries made after the archive was taken.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.utils.translation import gettext as _

from careerguide.accounts.models import User
from careerguide.audit.verification import audit_chain_verify
from careerguide.common.months import add_months
from careerguide.common.services import audit, now_or, policy_number, refuse, today
from careerguide.duties.selectors import open_duties_for_subject
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule
from careerguide.guidance.cq.services.database import backup_log
from careerguide.organisations.models import Unit
from careerguide.organisations.selectors import city_unit

from . import archive, engines
from .duty_kinds import KIND_RESTORE_TEST
from .error_codes import OperationsErrorCode
from .models import BackupRecord
from .selectors import backup_record_exists

ARCHIVE_GLOB = "careerguide-*.cgbak"
LOG_FILE = "backup-log.jsonl"
_PLAIN_SUFFIX = {engines.SQLITE: ".sqlite3", engines.POSTGRESQL: ".pgdump"}


def _keys() -> list[str]:
    keys = [k for k in getattr(settings, "BACKUP_KEYS", []) if k]
    if not keys:
        refuse(_("未配置备份密钥（BACKUP_KEYS），不能备份或恢复。"), code=OperationsErrorCode.BACKUP_KEY_MISSING)
    return keys


def _vendor() -> str:
    vendor = engines.vendor()
    if vendor not in _PLAIN_SUFFIX:
        refuse(_("只支持 SQLite 和 PostgreSQL 数据库的备份。"), code=OperationsErrorCode.DATABASE_UNSUPPORTED)
    return vendor


def _snapshot(vendor: str, target: Path) -> dict[str, int]:
    try:
        return engines.sqlite_snapshot(target) if vendor == engines.SQLITE else engines.pg_snapshot(target)
    except engines.EngineError as exc:
        refuse(_("数据库导出失败：%(e)s") % {"e": exc}, code=OperationsErrorCode.TOOL_FAILED)


def _prune(directory: Path, keep: int) -> list[str]:
    archives = sorted(directory.glob(ARCHIVE_GLOB))
    removed = archives[:-keep] if len(archives) > keep else []
    for path in removed:
        path.unlink()
    return [p.name for p in removed]


def _record(*, actor, operator: str, log_dir: Path, **fields) -> BackupRecord:
    """Store the log entry (and its line in the log file), audit it, and tell the CQ service database."""
    with transaction.atomic():
        record = BackupRecord.objects.create(actor=actor if getattr(actor, "pk", None) else None, operator=operator,
                                             **fields)
        audit(actor=actor, obj=record, action=record.kind, unit=None, clause="CQ-4.4-4",
              after={"archive": record.archive, "size_bytes": record.size_bytes, "sha256": record.sha256,
                     "rows": record.rows, "succeeded": record.succeeded})
        if record.kind != BackupRecord.Kind.RESTORE:
            backup_log(kind=record.kind, scope=f"{record.vendor}:{record.archive}", succeeded=record.succeeded,
                       note=record.note[:300], now=record.finished_at)
    line = {k: v for k, v in fields.items()} | {"actor": getattr(actor, "username", ""), "operator": operator}
    with open(log_dir / LOG_FILE, "a", encoding="utf-8") as log:
        log.write(json.dumps(line, default=str, ensure_ascii=False, sort_keys=True) + "\n")
    return record


def backup_create(*, actor, operator: str = "", directory: Path | None = None, now=None) -> BackupRecord:
    """Write one encrypted archive of the whole database into `directory` and log it."""
    keys, vendor = _keys(), _vendor()
    directory = Path(directory or settings.BACKUP_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    started = now_or(now)
    name = f"careerguide-{started.astimezone(dt.timezone.utc):%Y%m%dT%H%M%S%fZ}-{vendor}.cgbak"
    with tempfile.TemporaryDirectory(dir=directory) as scratch:
        plain = Path(scratch) / f"copy{_PLAIN_SUFFIX[vendor]}"
        counts = _snapshot(vendor, plain)
        manifest = {"format": 1, "vendor": vendor, "taken_at": started.isoformat(), "tables": counts}
        with open(plain, "rb") as src:
            size, digest = archive.write(directory / name, manifest=manifest, data=archive.chunked(src), keys=keys)
    keep = policy_number("cq.backup_retained_copies", on=today(started))
    removed = _prune(directory, keep)
    _restore_test_duty(actor=actor, on=today(started), done=False, now=now)
    return _record(actor=actor, operator=operator, log_dir=directory, kind=BackupRecord.Kind.BACKUP,
                   started_at=started, finished_at=now_or(now), vendor=vendor,
                   archive=name, size_bytes=size, sha256=digest, tables=len(counts), rows=sum(counts.values()),
                   retained_copies=keep, removed=removed)


def _open(path: Path, keys: list[str], into: Path) -> dict:
    """Decrypt the archive into `into` (checked end to end before anything is loaded); return its manifest."""
    try:
        manifest = archive.manifest(path, keys=keys)
        with open(into, "wb") as out:
            for block in archive.data(path, keys=keys):
                out.write(block)
    except (archive.ArchiveError, OSError) as exc:
        refuse(_("备份文件无法读取：%(e)s") % {"e": exc}, code=OperationsErrorCode.ARCHIVE_UNREADABLE)
    if manifest.get("vendor") != engines.vendor():
        refuse(_("该备份来自 %(v)s 数据库，不能恢复到当前数据库。") % {"v": manifest.get("vendor")},
               code=OperationsErrorCode.DATABASE_UNSUPPORTED)
    return manifest


def _rows_lost(expected: dict[str, int], actual: dict[str, int]) -> dict[str, int]:
    """Tables whose count differs from the archive's (positive: rows missing after the restore)."""
    return {t: n - actual.get(t, 0) for t, n in expected.items() if actual.get(t, 0) != n}


def _file_sha256(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    with open(path, "rb") as src:
        for block in archive.chunked(src):
            digest.update(block)
    return path.stat().st_size, digest.hexdigest()


def _live_counts(vendor: str) -> dict[str, int]:
    if vendor == engines.SQLITE:
        return engines.sqlite_table_counts(connection.connection)
    return engines.pg_counts()


def _load_live(vendor: str, plain: Path) -> None:
    try:
        engines.sqlite_load(plain) if vendor == engines.SQLITE else engines.pg_load(plain)
    except engines.EngineError as exc:
        refuse(_("数据库导入失败：%(e)s") % {"e": exc}, code=OperationsErrorCode.TOOL_FAILED)


def _resync_log(log_dir: Path) -> int:
    """Put back the log entries (from the log file) that the restored data predates."""
    path, added = log_dir / LOG_FILE, 0
    if not path.exists():
        return 0
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        started = dt.datetime.fromisoformat(entry["started_at"])
        if backup_record_exists(kind=entry["kind"], started_at=started, archive=entry["archive"]):
            continue
        fields = {k: entry[k] for k in ("kind", "vendor", "archive", "size_bytes", "sha256", "tables", "rows",
                                        "retained_copies", "removed", "succeeded", "note") if k in entry}
        BackupRecord.objects.create(started_at=started, finished_at=dt.datetime.fromisoformat(entry["finished_at"]),
                                    actor=User.objects.filter(username=entry.get("actor") or None).first(),
                                    operator=entry.get("operator", ""), **fields)
        added += 1
    return added


def backup_restore(*, actor, operator: str = "", path: Path, now=None) -> BackupRecord:
    """Replace the live data with the archive's (stop the application servers first); refused, with the live
    data untouched, when the archive is unreadable. Proves zero rows lost and the audit chain intact."""
    keys, vendor, path = _keys(), _vendor(), Path(path)
    started = now_or(now)
    size, digest = _file_sha256(path)
    username = getattr(actor, "username", None)
    with tempfile.TemporaryDirectory(dir=path.parent) as scratch:
        plain = Path(scratch) / f"copy{_PLAIN_SUFFIX[vendor]}"
        manifest = _open(path, keys, plain)
        _load_live(vendor, plain)
    lost = _rows_lost(manifest["tables"], _live_counts(vendor))
    if lost:
        refuse(_("恢复后记录数与备份不符：%(t)s") % {"t": lost}, code=OperationsErrorCode.ROWS_LOST)
    verified, problem = audit_chain_verify()
    if problem is not None:
        refuse(_("恢复后审计链校验失败（第%(s)d条）。") % {"s": problem.seq}, code=OperationsErrorCode.AUDIT_CHAIN_BROKEN)
    _resync_log(path.parent)
    actor = User.objects.filter(username=username).first() if username else None
    return _record(actor=actor, operator=operator, log_dir=path.parent, kind=BackupRecord.Kind.RESTORE,
                   started_at=started, finished_at=now_or(now), vendor=vendor,
                   archive=path.name, size_bytes=size, sha256=digest, tables=len(manifest["tables"]),
                   rows=sum(manifest["tables"].values()), note=_("审计链完整：%(n)d条") % {"n": verified})


def _audit_verify_at(url: str) -> subprocess.CompletedProcess:
    """`manage.py audit_verify` against another database (the scratch copy of a restore test)."""
    env = {**os.environ, "DATABASE_URL": url}
    return subprocess.run([sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "audit_verify"], env=env,
                          capture_output=True, text=True, cwd=settings.BASE_DIR)


def _check_in_scratch(vendor: str, plain: Path, manifest: dict) -> tuple[dict, subprocess.CompletedProcess]:
    if vendor == engines.SQLITE:
        return _rows_lost(manifest["tables"], engines.sqlite_counts_of_file(plain)), _audit_verify_at(f"sqlite:///{plain}")
    name = f"{connection.settings_dict['NAME']}_restore_check"[:63]
    try:
        engines.pg_scratch_create(name)
        engines.pg_load(plain, name=name)
        return _rows_lost(manifest["tables"], engines.pg_counts(name=name)), _audit_verify_at(engines.pg_url(name))
    except engines.EngineError as exc:
        refuse(_("恢复测试失败：%(e)s") % {"e": exc}, code=OperationsErrorCode.TOOL_FAILED)
    finally:
        engines.pg_scratch_drop(name)


def backup_restore_check(*, actor, operator: str = "", path: Path, now=None) -> BackupRecord:
    """The restore test: load the archive into a scratch database, count every table, run audit_verify there;
    the live database is not touched. Logged either way; a failure is refused after it is logged."""
    keys, vendor, path = _keys(), _vendor(), Path(path)
    started = now_or(now)
    size, digest = _file_sha256(path)
    with tempfile.TemporaryDirectory(dir=path.parent) as scratch:
        plain = Path(scratch) / f"copy{_PLAIN_SUFFIX[vendor]}"
        manifest = _open(path, keys, plain)
        lost, verify = _check_in_scratch(vendor, plain, manifest)
    succeeded = not lost and verify.returncode == 0
    note = (verify.stdout.strip() if succeeded else
            (f"rows lost: {lost}; " if lost else "") + (verify.stderr.strip()[-200:] if verify.returncode else ""))
    record = _record(actor=actor, operator=operator, log_dir=path.parent, kind=BackupRecord.Kind.RESTORE_TEST,
                     started_at=started, finished_at=now_or(now), vendor=vendor,
                     archive=path.name, size_bytes=size, sha256=digest, tables=len(manifest["tables"]),
                     rows=sum(manifest["tables"].values()), succeeded=succeeded, note=note[:300])
    if not succeeded:
        code = OperationsErrorCode.ROWS_LOST if lost else OperationsErrorCode.AUDIT_CHAIN_BROKEN
        refuse(_("恢复测试未通过：%(n)s") % {"n": note[:200]}, code=code)
    _restore_test_duty(actor=actor, on=today(started), done=True, now=now)
    return record


@transaction.atomic
def _restore_test_duty(*, actor, on: dt.date, done: bool, now=None) -> None:
    """CQ-4.4-4: a passed restore test closes the open restore-test duty; one is always owed next."""
    try:
        unit = city_unit()
    except Unit.DoesNotExist:  # no agency tree yet (a fresh database): nobody to owe the duty
        return
    if done:
        duties_fulfil_for_subject(actor=actor, subject=unit, kind=KIND_RESTORE_TEST, on=on, now=now)
    if open_duties_for_subject(subject=unit, kind=KIND_RESTORE_TEST).exists():
        return
    months = policy_number("cq.restore_test_interval_months", on=on)
    duty_schedule(actor=actor, subject=unit, now=now, spec=DutySpec(
        kind=KIND_RESTORE_TEST, title=_("数据库备份恢复测试"), clause="CQ-4.4-4", due_date=add_months(on, months),
        unit=unit))
