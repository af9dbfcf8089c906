"""Exploration and exchange pages: special surveys (SD-15-1), pilots of new technologies and methods (SD-15-4),
exchange activities (SD-16-1) and, with the research projects, the research output report (SD-6-3)."""
from django.http import FileResponse, Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.common.views import FormAction, form_action_page

from ..choices import PilotResult
from ..forms import research as f
from ..permissions import can_manage_workforce, can_view_workforce
from ..selectors.research import exchange_list, pilot_list, research_output_report, survey_get, survey_list
from ..services import research
from .pages import FORM, Table, link, section_page

RESEARCH_ACTIONS = {
    "survey": FormAction(_("登记专项调查研究"), f.SurveyForm, success=_("已登记专项调查研究。"), allowed=can_manage_workforce,
                         call=lambda r, u, d: research.special_survey_record(actor=r.user, unit=u, **d)),
    "survey_report": FormAction(
        _("上传调研报告"), f.SurveyReportForm, success=_("已上传调研报告。"), allowed=can_manage_workforce,
        form_kwargs=lambda r, u: {"survey": survey_list(actor=r.user)},
        call=lambda r, u, d: research.survey_report_attach(actor=r.user, **d)),
    "pilot": FormAction(_("登记新技术新方法试点"), f.PilotForm, success=_("已登记试点。"), allowed=can_manage_workforce,
                        call=lambda r, u, d: research.method_pilot_record(actor=r.user, unit=u, **d)),
    "pilot_evaluate": FormAction(
        _("登记试点评估结果"), f.PilotEvaluateForm, success=_("已登记评估结果。"), allowed=can_manage_workforce,
        form_kwargs=lambda r, u: {"pilot": pilot_list(actor=r.user)},
        call=lambda r, u, d: research.method_pilot_evaluate(actor=r.user, **d)),
    "exchange": FormAction(_("登记合作交流活动"), f.ExchangeForm, success=_("已登记合作交流活动。"),
                           allowed=can_manage_workforce,
                           call=lambda r, u, d: research.exchange_record(actor=r.user, unit=u, **d)),
}
RESULTS = dict(PilotResult.choices)


@require(can_view_workforce)
def research_view(request):
    surveys = [[s.unit.name, s.topic, s.organiser, f"{s.starts_on}—{s.ends_on or ''}", s.get_method_display(), s.sample,
                link(_("查看"), reverse("workforce:survey_report", args=[s.pk])) if s.report_file else _("未上传")]
               for s in survey_list(actor=request.user)[:200]]
    pilots = [[p.unit.name, p.title, p.organisation, f"{p.starts_on}—{p.ends_on or ''}", p.get_result_display(),
               p.evaluation] for p in pilot_list(actor=request.user)[:200]]
    exchanges = [[e.unit.name, e.title, e.get_kind_display(), e.get_role_display(), e.get_scope_display(), e.held_on,
                  e.participants, e.outputs] for e in exchange_list(actor=request.user)[:200]]
    report = research_output_report(actor=request.user)
    per_unit = [[name, c.get("projects", 0), c.get("surveys", 0), c.get("pilots", 0), c.get("exchanges", 0)]
                for name, c in report["per_unit"].items()]
    return section_page(
        request, heading=_("调查研究、探索实践与合作交流"), clause="SD-6-3 · SD-15-1 · SD-15-4 · SD-16-1",
        actions=[(a.heading, reverse("workforce:research_action", args=[k])) for k, a in RESEARCH_ACTIONS.items()],
        notes=[_("试点评估：%(r)s") % {"r": "；".join(f"{RESULTS.get(k, k)} {v}" for k, v in
                                               report["pilots_by_result"].items()) or _("暂无")}],
        tables=[Table(_("专项调查研究"), [_("机构"), _("主题"), _("组织单位"), _("期间"), _("方法"), _("样本"), _("报告")], surveys,
                      "surveys"),
                Table(_("新技术新方法试点"), [_("机构"), _("名称"), _("实施单位"), _("期间"), _("评估结果"), _("评估意见")], pilots,
                      "pilots"),
                Table(_("合作交流"), [_("机构"), _("活动"), _("形式"), _("举办或参加"), _("范围"), _("日期"), _("参加人员"),
                                   _("成果")], exchanges, "exchanges"),
                Table(_("研究成果统计（按机构）"), [_("机构"), _("课题"), _("专项调研"), _("试点"), _("合作交流")], per_unit,
                      "research-per-unit")])


@require(can_view_workforce)
def research_action_view(request, action):
    return form_action_page(request, RESEARCH_ACTIONS, action, request.user.unit, template=FORM,
                            back=reverse("workforce:research"))


@require(can_view_workforce)
def survey_report_view(request, pk):
    survey = survey_get(actor=request.user, pk=pk)
    if not survey.report_file:
        raise Http404
    return FileResponse(survey.report_file.open("rb"), as_attachment=True, filename=survey.report_file.name.split("/")[-1])
