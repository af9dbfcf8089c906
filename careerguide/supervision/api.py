"""JSON API of supervision (/api/supervision).  One service or selector call per operation."""
import datetime as dt

from django.utils import timezone
from ninja import Router, Schema

from careerguide.accounts.access import api_require
from careerguide.organisations.selectors import unit_get

from .permissions import can_handle_complaints, can_supervise, can_view_supervision
from .selectors import (
    child_unit_get,
    complaint_get,
    complaint_handler_get,
    issue_get,
    issue_list,
    quality_exceptions,
)
from .services import complaints, issues

router = Router(tags=["supervision"])


class IssueOut(Schema):
    id: int
    unit: str
    title: str
    status: str
    notice_count: int
    rectification_status: str


def _issue(i):
    return {"id": i.pk, "unit": i.unit.name, "title": i.title, "status": i.status, "notice_count": i.notice_count,
            "rectification_status": i.rectification_status}


class IssueIn(Schema):
    unit_id: int
    title: str
    description: str = ""


class NoticeIn(Schema):
    unit_id: int
    issue_ids: list[int]
    body: str = ""


class InterviewIn(Schema):
    held_on: dt.date
    principal: str
    notes: str = ""


class TextIn(Schema):
    text: str


class VerifyIn(Schema):
    effective: bool
    reason: str = ""


@router.get("/issues", response=list[IssueOut])
@api_require(can_view_supervision)
def issue_index(request):
    return [_issue(i) for i in issue_list(actor=request.user)[:200]]


@router.post("/issues", response=IssueOut)
@api_require(can_supervise)
def issue_create(request, payload: IssueIn):
    unit = child_unit_get(actor=request.user, pk=payload.unit_id)
    return _issue(issues.issue_record(actor=request.user, unit=unit, title=payload.title, description=payload.description))


@router.post("/notices", response=dict)
@api_require(can_supervise)
def notice_create(request, payload: NoticeIn):
    unit = child_unit_get(actor=request.user, pk=payload.unit_id)
    found = [issue_get(actor=request.user, pk=pk) for pk in payload.issue_ids]
    notice = issues.notice_issue(actor=request.user, unit=unit, issues=found, body=payload.body)
    return {"id": notice.pk, "issued_on": notice.issued_on.isoformat()}


@router.post("/issues/{pk}/rectification", response=IssueOut)
@api_require(can_view_supervision)
def issue_rectification(request, pk: int, payload: TextIn):
    return _issue(issues.issue_rectification_report(actor=request.user, issue=issue_get(actor=request.user, pk=pk),
                                                    report=payload.text))


@router.post("/issues/{pk}/verify", response=IssueOut)
@api_require(can_supervise)
def issue_verification(request, pk: int, payload: VerifyIn):
    return _issue(issues.issue_verify(actor=request.user, issue=issue_get(actor=request.user, pk=pk), **payload.dict()))


@router.post("/issues/{pk}/warning-interview", response=IssueOut)
@api_require(can_supervise)
def issue_interview(request, pk: int, payload: InterviewIn):
    return _issue(issues.issue_warning_interview(actor=request.user, issue=issue_get(actor=request.user, pk=pk),
                                                 **payload.dict()))


@router.get("/quality", response=dict)
@api_require(can_supervise)
def quality(request):
    """BJ-5-3: exceptions per agency."""
    data = quality_exceptions(actor=request.user, today=timezone.localdate())
    return {"checks": [{"code": c, "label": str(label), "clause": clause} for c, label, clause in data["checks"]],
            "rows": [{**{k: v for k, v in r.items() if k != "unit"}, "unit": r["unit"].name} for r in data["rows"]]}


class ComplaintIn(Schema):
    unit_id: int
    complainant: str
    contact: str = ""
    channel: str
    subject_kind: str
    subject_label: str
    content: str
    received_on: dt.date


class ComplaintAssignIn(Schema):
    handler_id: int


class ComplaintOut(Schema):
    id: int
    unit: str
    status: str
    handler: str | None


def _complaint(c):
    return {"id": c.pk, "unit": c.unit.name, "status": c.status, "handler": c.handler.full_name if c.handler_id else None}


@router.post("/complaints", response=ComplaintOut)
@api_require(can_handle_complaints)
def complaint_create(request, payload: ComplaintIn):
    """BJ-5-4: record a complaint or report."""
    data = payload.dict()
    unit = unit_get(actor=request.user, pk=data.pop("unit_id"))
    return _complaint(complaints.complaint_record(actor=request.user, unit=unit, **data))


@router.post("/complaints/{pk}/assign", response=ComplaintOut)
@api_require(can_handle_complaints)
def complaint_assigning(request, pk: int, payload: ComplaintAssignIn):
    """BJ-5-4: assign a handler of the actor's jurisdiction."""
    handler = complaint_handler_get(actor=request.user, pk=payload.handler_id)
    return _complaint(complaints.complaint_assign(actor=request.user, complaint=complaint_get(actor=request.user, pk=pk),
                                                  handler=handler))


class ComplaintCloseIn(Schema):
    result: str
    reply: str
    replied_on: dt.date


@router.post("/complaints/{pk}/close", response=dict)
@api_require(can_handle_complaints)
def complaint_closing(request, pk: int, payload: ComplaintCloseIn):
    c = complaints.complaint_close(actor=request.user, complaint=complaint_get(actor=request.user, pk=pk), **payload.dict())
    return {"id": c.pk, "status": c.status}
