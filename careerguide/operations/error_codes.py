"""Refusal codes of operations: backups, restores and health (the generic ones are `CommonErrorCode`)."""
from enum import StrEnum


class OperationsErrorCode(StrEnum):
    BACKUP_KEY_MISSING = "backup_key_missing"          # no BACKUP_KEYS configured
    ARCHIVE_UNREADABLE = "archive_unreadable"          # not an archive, wrong key, or altered
    DATABASE_UNSUPPORTED = "database_unsupported"      # neither SQLite nor PostgreSQL
    TOOL_FAILED = "tool_failed"                        # pg_dump / pg_restore exited non-zero
    ROWS_LOST = "rows_lost"                            # a table's row count differs from the archive's
    AUDIT_CHAIN_BROKEN = "audit_chain_broken"          # audit_verify failed on the restored data
