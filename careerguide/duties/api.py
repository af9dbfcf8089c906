"""JSON API of quality monitoring and early warning (/api/duties).  One service or selector call each."""
from django.utils import timezone
from ninja import Router, Schema

from careerguide.accounts.access import api_require
from careerguide.accounts.permissions import is_staff
from careerguide.organisations.selectors import unit_get

from .permissions import can_set_warning_indicators
from .selectors import early_warning_summary, warning_indicator_get
from .services import warning_indicator_add, warning_indicator_deactivate

router = Router(tags=["duties"])


def _row(row) -> dict:
    return {"label": row.label, "open": row.open, "overdue": row.overdue, "on_time": row.on_time, "late": row.late,
            "on_time_rate": row.on_time_rate}


@router.get("/early-warning", response=dict)
@api_require(is_staff)
def early_warning(request, unit: int | None = None, kind: str | None = None):
    """BJ-58-1, BJ-58-2: counts per child unit and per kind, the threshold and the indicators' alerts."""
    summary = early_warning_summary(actor=request.user, unit_id=unit, today=timezone.localdate(), kind=kind)
    return {"unit": summary.unit.name, "threshold": summary.threshold,
            "by_unit": [{**_row(r), "below_threshold": summary.below_threshold(r)} for r in summary.by_unit],
            "by_kind": [_row(r) for r in summary.by_kind], "total": _row(summary.total),
            "indicators": [_indicator(i) for i in summary.indicators],
            "alerts": [{"indicator_id": a.indicator.pk, "row": a.row_label, "value": a.value} for a in summary.alerts]}


class IndicatorIn(Schema):
    unit_id: int | None = None
    name: str
    kind: str = ""
    metric: str
    threshold: int


def _indicator(i) -> dict:
    return {"id": i.pk, "unit": i.unit.name, "name": i.name, "kind": i.kind, "metric": i.metric,
            "threshold": i.threshold, "active": i.active}


@router.post("/indicators", response=dict)
@api_require(can_set_warning_indicators)
def indicator_add(request, payload: IndicatorIn):
    """BJ-58-2: the city or a district adds an indicator of its own."""
    data = payload.dict()
    unit_id = data.pop("unit_id")
    unit = unit_get(actor=request.user, pk=unit_id) if unit_id else request.user.unit
    return _indicator(warning_indicator_add(actor=request.user, unit=unit, **data))


@router.post("/indicators/{pk}/deactivate", response=dict)
@api_require(can_set_warning_indicators)
def indicator_deactivate(request, pk: int):
    indicator = warning_indicator_get(actor=request.user, pk=pk)
    return _indicator(warning_indicator_deactivate(actor=request.user, indicator=indicator))
