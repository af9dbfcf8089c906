import datetime as dt

from ninja import Router, Schema, Status

from careerguide.accounts.access import api_require
from careerguide.accounts.roles import Role
from careerguide.accounts.selectors import staff_pick
from careerguide.job_seekers.selectors import job_seeker_get

from .permissions import can_serve_assistance, can_view_assistance
from .selectors import assistance_case_get, assistance_case_list
from .services.cases import agreement_sign, assistance_case_open

router = Router(tags=["assistance"])


class CaseOut(Schema):
    id: int
    job_seeker_id: int
    unit_id: int
    status: str
    opened_on: dt.date
    episode_started_on: dt.date | None = None


class CaseIn(Schema):
    job_seeker_id: int


class AgreementIn(Schema):
    case_worker_id: int
    location_basis: str
    address: str
    rights_obligations: str
    termination_circumstances: str


@router.get("/cases", response=list[CaseOut])
@api_require(can_view_assistance)
def list_cases(request, status: str = ""):
    return list(assistance_case_list(actor=request.user, status=status)[:200])


@router.post("/cases", response={201: CaseOut})
@api_require(can_serve_assistance)
def open_case(request, payload: CaseIn):
    seeker = job_seeker_get(actor=request.user, pk=payload.job_seeker_id)
    return Status(201, assistance_case_open(actor=request.user, job_seeker=seeker))


@router.post("/cases/{case_id}/agreement", response={201: CaseOut})
@api_require(can_serve_assistance)
def sign_agreement(request, case_id: int, payload: AgreementIn):
    case = assistance_case_get(actor=request.user, pk=case_id)
    worker = staff_pick(actor=request.user, pk=payload.case_worker_id, field="case_worker_id",
                        roles=(Role.CASE_WORKER, Role.COUNSELLOR))
    agreement_sign(actor=request.user, case=case, case_worker=worker, location_basis=payload.location_basis,
                   address=payload.address, rights_obligations=payload.rights_obligations,
                   termination_circumstances=payload.termination_circumstances)
    case.refresh_from_db()
    return Status(201, case)
