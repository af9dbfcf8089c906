"""Assessment API (/api/assessments): catalogue, agreed plans, administrations, reports (CQ 7.1.6, 7.1.7)."""
import datetime as dt

from ninja import Router, Schema, Status

from careerguide.accounts.access import api_require

from .permissions import can_administer_assessments, can_publish_instruments, can_use_assessments
from .selectors import instrument_get, instrument_list, plan_administrations, plan_get, report_get
from .services import (
    administration_record,
    instrument_publish,
    plan_agree,
    plan_propose,
    report_feed_back,
    report_finalise,
)

router = Router(tags=["assessments"])


class InstrumentIn(Schema):
    name: str
    version: str
    kind: str
    licence: str
    purpose: str
    target_group: str
    effective_from: dt.date
    items: list = []
    scoring: dict = {}
    output_scale: str = ""


class InstrumentOut(Schema):
    id: int
    name: str
    version: str
    kind: str
    purpose: str
    target_group: str
    effective_from: dt.date


class PlanIn(Schema):
    subject_label: str
    purpose: str
    instrument_ids: list[int] = []
    tool_reasons: dict = {}
    schedule: str
    mode: str
    result_use: str
    case_id: int | None = None


class PlanOut(Schema):
    id: int
    purpose: str
    agreed_at: dt.datetime | None = None


class AgreeIn(Schema):
    method: str


class AdministrationIn(Schema):
    method: str
    instrument_id: int | None = None
    result: dict
    administered_on: dt.date


class AdministrationOut(Schema):
    id: int
    method: str
    instrument_id: int | None = None


class ReportIn(Schema):
    analysis: str
    administration_ids: list[int]


class ReportOut(Schema):
    id: int
    status: str
    finalised_on: dt.date


class FeedbackIn(Schema):
    channel: str
    acknowledgement: str


@router.get("/instruments", response=list[InstrumentOut])
@api_require(can_use_assessments)
def list_instruments(request):
    return list(instrument_list())


@router.post("/instruments", response={201: InstrumentOut})
@api_require(can_publish_instruments)
def publish_instrument(request, payload: InstrumentIn):
    return Status(201, instrument_publish(actor=request.user, **payload.dict()))


@router.post("/plans", response={201: PlanOut})
@api_require(can_administer_assessments)
def propose_plan(request, payload: PlanIn):
    data = payload.dict()
    instruments = [instrument_get(pk=pk) for pk in data.pop("instrument_ids")]
    return Status(201, plan_propose(actor=request.user, unit=request.user.unit, instruments=instruments, **data))


@router.post("/plans/{plan_id}/agree", response=PlanOut)
@api_require(can_administer_assessments)
def agree_plan(request, plan_id: int, payload: AgreeIn):
    return plan_agree(actor=request.user, plan=plan_get(actor=request.user, pk=plan_id), method=payload.method)


@router.post("/plans/{plan_id}/administrations", response={201: AdministrationOut})
@api_require(can_administer_assessments)
def record_administration(request, plan_id: int, payload: AdministrationIn):
    plan = plan_get(actor=request.user, pk=plan_id)
    instrument = instrument_get(pk=payload.instrument_id) if payload.instrument_id else None
    return Status(201, administration_record(actor=request.user, plan=plan, method=payload.method, result=payload.result,
                                             administered_on=payload.administered_on, instrument=instrument))


@router.post("/plans/{plan_id}/reports", response={201: ReportOut})
@api_require(can_administer_assessments)
def finalise_report(request, plan_id: int, payload: ReportIn):
    plan = plan_get(actor=request.user, pk=plan_id)
    cites = plan_administrations(plan=plan, pks=payload.administration_ids)
    return Status(201, report_finalise(actor=request.user, plan=plan, analysis=payload.analysis, cites=cites))


@router.post("/reports/{report_id}/feedback", response=ReportOut)
@api_require(can_administer_assessments)
def feed_back_report(request, report_id: int, payload: FeedbackIn):
    return report_feed_back(actor=request.user, report=report_get(actor=request.user, pk=report_id),
                            **payload.dict())
