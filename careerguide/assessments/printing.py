"""The career-orientation analysis report as a printable PDF with an embedded CJK font (CQ-7.1.7-1, CQ-7.1.7-2)."""
from django.utils import timezone

from careerguide.documents.pdf import render_pdf

from .selectors import plan_instruments, report_cited


def report_pdf(report, *, now=None) -> bytes:
    """职业倾向分析报告: the worker, the agreed plan, the results cited, the analysis, who signed it and when, the
    feedback, and the standard it is made under."""
    return render_pdf("assessments/report_print.html", {
        "report": report, "plan": report.plan, "instruments": plan_instruments(plan=report.plan),
        "cites": report_cited(report=report), "generated_at": now or timezone.now()})
