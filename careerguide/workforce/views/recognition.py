"""Contests with results and exemplars (SD-3-*), provincial awards with the quota dashboard (SD-20-*), commendations
(SD-20-1) and multi-source evaluation (SD-21-*)."""
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.common.views import FormAction, form_action_page
from careerguide.organisations.selectors import unit_list

from ..forms import recognition as rf
from ..forms.sd import AdvanceForm
from ..permissions import can_evaluate, can_manage_workforce, can_record_provincial_awards, can_view_workforce
from ..selectors.recognition import (
    award_round_get,
    award_round_list,
    commendation_list,
    contest_entries,
    contest_get,
    contest_list,
)
from ..selectors.register import counsellor_list
from ..selectors.reports import evaluation_report, evaluation_report_by_unit, quota_dashboard
from ..services import contests, recognition
from ..states import AwardRoundStatus, ContestStatus
from .pages import FORM, Table, counts_text, link, section_page, year_of

LIST_ACTIONS = {
    "contest": FormAction(_("新建竞赛"), rf.ContestForm, success=_("已新建竞赛。"), allowed=can_manage_workforce,
                          call=lambda r, u, d: contests.contest_create(actor=r.user, unit=u, **d)),
    "award_round": FormAction(_("发布评定通知"), rf.AwardRoundForm, success=_("已发布评定通知。"),
                              allowed=can_record_provincial_awards,
                              call=lambda r, u, d: recognition.award_round_create(actor=r.user, unit=u, **d)),
    "commendation": FormAction(
        _("登记通报表扬"), rf.CommendationForm, success=_("已登记通报表扬。"), allowed=can_manage_workforce,
        form_kwargs=lambda r, u: {"counsellor": counsellor_list(actor=r.user)},
        call=lambda r, u, d: recognition.commendation_record(actor=r.user, unit=u, **d)),
    "evaluation": FormAction(
        _("登记多元评价"), rf.EvaluationForm, success=_("已登记评价。"), allowed=can_evaluate,
        form_kwargs=lambda r, u: {"counsellor": counsellor_list(actor=r.user)},
        call=lambda r, u, d: recognition.evaluation_record(actor=r.user, **d)),
}


@require(can_view_workforce)
def list_action_view(request, action):
    return form_action_page(request, LIST_ACTIONS, action, request.user.unit, template=FORM,
                            back=reverse("workforce:recognition"))


@require(can_view_workforce)
def recognition_view(request):
    """Contests, award rounds, the provincial quota dashboard and commendations on one page."""
    today = timezone.localdate()
    contests_rows = [[link(c.title, reverse("workforce:contest", args=[c.pk])), c.get_contest_type_display(), c.year,
                      c.get_status_display()] for c in contest_list(actor=request.user)]
    rounds = [[link(r, reverse("workforce:award_round", args=[r.pk])), r.get_status_display()]
              for r in award_round_list(actor=request.user)]
    quota = [[q["title"], q["quota"], q["awarded"], q["shortfall"],
              counts_text({_("%(y)s年") % {"y": y}: n for y, n in sorted(q["by_year"].items())}), counts_text(q["by_unit"])]
             for q in quota_dashboard(actor=request.user, on=today)]
    praise = [[c.issued_on, c.counsellor or c.group_name, c.authority, c.document_number]
              for c in commendation_list(actor=request.user)[:100]]
    return section_page(request, heading=_("竞赛、评定与表彰"), clause="SD-3-1 · SD-20-1 · SD-20-2 · SD-20-5",
                        actions=[(a.heading, reverse("workforce:list_action", args=[k])) for k, a in LIST_ACTIONS.items()]
                        + [(_("多元评价统计"), reverse("workforce:evaluations"))],
                        tables=[Table(_("竞赛"), [_("名称"), _("类型"), _("年度"), _("状态")], contests_rows, "contests"),
                                Table(_("评定批次"), [_("批次"), _("状态")], rounds, "award-rounds"),
                                Table(_("全省名额（“十四五”期间）"), [_("称号"), _("名额"), _("已评定"), _("尚余"),
                                                                     _("按年度"), _("按地区")], quota, "quota"),
                                Table(_("通报表扬"), [_("日期"), _("对象"), _("表扬机关"), _("文号")], praise, "commendations")])


def _entries(request, contest):
    return {"entry": contest_entries(contest=contest)}


CONTEST_ACTIONS = {
    "advance": FormAction(_("推进竞赛阶段"), AdvanceForm, success=_("已推进。"), allowed=can_manage_workforce,
                          form_kwargs=lambda r, c: {"choices": ContestStatus.choices},
                          call=lambda r, c, d: contests.contest_advance(actor=r.user, contest=c, **d)),
    "entry": FormAction(
        _("报名参赛"), rf.ContestEntryForm, success=_("已报名。"), allowed=can_manage_workforce,
        form_kwargs=lambda r, c: {"members": counsellor_list(actor=r.user)},
        call=lambda r, c, d: contests.contest_entry_add(actor=r.user, contest=c, **{**d, "members": list(d["members"])})),
    "result": FormAction(_("登记比赛结果"), rf.ContestResultForm, success=_("已登记结果，获奖人员已列为先进典型。"),
                         allowed=can_manage_workforce, form_kwargs=_entries,
                         call=lambda r, c, d: contests.contest_result_record(actor=r.user, **d)),
}


@require(can_view_workforce)
def contest_view(request, pk):
    contest = contest_get(actor=request.user, pk=pk)
    rows = [[e.entry_title, e.team_name, "、".join(m.full_name for m in e.members.all()), e.rank, e.award]
            for e in contest_entries(contest=contest)]
    return section_page(request, heading=str(contest), clause="SD-3-1 · SD-3-3",
                        notes=[_("当前阶段：%(s)s") % {"s": contest.get_status_display()}],
                        actions=[(a.heading, reverse("workforce:contest_action", args=[contest.pk, k]))
                                 for k, a in CONTEST_ACTIONS.items()],
                        tables=[Table(_("参赛作品"), [_("作品"), _("团队"), _("人员"), _("名次"), _("奖项")], rows, "entries")])


@require(can_view_workforce)
def contest_action_view(request, pk, action):
    contest = contest_get(actor=request.user, pk=pk)
    return form_action_page(request, CONTEST_ACTIONS, action, contest, template=FORM,
                            back=reverse("workforce:contest", args=[contest.pk]))


ROUND_ACTIONS = {
    "advance": FormAction(_("推进评定阶段"), AdvanceForm, success=_("已推进。"), allowed=can_record_provincial_awards,
                          form_kwargs=lambda r, x: {"choices": AwardRoundStatus.choices},
                          call=lambda r, x, d: recognition.award_round_advance(actor=r.user, rnd=x, **d)),
    "confer": FormAction(
        _("登记评定结果"), rf.AwardConferForm, success=_("已登记评定结果。"), allowed=can_record_provincial_awards,
        form_kwargs=lambda r, x: {"unit": unit_list(actor=r.user), "counsellor": counsellor_list(actor=r.user)},
        call=lambda r, x, d: recognition.award_confer(actor=r.user, rnd=x, **d)),
}


@require(can_view_workforce)
def award_round_view(request, pk):
    rnd = award_round_get(actor=request.user, pk=pk)
    rows = [[a.candidate_label, a.get_candidate_kind_display(), a.unit.name, a.awarded_on, a.override_reference]
            for a in rnd.awards.select_related("unit")]
    return section_page(request, heading=str(rnd), clause="SD-20-2 · SD-20-3 · SD-20-4",
                        notes=[_("当前阶段：%(s)s") % {"s": rnd.get_status_display()}],
                        actions=[(a.heading, reverse("workforce:award_round_action", args=[rnd.pk, k]))
                                 for k, a in ROUND_ACTIONS.items()],
                        tables=[Table(_("评定结果"), [_("对象"), _("类型"), _("地区"), _("日期"), _("突破名额依据")], rows, "awards")])


@require(can_view_workforce)
def award_round_action_view(request, pk, action):
    rnd = award_round_get(actor=request.user, pk=pk)
    return form_action_page(request, ROUND_ACTIONS, action, rnd, template=FORM,
                            back=reverse("workforce:award_round", args=[rnd.pk]))


@require(can_view_workforce)
def evaluations_view(request):
    """SD-21-3, SD-21-5: per counsellor the source means and the composite, and per organisation its score; evaluators
    are never shown (SD-21-4)."""
    year = year_of(request, timezone.localdate().year)
    rows = [[r["counsellor"].full_name, r["counsellor"].unit.name, r["sources"].get("peer"),
             r["sources"].get("student"), r["sources"].get("social"), r["sources"].get("other"), r["responses"],
             r["composite"]]
            for r in evaluation_report(actor=request.user, year=year)]
    units = [[r["unit"].name, r["counsellors"], r["responses"], r["composite"]]
             for r in evaluation_report_by_unit(actor=request.user, year=year)]
    return section_page(request, heading=_("%(y)s年多元评价") % {"y": year}, clause="SD-21-3 · SD-21-5",
                        actions=[(_("登记多元评价"), reverse("workforce:list_action", args=["evaluation"]))],
                        tables=[Table(_("人才评价（按人员）"), [_("姓名"), _("所在单位"), _("同行"), _("学生"), _("社会"),
                                                            _("其他"), _("评价数"), _("综合得分")], rows, "evaluations"),
                                Table(_("人才评价（按单位）"), [_("单位"), _("参评人数"), _("评价数"), _("单位综合得分")],
                                      units, "evaluations-by-unit")])
