"""Writes: generate periodic reports from a statistics snapshot, publish and withdraw them (BJ-52-2 to BJ-53-2)."""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, now_or, refuse, require_in_jurisdiction, require_text, today
from careerguide.duties.services import transition

from .choices import ReportKind
from .error_codes import LabourMarketErrorCode
from .models import MarketReport
from .rules import period_bounds
from .selectors import market_statistics
from .states import REPORT_TRANSITIONS, ReportStatus


@transaction.atomic
def market_report_generate(*, actor, unit, kind: str, year: int, number: int, title: str = "", analysis: str = "",
                           now=None) -> MarketReport:
    """Freeze the period's aggregates into a report (BJ-52-2 monthly, BJ-52-3 quarterly dataset)."""
    now = now_or(now)
    require_in_jurisdiction(actor=actor, unit=unit)
    try:
        start, end = period_bounds(kind, year, number)
    except ValueError:
        refuse(_("统计期不正确。"), code=LabourMarketErrorCode.BAD_PERIOD, clause="BJ-52-3")
    if start > today(now):
        refuse(_("统计期尚未开始，不能生成报告。"), code=CommonErrorCode.TOO_EARLY, clause="BJ-52-3")
    label = _("%(year)s年%(n)s月") if kind == ReportKind.MONTHLY else _("%(year)s年第%(n)s季度")
    title = title or _("%(unit)s%(period)s人力资源市场供求分析") % {"unit": unit.name,
                                                               "period": label % {"year": year, "n": number}}
    data = market_statistics(unit=unit, start=start, end=end)
    data["generated_at"] = now.isoformat()
    report = MarketReport.objects.create(kind=kind, unit=unit, period_start=start, period_end=end, title=title,
                                         analysis=analysis, data=data, author=actor)
    audit(actor=actor, obj=report, action="create", unit=unit, clause="BJ-52-3" if kind == ReportKind.QUARTERLY else "BJ-52-2",
          after={"kind": kind, "period_start": start, "period_end": end}, now=now)
    return report


def _lock(report) -> MarketReport:
    return MarketReport.objects.select_for_update().select_related("unit").get(pk=report.pk)


@transaction.atomic
def market_report_publish(*, actor, report: MarketReport, now=None) -> MarketReport:
    """Publish to the public portal (BJ-53-2); the stored data are aggregates only (BJ-51-3)."""
    report = _lock(report)
    require_in_jurisdiction(actor=actor, unit=report.unit)
    transition(obj=report, to=ReportStatus.PUBLISHED, actor=actor, table=REPORT_TRANSITIONS, unit=report.unit,
               clause="BJ-53-2", milestone_field="published_at", now=now)
    return report


@transaction.atomic
def market_report_withdraw(*, actor, report: MarketReport, reason: str, now=None) -> MarketReport:
    report = _lock(report)
    require_in_jurisdiction(actor=actor, unit=report.unit)
    reason = require_text(reason, field="reason", label=_("撤回原因"), clause="BJ-53-2")
    transition(obj=report, to=ReportStatus.WITHDRAWN, actor=actor, table=REPORT_TRANSITIONS, unit=report.unit,
               clause="BJ-53-2", reason=reason, now=now)
    return report
