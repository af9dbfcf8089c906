import datetime as dt

from ninja import Router, Schema

from careerguide.accounts.access import api_require
from careerguide.accounts.permissions import can_view_audit_trail

from .selectors import audit_timeline

router = Router(tags=["audit"])


class AuditEventOut(Schema):
    seq: int
    occurred_at: dt.datetime
    actor_id: int | None
    actor_name: str
    actor_unit_id: int | None
    action: str
    clause: str
    changes: dict
    reason: str


@router.get("/{object_type}/{object_id}", response=list[AuditEventOut])
@api_require(can_view_audit_trail)
def timeline(request, object_type: str, object_id: str):
    _obj, events = audit_timeline(actor=request.user, object_type=object_type, object_id=object_id)
    return list(events)
