"""Writing audit events.  Every service that changes a record calls `audit_record`
inside its own transaction, so the change and its trail commit together."""
from __future__ import annotations

import datetime as dt
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from .chain import event_hash
from .models import AuditChainHead, AuditEvent


def _plain(value):
    """JSON-safe primitives, so a value hashes the same before and after storage."""
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False))


def object_label(*, obj) -> str:
    return obj._meta.label_lower


def changed_fields(*, before: dict, after: dict) -> tuple[dict, dict]:
    """Keep only the keys whose values differ."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def audit_record(*, actor, obj, action: str, unit=None, clause: str = "", before: dict | None = None,
                 after: dict | None = None, reason: str = "", now: dt.datetime | None = None) -> AuditEvent:
    """Append one event to the chain for a change to `obj` (must run inside a transaction)."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("audit_record must be called inside the transaction of the change it records")
    head, _created = AuditChainHead.objects.select_for_update().get_or_create(pk=1, defaults={"seq": 0, "hash": "0" * 64})
    occurred_at = (now or timezone.now()).astimezone(dt.timezone.utc)
    actor_obj = actor if actor is not None and getattr(actor, "pk", None) else None
    changes = _plain({"before": before or {}, "after": after or {}})
    fields = dict(
        seq=head.seq + 1,
        occurred_at=occurred_at,
        actor_id=actor_obj.pk if actor_obj else None,
        actor_unit_id=getattr(actor_obj, "unit_id", None) if actor_obj else None,
        object_type=object_label(obj=obj),
        object_id=str(obj.pk),
        object_unit_id=unit.pk if unit is not None else None,
        action=action,
        clause=clause,
        changes=changes,
        reason=reason,
        prev_hash=head.hash,
    )
    digest = event_hash(**fields)
    event = AuditEvent.objects.create(actor_name=str(actor_obj) if actor_obj else "", hash=digest, **fields)
    head.seq, head.hash = fields["seq"], digest
    head.save(update_fields=["seq", "hash"])
    return event
