"""JSON API of labour-market statistics and reports (/api/labour-market).  One service or selector call each."""
import datetime as dt

from ninja import Router, Schema

from careerguide.accounts.access import api_public, api_require

from .permissions import can_analyse_labour_market, can_publish_market_report
from .selectors import (
    analysis_report_get,
    analysis_version_get,
    market_report_get,
    market_statistics,
    public_analysis_get,
    public_report_get,
    public_report_list,
    statistics_unit,
)
from .services import (
    analysis_report_create,
    analysis_report_publish,
    analysis_report_revise,
    market_report_generate,
    market_report_publish,
)

router = Router(tags=["labour_market"])


class ReportIn(Schema):
    kind: str
    year: int
    number: int
    analysis: str = ""


class ReportOut(Schema):
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


@router.post("/reports", response=ReportOut)
@api_require(can_publish_market_report)
def report_create(request, payload: ReportIn):
    return _out(market_report_generate(actor=request.user, unit=request.user.unit, **payload.dict()))


@router.post("/reports/{pk}/publish", response=ReportOut)
@api_require(can_publish_market_report)
def report_publish(request, pk: int):
    return _out(market_report_publish(actor=request.user, report=market_report_get(actor=request.user, pk=pk)))


@router.get("/public/reports", response=list[ReportOut], auth=None)
@api_public
def public_reports(request):
    return [_out(r) for r in public_report_list()[:50]]


@router.get("/public/reports/{pk}", response=ReportOut, auth=None)
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
