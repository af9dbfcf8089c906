"""Pages of supervision and quality evaluation: internal audits (CQ-9.1.2-1), findings from every source with their
actions (CQ-9.1.2-2, CQ-9.1.3-1), experience summaries (CQ-9.2.1-2), evaluations (CQ-9.2.1-3, CQ-9.2.2-1,
CQ-9.2.3-1), complaint channels (CQ-9.1.1-1) and the satisfaction report (CQ-9.2.1-1)."""
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.accounts.selectors import staff_list
from careerguide.common.views import post_action
from careerguide.organisations.selectors import unit_list

from ..forms import registers as f
from ..permissions import can_manage_cq
from ..selectors import (
    audit_cases,
    audit_get,
    audit_list,
    case_list,
    complaint_channel_list,
    cycle_duties,
    evaluation_get,
    evaluation_list,
    finding_actions,
    finding_actions_of,
    finding_get,
    finding_list,
    satisfaction_report,
    summary_list,
)
from ..services import quality as s
from .pages import Link, Section, Table, bound, sections_page


def _staff(request):
    return staff_list(actor=request.user)


def _overview_sections(request):
    units = unit_list(actor=request.user)
    return [
        Section("audit", _("安排内部审核"), bound(request, "audit", f.AuditForm, units=units, auditors=_staff(request)),
                lambda d: s.audit_open(actor=request.user, **d), _("审核已安排。")),
        Section("finding", _("登记行政监督或社会监督发现的问题"),
                bound(request, "finding", f.FindingForm, units=units, handlers=_staff(request)),
                lambda d: s.finding_record(actor=request.user, **d), _("已登记。")),
        Section("summary", _("总结指导经验"), bound(request, "summary", f.SummaryForm, units=units),
                lambda d: s.summary_record(actor=request.user, **d), _("总结已保存，改进措施已列入待办问题。")),
        Section("evaluation", _("开展自我评价"), bound(request, "evaluation", f.EvaluationForm, units=units),
                lambda d: s.evaluation_open(actor=request.user, **d), _("评价已建立。")),
        Section("third_party", _("登记第三方评价"), bound(request, "third_party", f.ThirdPartyForm, units=units),
                lambda d: s.evaluation_third_party_record(actor=request.user, **d), _("已登记。")),
        Section("channel", _("公开投诉渠道"), bound(request, "channel", f.ComplaintChannelForm, units=units),
                lambda d: s.complaint_channel_add(actor=request.user, **d), _("已公开。"))]


def _overview_tables(request, today):
    audits = [[Link(str(a), reverse("guidance:cq:audit", args=[a.pk])), a.auditor.full_name] for a in
              audit_list(actor=request.user)[:50]]
    findings = [[Link(f"{x.get_source_display()}：{x.description[:40]}", reverse("guidance:cq:finding", args=[x.pk])),
                 x.received_on, x.handler.full_name, x.closed_on or _("办理中")] for x in finding_list(actor=request.user)[:100]]
    evaluations = [[Link(str(e), reverse("guidance:cq:evaluation", args=[e.pk])), e.completed_on or _("进行中")]
                   for e in evaluation_list(actor=request.user)[:50]]
    duties = [[d.title, d.subject_label, d.due_date, _("已逾期") if d.overdue else ""]
              for u in unit_list(actor=request.user) for d in cycle_duties(unit=u, today=today)]
    return [Table(_("内部审核"), [_("审核"), _("审核人")], audits),
            Table(_("问题与投诉"), [_("问题"), _("收到日期"), _("处理人"), _("办结")], findings),
            Table(_("经验总结"), [_("期间"), _("改进措施")],
                  [[f"{x.period_start}—{x.period_end}", "；".join(x.measures)] for x in summary_list(actor=request.user)[:20]]),
            Table(_("服务质量评价"), [_("评价"), _("完成")], evaluations),
            Table(_("定期总结和自我评价待办"), [_("事项"), _("机构"), _("截止日期"), _("逾期")], duties),
            Table(_("投诉渠道"), [_("机构"), _("渠道"), _("联系方式"), _("受理时间")],
                  [[c.unit.name, c.get_kind_display(), c.contact, c.hours] for c in complaint_channel_list(actor=request.user)])]


@require(can_manage_cq)
def quality_view(request):
    today = timezone.localdate()
    start = today.replace(month=1, day=1)
    report = satisfaction_report(actor=request.user, start=start, end=today)
    return sections_page(request, _overview_sections(request), redirect_to=request.path, context={
        "title": _("服务监督与质量评价"), "clause": "CQ-9.1.2-1、CQ-9.1.3-1、CQ-9.2.1-1、CQ-9.2.1-2、CQ-9.2.2-1",
        "facts": [(_("本年满意度反馈回收率"), f"{report['response_rate']}%" if report["response_rate"] is not None else None),
                  (_("本年结案个案"), report["cases"])],
        "tables": _overview_tables(request, today)})


@require(can_manage_cq)
def audit_view(request, pk):
    audit = audit_get(actor=request.user, pk=pk)
    sections = [
        Section("sample", _("抽查个案"), bound(request, "sample", f.SampleForm, cases=case_list(actor=request.user)),
                lambda d: s.audit_sample_case(actor=request.user, audit=audit, **d), _("已抽查。")),
        Section("finding", _("登记发现的问题"), bound(request, "finding", f.AuditFindingForm, handlers=_staff(request)),
                lambda d: s.finding_record(actor=request.user, unit=audit.unit, source="internal_audit", audit=audit,
                                           received_on=timezone.localdate(), **d), _("已登记。"))]
    return sections_page(request, sections, redirect_to=request.path, context={
        "title": _("内部审核"), "clause": "CQ-9.1.2-1",
        "facts": [(_("审核计划"), audit.plan), (_("期间"), f"{audit.period_start} — {audit.period_end}"),
                  (_("范围"), audit.scope), (_("审核人"), audit.auditor.full_name)],
        "tables": [Table(_("抽查个案"), [_("个案")], [[c.subject_label] for c in audit_cases(audit=audit)])]})


def _finding_sections(request, finding, actions):
    pending = [a for a in actions if a.completed_on is None]
    done = [a for a in actions if a.completed_on and not a.verified_on]
    return [
        Section("action", _("制定纠正或预防措施"), bound(request, "action", f.ActionForm, owners=_staff(request)),
                lambda d: s.action_add(actor=request.user, finding=finding, **d), _("措施已制定。")),
        Section("complete", _("报告措施完成"), bound(request, "complete", f.ActionNoteForm, actions=_ids(finding, pending)),
                lambda d: s.action_complete(actor=request.user, **d), _("已报告完成。")),
        Section("verify", _("验证措施"), bound(request, "verify", f.ActionNoteForm, actions=_ids(finding, done)),
                lambda d: s.action_verify(actor=request.user, **d), _("已验证。")),
        Section("respond", _("答复投诉人"), bound(request, "respond", f.ResponseForm),
                lambda d: s.finding_respond(actor=request.user, finding=finding, **d), _("已答复。"))]


def _ids(finding, actions):
    return finding_actions_of(finding=finding, pks=[a.pk for a in actions])


@require(can_manage_cq)
def finding_view(request, pk):
    finding = finding_get(actor=request.user, pk=pk)
    if request.method == "POST" and request.POST.get("section") == "close":
        return post_action(request, lambda: s.finding_close(actor=request.user, finding=finding), success=_("已办结。"),
                           redirect_to=request.path)
    actions = finding_actions(finding=finding, today=timezone.localdate())
    rows = [[a.get_kind_display(), a.description, a.owner.full_name, a.due_on, a.completed_on,
             a.verified_on, _("已逾期") if a.overdue else ""] for a in actions]
    return sections_page(request, _finding_sections(request, finding, actions), template="guidance/cq/finding.html",
                         redirect_to=request.path, context={
        "title": _("问题与纠正预防措施"), "clause": "CQ-9.1.2-2、CQ-9.1.3-1", "finding": finding,
        "tables": [Table(_("措施"), [_("类型"), _("内容"), _("责任人"), _("期限"), _("完成"), _("验证"), _("逾期")], rows)]})


@require(can_manage_cq)
def evaluation_view(request, pk):
    evaluation = evaluation_get(actor=request.user, pk=pk)
    sections = [
        Section("assess", _("专业管理人员自评"), bound(request, "assess", f.SelfAssessForm),
                lambda d: s.evaluation_self_assess(actor=request.user, evaluation=evaluation, **d), _("自评已保存。")),
        Section("inspect", _("负责人召集自查并作出考评"), bound(request, "inspect", f.SelfInspectForm),
                lambda d: s.evaluation_self_inspect(actor=request.user, evaluation=evaluation, **d), _("考评已保存。"))]
    if evaluation.completed_on:
        sections = []
    return sections_page(request, sections, redirect_to=request.path, context={
        "title": str(evaluation), "clause": "CQ-9.2.1-3、CQ-9.2.2-1、CQ-9.2.3-1",
        "facts": [(_("评价类型"), evaluation.type_label or evaluation.get_evaluation_type_display()),
                  (_("专业管理人员自评"), evaluation.self_assessment.get("text")),
                  (_("自查及考评"), evaluation.self_inspection.get("appraisal")),
                  (_("评价机构"), evaluation.evaluator), (_("评价结果"), evaluation.results),
                  (_("完成日期"), evaluation.completed_on)]})

