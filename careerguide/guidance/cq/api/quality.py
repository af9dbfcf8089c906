"""JSON API of supervision and quality evaluation (CQ-9.1.2-*, CQ-9.1.3-1, CQ-9.2.1-2, CQ-9.2.1-3, CQ-9.2.2-1,
CQ-9.2.3-1, CQ-9.1.1-1)."""
import datetime as dt

from ninja import Router, Schema, Status

from careerguide.accounts.access import api_require
from careerguide.accounts.selectors import staff_pick
from careerguide.organisations.selectors import unit_get

from ..permissions import can_manage_cq
from ..selectors import action_get, audit_get, case_get, evaluation_get, finding_get
from ..services import quality

router = Router(tags=["guidance-cq-quality"])


class CqQualityIdOut(Schema):
    id: int


class AuditIn(Schema):
    unit_id: int
    plan: str
    period_start: dt.date
    period_end: dt.date
    scope: str
    auditor_id: int


class SampleIn(Schema):
    case_id: int


class FindingIn(Schema):
    unit_id: int
    source: str
    description: str
    received_on: dt.date
    handler_id: int
    complainant: str = ""
    audit_id: int | None = None


class FindingOut(Schema):
    id: int
    source: str
    closed_on: dt.date | None = None


class ResponseIn(Schema):
    response: str


class ActionIn(Schema):
    kind: str
    description: str
    owner_id: int
    due_on: dt.date


class NoteIn(Schema):
    note: str


class SummaryIn(Schema):
    unit_id: int
    period_start: dt.date
    summary: str
    measures: list[str]


class CqEvaluationIn(Schema):
    unit_id: int
    evaluation_type: str
    period_start: dt.date
    type_label: str = ""


class EvaluationOut(Schema):
    id: int
    evaluation_type: str
    period_start: dt.date
    period_end: dt.date
    completed_on: dt.date | None = None


class SelfAssessIn(Schema):
    text: str


class SelfInspectIn(Schema):
    participants: str
    findings: str
    appraisal: str


class ThirdPartyIn(Schema):
    unit_id: int
    evaluator: str
    period_start: dt.date
    period_end: dt.date
    scope: str
    method: str
    results: str
    report_ref: str


class ChannelIn(Schema):
    unit_id: int
    kind: str
    contact: str
    hours: str = ""


def _unit(request, pk):
    return unit_get(actor=request.user, pk=pk)


def _staff(request, pk, field):
    return staff_pick(actor=request.user, pk=pk, field=field)


@router.post("/audits", response={201: CqQualityIdOut})
@api_require(can_manage_cq)
def open_audit(request, payload: AuditIn):
    data = payload.dict()
    return Status(201, quality.audit_open(actor=request.user, unit=_unit(request, data.pop("unit_id")),
                                          auditor=_staff(request, data.pop("auditor_id"), "auditor_id"), **data))


@router.post("/audits/{audit_id}/cases", response=CqQualityIdOut)
@api_require(can_manage_cq)
def sample_case(request, audit_id: int, payload: SampleIn):
    """CQ-9.1.2-1: an auditor cannot audit a case they served."""
    return quality.audit_sample_case(actor=request.user, audit=audit_get(actor=request.user, pk=audit_id),
                                     case=case_get(actor=request.user, pk=payload.case_id))


@router.post("/findings", response={201: FindingOut})
@api_require(can_manage_cq)
def record_finding(request, payload: FindingIn):
    data = payload.dict()
    audit_id = data.pop("audit_id")
    return Status(201, quality.finding_record(
        actor=request.user, unit=_unit(request, data.pop("unit_id")),
        handler=_staff(request, data.pop("handler_id"), "handler_id"),
        audit=audit_get(actor=request.user, pk=audit_id) if audit_id else None, **data))


@router.post("/findings/{finding_id}/response", response=FindingOut)
@api_require(can_manage_cq)
def respond_finding(request, finding_id: int, payload: ResponseIn):
    return quality.finding_respond(actor=request.user, finding=finding_get(actor=request.user, pk=finding_id),
                                   response=payload.response)


@router.post("/findings/{finding_id}/actions", response={201: CqQualityIdOut})
@api_require(can_manage_cq)
def add_action(request, finding_id: int, payload: ActionIn):
    data = payload.dict()
    return Status(201, quality.action_add(actor=request.user, finding=finding_get(actor=request.user, pk=finding_id),
                                          owner=_staff(request, data.pop("owner_id"), "owner_id"), **data))


@router.post("/actions/{action_id}/completion", response=CqQualityIdOut)
@api_require(can_manage_cq)
def complete_action(request, action_id: int, payload: NoteIn):
    return quality.action_complete(actor=request.user, action=action_get(actor=request.user, pk=action_id),
                                   note=payload.note)


@router.post("/actions/{action_id}/verification", response=CqQualityIdOut)
@api_require(can_manage_cq)
def verify_action(request, action_id: int, payload: NoteIn):
    return quality.action_verify(actor=request.user, action=action_get(actor=request.user, pk=action_id),
                                 note=payload.note)


@router.post("/findings/{finding_id}/closure", response=FindingOut)
@api_require(can_manage_cq)
def close_finding(request, finding_id: int):
    """CQ-9.1.3-1: only when every action is verified."""
    return quality.finding_close(actor=request.user, finding=finding_get(actor=request.user, pk=finding_id))


@router.post("/summaries", response={201: CqQualityIdOut})
@api_require(can_manage_cq)
def record_summary(request, payload: SummaryIn):
    data = payload.dict()
    return Status(201, quality.summary_record(actor=request.user, unit=_unit(request, data.pop("unit_id")), **data))


@router.post("/evaluations", response={201: EvaluationOut})
@api_require(can_manage_cq)
def open_evaluation(request, payload: CqEvaluationIn):
    data = payload.dict()
    return Status(201, quality.evaluation_open(actor=request.user, unit=_unit(request, data.pop("unit_id")), **data))


@router.post("/evaluations/third-party", response={201: EvaluationOut})
@api_require(can_manage_cq)
def record_third_party(request, payload: ThirdPartyIn):
    data = payload.dict()
    return Status(201, quality.evaluation_third_party_record(actor=request.user,
                                                             unit=_unit(request, data.pop("unit_id")), **data))


@router.post("/evaluations/{evaluation_id}/self-assessment", response=EvaluationOut)
@api_require(can_manage_cq)
def self_assess(request, evaluation_id: int, payload: SelfAssessIn):
    return quality.evaluation_self_assess(actor=request.user,
                                          evaluation=evaluation_get(actor=request.user, pk=evaluation_id),
                                          text=payload.text)


@router.post("/evaluations/{evaluation_id}/self-inspection", response=EvaluationOut)
@api_require(can_manage_cq)
def self_inspect(request, evaluation_id: int, payload: SelfInspectIn):
    return quality.evaluation_self_inspect(actor=request.user,
                                           evaluation=evaluation_get(actor=request.user, pk=evaluation_id),
                                           **payload.dict())


@router.post("/complaint-channels", response={201: CqQualityIdOut})
@api_require(can_manage_cq)
def add_complaint_channel(request, payload: ChannelIn):
    data = payload.dict()
    return Status(201, quality.complaint_channel_add(actor=request.user, unit=_unit(request, data.pop("unit_id")),
                                                     **data))
