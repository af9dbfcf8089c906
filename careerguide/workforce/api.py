"""Workforce API: the register, training records, title decisions (BJ ch.7, SD)."""
import datetime as dt
from decimal import Decimal

from ninja import Query, Router, Schema, Status

from careerguide.accounts.access import api_require

from .permissions import can_decide_titles, can_manage_workforce, can_view_workforce
from .selectors.register import counsellor_get, counsellor_list, title_get
from .selectors.reports import REPORT_YEARS, training_hours_report
from .services.register import counsellor_register
from .services.titles import title_decide, title_submit
from .services.training import training_record_add

router = Router(tags=["workforce"])


class CounsellorOut(Schema):
    id: int
    full_name: str
    unit_id: int
    employment_type: str
    roles: list[str]
    joined_on: dt.date
    left_on: dt.date | None = None


class CounsellorIn(Schema):
    full_name: str
    employment_type: str
    roles: list[str]
    joined_on: dt.date
    training_category: str = "pes_counsellor"


class WorkforceTrainingIn(Schema):
    form: str
    provider: str
    started_on: dt.date
    completed_on: dt.date
    hours: Decimal
    assessment_method: str
    result: str


class TrainingOut(Schema):
    id: int
    counsellor_id: int
    hours: Decimal
    completed_on: dt.date
    result: str


class HoursOut(Schema):
    counsellor_id: int
    full_name: str
    hours: Decimal
    required: Decimal
    met: bool


class TitleIn(Schema):
    title: str
    year: int
    outstanding_attested: bool = False
    led_team_attested: bool = False


class TitleOut(Schema):
    id: int
    counsellor_id: int
    title: str
    year: int
    status: str
    reasons: list[str]


class WorkforceDecideIn(Schema):
    grant: bool
    cutoff: dt.date


@router.get("/counsellors", response=list[CounsellorOut])
@api_require(can_view_workforce)
def list_counsellors(request, q: str = ""):
    return list(counsellor_list(actor=request.user, q=q)[:500])


@router.post("/counsellors", response={201: CounsellorOut})
@api_require(can_manage_workforce)
def create_counsellor(request, payload: CounsellorIn):
    return Status(201, counsellor_register(actor=request.user, unit=request.user.unit, **payload.dict()))


@router.get("/counsellors/{counsellor_id}", response=CounsellorOut)
@api_require(can_view_workforce)
def get_counsellor(request, counsellor_id: int):
    return counsellor_get(actor=request.user, pk=counsellor_id)


@router.post("/counsellors/{counsellor_id}/training-records", response={201: TrainingOut})
@api_require(can_manage_workforce)
def add_training(request, counsellor_id: int, payload: WorkforceTrainingIn):
    counsellor = counsellor_get(actor=request.user, pk=counsellor_id)
    return Status(201, training_record_add(actor=request.user, counsellor=counsellor, **payload.dict()))


@router.get("/training-hours", response=list[HoursOut])
@api_require(can_view_workforce)
def training_hours(request, year: int = Query(..., ge=REPORT_YEARS[0], le=REPORT_YEARS[1])):
    return [HoursOut(counsellor_id=r["counsellor"].pk, full_name=r["counsellor"].full_name, hours=r["status"].hours,
                     required=r["status"].required, met=r["status"].met) for r in training_hours_report(actor=request.user, year=year)]


@router.post("/counsellors/{counsellor_id}/titles", response={201: TitleOut})
@api_require(can_manage_workforce)
def submit_title(request, counsellor_id: int, payload: TitleIn):
    counsellor = counsellor_get(actor=request.user, pk=counsellor_id)
    return Status(201, title_submit(actor=request.user, counsellor=counsellor, **payload.dict()))


@router.post("/titles/{title_id}/decision", response=TitleOut)
@api_require(can_decide_titles)
def decide_title(request, title_id: int, payload: WorkforceDecideIn):
    return title_decide(actor=request.user, award=title_get(actor=request.user, pk=title_id), **payload.dict())
