"""JSON API of labour-market statistics and reports (/api/labour-market).  One service or selector call each."""
import datetime as dt

from ninja import Router, Schema

from careerguide.accounts.access import api_public, api_require

from .permissions import can_analyse_labour_market, can_publish_market_report
from .selectors import market_report_get, market_statistics, public_report_get, public_report_list, statistics_unit
from .services import market_report_generate, market_report_publish

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
