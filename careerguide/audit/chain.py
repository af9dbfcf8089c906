"""The hash of one audit event (pure)."""
import hashlib
import json

GENESIS_HASH = "0" * 64


def event_hash(*, seq, occurred_at, actor_id, actor_unit_id, object_type, object_id, object_unit_id, action,
               clause, changes, reason, prev_hash) -> str:
    payload = [seq, occurred_at.isoformat(), actor_id, actor_unit_id, object_type, str(object_id), object_unit_id,
               action, clause, changes, reason, prev_hash]
    data = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()
