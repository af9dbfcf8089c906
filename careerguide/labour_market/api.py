"""JSON API of labour-market statistics and reports (/api/labour-market).  One service or selector call each."""
import datetime as dt

from ninja import Router, Schema

from careerguide.accounts.access import api_public, api_require
from careerguide.common.errors import NotFound
from careerguide.organisations.selectors import public_unit_pick

from .permissions import (
    can_analyse_labour_market,
    can_publish_centrally,
    can_publish_market_report,
    can_submit_information,
)
from .selectors import (
    analysis_report_get,
    analysis_version_get,
    information_get,
    market_report_get,
    market_statistics,
    public_analysis_get,
    public_report_get,
    public_report_list,
    statistics_unit,
    training_need_summary_get,
)
from .services import (
    analysis_report_create,
    analysis_report_publish,
    analysis_report_revise,
    information_review,
    information_submit,
    market_report_generate,
    market_report_publish,
    training_class_receive,
)

router = Router(tags=["labour_market"])


class LabourMarketReportIn(Schema):
    kind: str
    year: int
    number: int | None = None  # month or quarter; none for a year's wage guide prices
    analysis: str = ""


class LabourMarketReportOut(Schema):
    id: int
    title: str
    kind: str
    status: str
    period_start: dt.date
    period_end: dt.date
    data: dict


def _out(report):
    return {"id": report.pk, "title": report.title, "kind": report.kind, "status": report.status,
            "period_start": report.period_start, "period_end": report.period_end, "data": report.data}


@router.get("/statistics", response=dict)
@api_require(can_analyse_labour_market)
def statistics(request, start: dt.date, end: dt.date, unit: int | None = None):
    """Supply, demand and 求人倍率 for the actor's (or a subordinate) unit (BJ-52-2)."""
    return market_statistics(unit=statistics_unit(actor=request.user, unit_id=unit), start=start, end=end)


@router.post("/reports", response=LabourMarketReportOut)
@api_require(can_publish_market_report)
def report_create(request, payload: LabourMarketReportIn):
    return _out(market_report_generate(actor=request.user, unit=request.user.unit, **payload.dict()))


@router.post("/reports/{pk}/publish", response=LabourMarketReportOut)
@api_require(can_publish_market_report)
def report_publish(request, pk: int):
    return _out(market_report_publish(actor=request.user, report=market_report_get(actor=request.user, pk=pk)))


@router.get("/public/reports", response=list[LabourMarketReportOut], auth=None)
@api_public
def public_reports(request):
    return [_out(r) for r in public_report_list()[:50]]


@router.get("/public/reports/{pk}", response=LabourMarketReportOut, auth=None)
@api_public
def public_report(request, pk: int):
    return _out(public_report_get(pk=pk))


# ---- analysis reports (BJ-52-1, BJ-52-4) -------------------------------------------------------------------------


class SectionsIn(Schema):
    period_start: dt.date
    period_end: dt.date
    work_content: str = ""
    skill_requirements: str = ""
    knowledge_requirements: str = ""
    vocational_interests: str = ""
    body: str = ""


class AnalysisIn(SectionsIn):
    kind: str
    title: str = ""
    occupation_code: str = ""
    topic: str = ""


class ReviseIn(SectionsIn):
    change_note: str = ""


SECTION_NAMES = ("work_content", "skill_requirements", "knowledge_requirements", "vocational_interests", "body")


def _analysis(report, version=None):
    version = version or analysis_version_get(report=report)
    return {"id": report.pk, "kind": report.kind, "title": report.title, "status": report.status,
            "occupation_code": report.occupation_code, "topic": report.topic,
            "published_version": report.published_version.number if report.published_version_id else None,
            "version": {"number": version.number, "author": version.author.full_name,
                        "created_at": version.created_at.isoformat(), "period_start": version.period_start.isoformat(),
                        "period_end": version.period_end.isoformat(), "data": version.data,
                        **{name: getattr(version, name) for name in SECTION_NAMES}}}


@router.post("/analysis", response=dict)
@api_require(can_publish_market_report)
def analysis_create(request, payload: AnalysisIn):
    data = payload.dict()
    sections = {name: data.pop(name) for name in SECTION_NAMES}
    return _analysis(analysis_report_create(actor=request.user, sections=sections, **data))


@router.get("/analysis/{pk}", response=dict)
@api_require(can_analyse_labour_market)
def analysis_read(request, pk: int, version: int | None = None):
    report = analysis_report_get(actor=request.user, pk=pk)
    return _analysis(report, analysis_version_get(report=report, number=version))


@router.post("/analysis/{pk}/versions", response=dict)
@api_require(can_publish_market_report)
def analysis_revise(request, pk: int, payload: ReviseIn):
    data = payload.dict()
    sections = {name: data.pop(name) for name in SECTION_NAMES}
    report = analysis_report_get(actor=request.user, pk=pk)
    version = analysis_report_revise(actor=request.user, report=report, sections=sections, **data)
    return _analysis(report, version)


@router.post("/analysis/{pk}/publish", response=dict)
@api_require(can_publish_market_report)
def analysis_publishing(request, pk: int):
    return _analysis(analysis_report_publish(actor=request.user, report=analysis_report_get(actor=request.user, pk=pk)))


@router.get("/public/analysis/{pk}", response=dict, auth=None)
@api_public
def public_analysis(request, pk: int):
    report = public_analysis_get(pk=pk)
    return _analysis(report, report.published_version)


# ---- central publication, training classes and training needs (BJ-7-4, BJ-54) -----------------------------------


class InformationIn(Schema):
    category: str
    title: str
    body: str
    link: str = ""


class InformationReviewIn(Schema):
    publish: bool
    note: str = ""


def _information(i):
    return {"id": i.pk, "unit": i.unit.name, "category": i.category, "title": i.title, "status": i.status,
            "published_at": i.published_at.isoformat() if i.published_at else None}


@router.post("/information", response=dict)
@api_require(can_submit_information)
def information_create(request, payload: InformationIn):
    """BJ-7-4: an agency sends in employment or entrepreneurship information for central publication."""
    return _information(information_submit(actor=request.user, **payload.dict()))


@router.post("/information/{pk}/review", response=dict)
@api_require(can_publish_centrally)
def information_reviewing(request, pk: int, payload: InformationReviewIn):
    return _information(information_review(actor=request.user, item=information_get(actor=request.user, pk=pk),
                                           **payload.dict()))


class TrainingClassIn(Schema):
    source_ref: str
    title: str
    skill: str
    level: str
    provider: str
    district_id: int | None = None
    location: str = ""
    starts_on: dt.date
    ends_on: dt.date | None = None
    capacity: int | None = None
    enrol_contact: str = ""


@router.post("/training-classes", response=dict)
@api_require(can_publish_centrally)
def training_class_receiving(request, payload: TrainingClassIn):
    """BJ-54-2: the training department's class opening, published at once; the same number again updates it."""
    data = payload.dict()
    district_id = data.pop("district_id")
    district = public_unit_pick(pk=district_id, field="district", required=False)
    item = training_class_receive(actor=request.user, district=district, **data)
    return {"id": item.pk, "source_ref": item.source_ref, "status": item.status}


@router.get("/training-needs/{month}", response=dict)
@api_require(can_analyse_labour_market)
def training_need_summary(request, month: str):
    """BJ-54-1: the month's aggregation sent to the training department (month as YYYY-MM)."""
    try:
        first = dt.date.fromisoformat(f"{month}-01")
    except ValueError:
        raise NotFound() from None
    summary = training_need_summary_get(month=first)
    return {"month": month, "recipient": summary.recipient, "sent_at": summary.sent_at.isoformat(), **summary.data}
