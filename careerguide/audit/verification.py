"""Checking the audit chain end to end."""
from __future__ import annotations

from dataclasses import dataclass

from .chain import GENESIS_HASH, event_hash
from .models import AuditChainHead, AuditEvent


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    reason: str


def audit_chain_verify(*, chunk_size: int = 5000) -> tuple[int, ChainProblem | None]:
    """Walk every event in order; return (events checked, first problem or None).

    Detects an edited event (its hash no longer matches), a deleted event (a
    gap in `seq` or a broken `prev_hash` link) and a deleted tail (the head
    row is ahead of the last stored event).
    """
    expected_seq, prev = 1, GENESIS_HASH
    count = 0
    columns = ("seq", "occurred_at", "actor_id", "actor_unit_id", "object_type", "object_id", "object_unit_id",
               "action", "clause", "changes", "reason", "prev_hash", "hash")
    for row in AuditEvent.objects.order_by("seq").values_list(*columns).iterator(chunk_size=chunk_size):
        fields = dict(zip(columns, row))
        stored = fields.pop("hash")
        if fields["seq"] != expected_seq:
            return count, ChainProblem(expected_seq, "missing")
        if fields["prev_hash"] != prev:
            return count, ChainProblem(fields["seq"], "broken_link")
        if event_hash(**fields) != stored:
            return count, ChainProblem(fields["seq"], "altered")
        prev, expected_seq, count = stored, expected_seq + 1, count + 1
    head = AuditChainHead.objects.filter(pk=1).first()
    if head is not None and (head.seq != expected_seq - 1 or head.hash != prev):
        return count, ChainProblem(expected_seq, "missing")
    return count, None
