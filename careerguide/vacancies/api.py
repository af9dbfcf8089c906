"""JSON API of vacancies (/api/vacancies): the public list, employer-agent submission and
correction, staff review, and job-fair steps.  One service or selector call per operation."""
import datetime as dt

from django.utils import timezone
from ninja import Field, Query, Router, Schema, Status

from careerguide.accounts.access import api_public, api_require
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.selectors import public_unit_pick, unit_get

from .permissions import can_manage_job_fairs, can_review_vacancies, can_view_vacancies, is_employer_agent
from .selectors import (
    agent_employer_get,
    agent_vacancy_get,
    agent_vacancy_list,
    fair_get,
    fair_report,
    public_vacancy_get,
    public_vacancy_list,
    vacancy_get,
    vacancy_review_queue,
)
from .services import fair as fair_services
from .services.review import finding_override, vacancy_review
from .services.vacancy import vacancy_correct, vacancy_submit, vacancy_withdraw

router = Router(tags=["vacancies"])


class PublicVacancyOut(Schema):
    """A published posting as anyone may see it: no personal data (BJ-51-3)."""

    id: int
    employer_name: str
    title: str
    occupation_name: str
    occupation_code: str
    headcount: int
    job_content: str
    requirements: str
    pay_min: int | None
    pay_max: int | None
    pay_note: str
    benefits: str
    social_insurance: str
    work_district: str | None
    valid_until: dt.date
    published_at: dt.datetime


def _public(v) -> dict:
    p = v.published_version
    return {"id": v.pk, "employer_name": v.employer.name, "title": p.title, "occupation_name": p.occupation_name,
            "occupation_code": p.occupation_code, "headcount": p.headcount, "job_content": p.job_content,
            "requirements": p.requirements, "pay_min": p.pay_min, "pay_max": p.pay_max, "pay_note": p.pay_note,
            "benefits": p.benefits, "social_insurance": p.social_insurance,
            "work_district": p.work_district.name if p.work_district_id else None, "valid_until": p.valid_until,
            "published_at": v.published_at}


@router.get("/public", response=list[PublicVacancyOut], auth=None)
@api_public
def public_list(request, occupation: str = "", district: int | None = None, pay_at_least: int | None = None, q: str = "",
                limit: int = 50, offset: int = Query(0, ge=0)):
    limit = max(1, min(limit, 200))
    rows = public_vacancy_list(occupation=occupation, district=district, pay_at_least=pay_at_least, keyword=q)
    return [_public(v) for v in rows[offset:offset + limit]]


@router.get("/public/{vacancy_id}", response=PublicVacancyOut, auth=None)
@api_public
def public_detail(request, vacancy_id: int):
    return _public(public_vacancy_get(pk=vacancy_id))


class VacancyIn(Schema):
    title: str
    occupation_name: str = ""
    occupation_code: str = ""
    employer_profile: str = ""
    headcount: int | None = None
    job_content: str = ""
    requirements: str = ""
    pay_min: int | None = None
    pay_max: int | None = None
    pay_note: str = ""
    benefits: str = ""
    social_insurance: str = ""
    work_district_id: int | None = None
    valid_until: dt.date | None = None


class SubmitIn(VacancyIn):
    employer_id: int


class VacanciesFindingOut(Schema):
    field: str
    phrase: str
    start: int
    end: int
    ground: str
    ground_label: str
    articles: list[str]
    ruleset_version: str


class VacanciesDefectOut(Schema):
    criterion: str
    field: str
    code: str
    message: str
    clause: str
    phrase: str = ""


class VacancyOut(Schema):
    id: int
    employer_id: int
    status: str
    version: int
    title: str
    ruleset_version: str
    findings: list[VacanciesFindingOut]
    decision: str | None = None
    defects: list[VacanciesDefectOut] = Field(default_factory=list)
    expiry_reason: str = ""


def _out(v) -> dict:
    version = v.latest_version
    review = getattr(version, "review", None)
    return {"id": v.pk, "employer_id": v.employer_id, "status": v.status, "version": version.number, "title": version.title,
            "ruleset_version": version.ruleset_version, "findings": version.findings,
            "decision": review.decision if review else None, "defects": review.defects if review else [],
            "expiry_reason": v.expiry_reason}


def _content(payload: VacancyIn) -> dict:
    data = payload.dict(exclude={"employer_id"})
    data["work_district"] = public_unit_pick(pk=data.pop("work_district_id"), field="work_district",
                                             levels=(UnitLevel.DISTRICT,), required=False)
    return data


@router.get("/mine", response=list[VacancyOut])
@api_require(is_employer_agent)
def mine(request):
    return [_out(v) for v in agent_vacancy_list(actor=request.user)[:200]]


@router.post("/submissions", response={201: VacancyOut})
@api_require(is_employer_agent)
def submit(request, payload: SubmitIn):
    employer = agent_employer_get(actor=request.user, pk=payload.employer_id)
    return Status(201, _out(vacancy_submit(actor=request.user, employer=employer, content=_content(payload))))


@router.get("/mine/{vacancy_id}", response=VacancyOut)
@api_require(is_employer_agent)
def mine_detail(request, vacancy_id: int):
    return _out(agent_vacancy_get(actor=request.user, pk=vacancy_id))


@router.post("/mine/{vacancy_id}/corrections", response=VacancyOut)
@api_require(is_employer_agent)
def correct(request, vacancy_id: int, payload: VacancyIn):
    vacancy = agent_vacancy_get(actor=request.user, pk=vacancy_id)
    vacancy_correct(actor=request.user, vacancy=vacancy, content=_content(payload))
    return _out(agent_vacancy_get(actor=request.user, pk=vacancy_id))


@router.post("/mine/{vacancy_id}/withdraw", response=VacancyOut)
@api_require(is_employer_agent)
def withdraw(request, vacancy_id: int):
    return _out(vacancy_withdraw(actor=request.user, vacancy=agent_vacancy_get(actor=request.user, pk=vacancy_id)))


@router.get("/queue", response=list[VacancyOut])
@api_require(can_view_vacancies)
def queue(request):
    return [_out(v) for v in vacancy_review_queue(actor=request.user)[:200]]


class VacanciesOverrideIn(Schema):
    index: int
    legal_basis: str


@router.post("/{vacancy_id}/overrides", response=VacancyOut)
@api_require(can_review_vacancies)
def override(request, vacancy_id: int, payload: VacanciesOverrideIn):
    vacancy = vacancy_get(actor=request.user, pk=vacancy_id)
    finding_override(actor=request.user, vacancy=vacancy, index=payload.index, legal_basis=payload.legal_basis)
    return _out(vacancy_get(actor=request.user, pk=vacancy_id))


class CriterionIn(Schema):
    passed: bool
    note: str = ""


class VacanciesReviewIn(Schema):
    truthfulness: CriterionIn
    legality: CriterionIn
    validity: CriterionIn


@router.post("/{vacancy_id}/review", response=VacancyOut)
@api_require(can_review_vacancies)
def review(request, vacancy_id: int, payload: VacanciesReviewIn):
    vacancy = vacancy_get(actor=request.user, pk=vacancy_id)
    judgments = {c: (getattr(payload, c).passed, getattr(payload, c).note) for c in ("truthfulness", "legality", "validity")}
    vacancy_review(actor=request.user, vacancy=vacancy, judgments=judgments)
    return _out(vacancy_get(actor=request.user, pk=vacancy_id))


class FairIn(Schema):
    unit_id: int
    title: str
    fair_format: str
    fair_type: str
    fair_date: dt.date
    focus: str = ""
    venue: str = ""
    url: str = ""


class FairOut(Schema):
    id: int
    title: str
    status: str
    fair_date: dt.date
    prepublication_due: dt.date
    prepublication_last: dt.date
    prepublished_on: dt.date | None
    prepublication_compliance: str


class FairReportRow(Schema):
    format: str
    format_label: str
    type: str
    type_label: str
    fairs: int
    employers: int
    vacancies: int
    attendees: int
    intentions: int
    job_starts: int


@router.get("/fairs/report", response=list[FairReportRow])
@api_require(can_view_vacancies)
def fair_report_api(request, date_from: dt.date, date_to: dt.date):
    """Fairs in a period by format and type (BJ-42-1) with their outcomes (BJ-43-5)."""
    return fair_report(actor=request.user, date_from=date_from, date_to=date_to)


@router.post("/fairs", response={201: FairOut})
@api_require(can_manage_job_fairs)
def fair_create(request, payload: FairIn):
    data = payload.dict()
    unit = unit_get(actor=request.user, pk=data.pop("unit_id"))
    return Status(201, fair_services.fair_create(actor=request.user, unit=unit, **data))


@router.post("/fairs/{fair_id}/{action}", response=FairOut)
@api_require(can_manage_job_fairs)
def fair_action(request, fair_id: int, action: str):
    fair = fair_get(actor=request.user, pk=fair_id)
    return fair_services.fair_step(actor=request.user, fair=fair, action=action, now=timezone.now())
