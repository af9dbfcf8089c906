"""Assessment pages: the instrument catalogue (CQ-4.3-4), agreed plans and administrations (CQ-7.1.6-*), the
career-orientation report, its feedback and its PDF (CQ-7.1.7-*)."""
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.guidance.cq.selectors import case_list
from careerguide.guidance.cq.views.pages import Link, Section, Table, bound, sections_page
from careerguide.privacy.choices import REPORT_FIELDS, ReadPurpose
from careerguide.privacy.services import staff_read_log

from .forms import AdministrationForm, AgreeForm, FeedbackForm, InstrumentForm, PlanForm, ReportForm
from .permissions import can_administer_assessments, can_publish_instruments, can_use_assessments
from .printing import report_pdf
from .selectors import (
    instrument_list,
    plan_administration_list,
    plan_get,
    plan_instruments,
    plan_list,
    plan_reports,
    report_cited,
    report_get,
)
from .services import (
    administration_record,
    instrument_publish,
    plan_agree,
    plan_propose,
    report_feed_back,
    report_finalise,
)


@require(can_use_assessments)
def instruments_view(request):
    sections = [] if not can_publish_instruments(request.user) else [
        Section("publish", _("发布测评工具版本"), bound(request, "publish", InstrumentForm),
                lambda d: instrument_publish(actor=request.user, **d), _("已发布。"))]
    rows = [[i.name, i.version, i.get_kind_display(), i.purpose, i.target_group, i.effective_from]
            for i in instrument_list()]
    return sections_page(request, sections, redirect_to=request.path, context={
        "title": _("测评工具目录"), "clause": "CQ-4.3-4",
        "links": [(_("测评实施方案"), reverse("assessments:plans"))],
        "tables": [Table(_("测评工具"), [_("名称"), _("版本"), _("类型"), _("用途"), _("适用对象"), _("生效日期")], rows,
                         empty=_("暂无测评工具"))]})


@require(can_use_assessments)
def plans_view(request):
    today = timezone.localdate()
    sections = [] if not can_administer_assessments(request.user) else [
        Section("plan", _("制定测评实施方案"), bound(request, "plan", PlanForm, cases=case_list(actor=request.user),
                                                 instruments=instrument_list(on=today)),
                lambda d: plan_propose(actor=request.user, unit=request.user.unit, **d), _("方案已制定，请与服务对象确认。"))]
    rows = [[Link(p.subject_label, reverse("assessments:plan", args=[p.pk])), p.purpose, p.counsellor.full_name,
             p.agreed_at and timezone.localtime(p.agreed_at).date()] for p in plan_list(actor=request.user)[:200]]
    return sections_page(request, sections, redirect_to=request.path, context={
        "title": _("测评实施方案"), "clause": "CQ-7.1.6-1、CQ-7.1.6-2",
        "tables": [Table(_("方案"), [_("服务对象"), _("测评目的"), _("职业指导人员"), _("服务对象同意")], rows)]})


def _plan_sections(request, plan):
    administrations = plan_administration_list(plan=plan)
    return [
        Section("agree", _("服务对象同意方案"), bound(request, "agree", AgreeForm),
                lambda d: plan_agree(actor=request.user, plan=plan, **d), _("已记录服务对象同意。")),
        Section("administer", _("录入测评结果"), bound(request, "administer", AdministrationForm,
                                                  instruments=plan_instruments(plan=plan)),
                lambda d: administration_record(actor=request.user, plan=plan, **d), _("测评结果已录入。")),
        Section("report", _("形成职业倾向分析报告"), bound(request, "report", ReportForm, administrations=administrations),
                lambda d: report_finalise(actor=request.user, plan=plan, **d), _("报告已定稿，请及时向劳动者反馈。"))]


@require(can_use_assessments)
def plan_view(request, pk):
    plan = plan_get(actor=request.user, pk=pk)
    sections = _plan_sections(request, plan) if can_administer_assessments(request.user) else []
    return sections_page(request, sections, redirect_to=request.path, context={
        "title": _("测评实施方案：%(s)s") % {"s": plan.subject_label}, "clause": "CQ-7.1.6-1、CQ-7.1.7-1",
        "facts": [(_("测评目的"), plan.purpose), (_("时间安排"), plan.schedule), (_("实施方式"), plan.mode),
                  (_("结果使用与反馈"), plan.result_use),
                  (_("选用的测评工具"), "；".join(f"{i}（{plan.tool_reasons.get(str(i.pk), '')}）"
                                           for i in plan_instruments(plan=plan))),
                  (_("服务对象同意"), plan.agreed_at and timezone.localtime(plan.agreed_at).strftime("%Y-%m-%d %H:%M"))],
        "tables": [Table(_("测评结果"), [_("日期"), _("方法"), _("工具"), _("结果")],
                         [[a.administered_on, a.get_method_display(), a.instrument, a.result.get("summary", a.result)]
                          for a in plan_administration_list(plan=plan)]),
                   Table(_("职业倾向分析报告"), [_("报告"), _("定稿日期"), _("状态")],
                         [[Link(_("查看"), reverse("assessments:report", args=[r.pk])), r.finalised_on,
                           r.get_status_display()] for r in plan_reports(plan=plan)])]})


def _log_report_read(request, report, purpose) -> None:
    """A career-orientation report is a person's data: its reading is logged against the plan it belongs to, in
    the unit that holds it (BJ-51-2)."""
    staff_read_log(actor=request.user, subject_type="assessments.assessmentplan", subject_id=report.plan_id,
                   unit_id=report.plan.unit_id, fields=REPORT_FIELDS, reference=f"R{report.pk:06d}", purpose=purpose)


@require(can_use_assessments)
def report_view(request, pk):
    report = report_get(actor=request.user, pk=pk)
    _log_report_read(request, report, ReadPurpose.SERVICE)
    sections = [] if not can_administer_assessments(request.user) or report.status != "pending_feedback" else [
        Section("feedback", _("向劳动者反馈"), bound(request, "feedback", FeedbackForm),
                lambda d: report_feed_back(actor=request.user, report=report, **d), _("已记录反馈。"))]
    return sections_page(request, sections, redirect_to=request.path, context={
        "title": _("职业倾向分析报告：%(s)s") % {"s": report.plan.subject_label}, "clause": "CQ-7.1.7-1、CQ-7.1.7-2",
        "links": [(_("下载报告（PDF）"), reverse("assessments:report_pdf", args=[report.pk]))],
        "facts": [(_("状态"), report.get_status_display()), (_("定稿日期"), report.finalised_on),
                  (_("签署人"), report.signed_by.full_name), (_("综合分析"), report.analysis),
                  (_("引用的测评结果"), "；".join(str(a) for a in report_cited(report=report))),
                  (_("反馈"), report.feedback.get("acknowledgement"))]})


@require(can_use_assessments)
def report_pdf_view(request, pk):
    """CQ-7.1.7-1: the report as a PDF with Chinese text."""
    report = report_get(actor=request.user, pk=pk)
    response = HttpResponse(report_pdf(report), content_type="application/pdf")
    _log_report_read(request, report, ReadPurpose.REPORT_PDF)
    name = _("职业倾向分析报告-%(subject)s-%(pk)s.pdf") % {"subject": report.plan.subject_label, "pk": report.pk}
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response
