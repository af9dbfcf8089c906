"""JSON API of the integrated front desk (/api/intake).  One service or selector call each (BJ-5-6, BJ-5-9)."""
import datetime as dt

from ninja import Router, Schema

from careerguide.accounts.access import api_require
from careerguide.organisations.selectors import public_unit_pick

from .permissions import can_use_front_desk
from .selectors import queue_for, request_get
from .services import request_accept, request_close, request_hand_over, request_receive

router = Router(tags=["intake"])


class ReceiveIn(Schema):
    client_kind: str
    identifier: str
    category: str
    content: str
    channel: str = "front_desk"


class HandOverIn(Schema):
    to_unit_id: int
    to_role: str
    note: str


class IntakeCloseIn(Schema):
    result: str


class RequestOut(Schema):
    id: int
    reference: str
    category: str
    status: str
    received_unit: str
    received_by: str
    routed_unit: str
    queue_role: str
    responsible: str
    received_on: dt.date


def _out(item):
    return {"id": item.pk, "reference": f"Q{item.pk:06d}", "category": item.category, "status": item.status,
            "received_unit": item.received_unit.name, "received_by": item.received_by.full_name,
            "routed_unit": item.routed_unit.name, "queue_role": item.queue_role,
            "responsible": item.responsible.full_name, "received_on": item.received_on}


@router.post("/requests", response=RequestOut)
@api_require(can_use_front_desk)
def receive(request, payload: ReceiveIn):
    """BJ-5-9: one intake at any desk, routed to the back office by category."""
    return _out(request_receive(actor=request.user, **payload.dict()))


@router.get("/queue", response=list[RequestOut])
@api_require(can_use_front_desk)
def queue(request):
    return [_out(i) for i in queue_for(actor=request.user)[:200]]


@router.post("/requests/{pk}/hand-over", response=RequestOut)
@api_require(can_use_front_desk)
def hand_over(request, pk: int, payload: HandOverIn):
    """BJ-5-6: an explicit, recorded hand-over; the receiving back office owes its acceptance."""
    item = request_get(actor=request.user, pk=pk)
    unit = public_unit_pick(pk=payload.to_unit_id, field="to_unit")
    request_hand_over(actor=request.user, item=item, to_unit=unit, to_role=payload.to_role, note=payload.note)
    return _out(request_get(actor=request.user, pk=pk))


@router.post("/requests/{pk}/accept", response=RequestOut)
@api_require(can_use_front_desk)
def accept(request, pk: int):
    return _out(request_accept(actor=request.user, item=request_get(actor=request.user, pk=pk)))


@router.post("/requests/{pk}/close", response=RequestOut)
@api_require(can_use_front_desk)
def close(request, pk: int, payload: IntakeCloseIn):
    return _out(request_close(actor=request.user, item=request_get(actor=request.user, pk=pk), result=payload.result))
