"""Safeguards pages: the responsibility ledger of the key tasks (SD-S-1), the register of work plans and rules
(SD-S-4), the "four in place" checklist (SD-S-6) and the results summary by the four goal systems (SD-S-3,
SD-G-12)."""
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.accounts.selectors import staff_list
from careerguide.common.views import FormAction, form_action_page
from careerguide.organisations.selectors import unit_list

from ..choices import GoalSystem
from ..forms import sd as f
from ..permissions import can_manage_workforce, can_view_workforce
from ..selectors.sd import four_in_place_report, key_task_choices, key_task_ledger, summaries, work_documents
from ..services import safeguards
from .pages import FORM, Table, section_page, year_of

GOALS = dict(GoalSystem.choices)
SAFEGUARD_ACTIONS = {
    "task": FormAction(
        _("分解重点任务"), f.KeyTaskForm, success=_("已明确责任分工，责任人已收到待办。"), allowed=can_manage_workforce,
        form_kwargs=lambda r, u: {"responsible_unit": unit_list(actor=r.user), "responsible_person": staff_list(actor=r.user)},
        call=lambda r, u, d: safeguards.key_task_assign(actor=r.user, unit=u, **d)),
    "progress": FormAction(
        _("登记任务进展"), f.KeyTaskProgressForm, success=_("已登记进展。"), allowed=can_manage_workforce,
        form_kwargs=lambda r, u: {"assignment": key_task_choices(actor=r.user)},
        call=lambda r, u, d: safeguards.key_task_progress(actor=r.user, **d)),
    "document": FormAction(_("登记工作方案、服务标准、程序或制度"), f.WorkDocumentForm, success=_("已登记新版本。"),
                           allowed=can_manage_workforce,
                           call=lambda r, u, d: safeguards.work_document_add(actor=r.user, unit=u, **d)),
    "four_in_place": FormAction(_("登记“四到位”情况"), f.FourInPlaceForm, success=_("已登记。"), allowed=can_manage_workforce,
                                call=lambda r, u, d: safeguards.four_in_place_record(actor=r.user, unit=u, **d)),
    "summary": FormAction(_("生成职业指导服务成果总结"), f.SummaryForm, success=_("已生成总结。"), allowed=can_manage_workforce,
                          call=lambda r, u, d: safeguards.results_summary_generate(actor=r.user, unit=u, **d)),
}


@require(can_view_workforce)
def safeguards_view(request):
    year = year_of(request, timezone.localdate().year)
    ledger = key_task_ledger(actor=request.user, unit=request.user.unit)
    tasks = [[t.task, t.responsible_unit.name, t.responsible_person.full_name, t.due_date, t.get_status_display()]
             for t in ledger["rows"]]
    docs = [[d.unit.name, d.get_kind_display(), d.title, d.version, d.effective_from] for d in work_documents(actor=request.user)]
    checks = four_in_place_report(actor=request.user, year=year)
    places = [[g["check"].unit.name, "、".join(g["missing"]) or _("全部到位")] for g in checks["rows"]]
    reports = [[s.unit.name, f"{s.period_start}—{s.period_end}",
                "；".join(f"{GOALS.get(k, k)}：{v}" for k, v in s.sections.items())] for s in summaries(actor=request.user)]
    return section_page(request, heading=_("保障措施"), clause="SD-S-1 · SD-S-3 · SD-S-4 · SD-S-6 · SD-G-12",
                        actions=[(a.heading, reverse("workforce:safeguard_action", args=[k]))
                                 for k, a in SAFEGUARD_ACTIONS.items()],
                        notes=[_("尚未明确责任分工的重点任务：%(t)s") % {"t": "、".join(map(str, ledger["missing"])) or _("无")},
                               _("%(y)s年“四到位”未全部到位的机构%(n)s个。") % {"y": year, "n": len(checks["not_in_place"])}],
                        tables=[Table(_("重点任务责任分工"), [_("任务"), _("责任单位"), _("责任人"), _("时限"), _("进展")], tasks,
                                      "key-tasks"),
                                Table(_("工作方案和服务制度"), [_("机构"), _("类别"), _("名称"), _("版本"), _("施行日期")], docs,
                                      "documents"),
                                Table(_("“四到位”"), [_("机构"), _("未到位")], places, "four-in-place"),
                                Table(_("服务成果总结"), [_("机构"), _("期间"), _("四个目标体系")], reports, "summaries")])


@require(can_view_workforce)
def safeguard_action_view(request, action):
    return form_action_page(request, SAFEGUARD_ACTIONS, action, request.user.unit, template=FORM,
                            back=reverse("workforce:key_tasks"))
