"""The PDF of an analysis report version, with its charts drawn as inline SVG (BJ-52-1, BJ-52-4)."""
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.documents.pdf import render_pdf

from .charts import bar_chart_svg


def _charts(data: dict) -> list[str]:
    charts = []
    trend = data.get("trend") or []
    if trend:
        charts.append(bar_chart_svg(title=_("各月求职人数与需求人数"), categories=[r["month"] for r in trend],
                                    series=[(_("求职人数"), [r["supply"] for r in trend]),
                                            (_("需求人数"), [r["demand"] for r in trend])]))
    ages = data.get("supply_by_age") or []
    if ages:
        charts.append(bar_chart_svg(title=_("求职者年龄结构"), categories=[r["band"] for r in ages],
                                    series=[(_("人数"), [r["count"] for r in ages])]))
    return charts


def analysis_pdf(version) -> bytes:
    return render_pdf("labour_market/analysis_print.html", {
        "report": version.report, "version": version, "stats": version.data, "charts": _charts(version.data),
        "generated_at": timezone.now()})
