"""The register's records of a person (BJ-60 .. BJ-71, SD-G-4, SD-13-1, SD-18-1), titles (BJ-68-1, BJ-64-4),
organisation profiles and filings (SD-G-1, BJ-71-1), chief counsellors (SD-5-*), teams and research (SD-4-4, SD-6-*),
appraisal (SD-19-2) and the workforce reports (SD-G-10, SD-4-5, SD-18-2, SD-6-3, BJ-64-3)."""
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.common.views import FormAction, form_action_page, post_action
from careerguide.organisations.selectors import unit_list

from ..choices import Education, EmploymentType
from ..forms import recognition as rf
from ..forms.sd import AdvanceForm, HeiAssignForm
from ..permissions import can_decide_titles, can_manage_workforce, can_view_workforce
from ..selectors.recognition import (
    chief_round_get,
    chief_round_list,
    current_appointments,
    cycle_list,
    nominations_of,
    own_cycles,
    project_list,
    scheme_list,
    team_list,
)
from ..selectors.register import (
    chief_roster,
    counsellor_get,
    counsellor_list,
    live_qualifications,
    title_get,
    title_list,
)
from ..selectors.reports import certification_report, senior_shortfalls, staffing_report, structure_report
from ..selectors.research import research_output_report
from ..selectors.sd import hei_units
from ..selectors.training import event_list
from ..services import chiefs, hei, recognition, register, titles
from ..states import SelectionStatus
from .pages import FORM, Table, counts_text, link, section_page

EMPLOYMENT, EDUCATION = dict(EmploymentType.choices), {**dict(Education.choices), "unknown": _("未填写")}
AGE_BANDS = {"<30": _("30岁以下"), "30-39": _("30至39岁"), "40-49": _("40至49岁"), "50+": _("50岁及以上"),
             "unknown": _("未填写出生日期")}
LEVEL_NAMES = {1: _("一级"), 2: _("二级"), 3: _("三级"), 4: _("四级"), 5: _("五级")}
LEAD_TYPES = {"hei_counsellor": _("高校职业指导人员牵头"), "other": _("其他人员牵头")}

COUNSELLOR_ACTIONS = {
    "qualification": FormAction(_("登记证书"), rf.QualificationForm, success=_("已登记证书。"), allowed=can_manage_workforce,
                                call=lambda r, c, d: register.qualification_add(actor=r.user, counsellor=c, **d)),
    "period": FormAction(_("登记工作经历"), rf.PeriodRecordForm, success=_("已登记工作经历。"), allowed=can_manage_workforce,
                         call=lambda r, c, d: register.service_period_add(actor=r.user, counsellor=c, **d)),
    "output": FormAction(_("登记工作成果"), rf.OutputForm, success=_("已登记工作成果。"), allowed=can_manage_workforce,
                         call=lambda r, c, d: register.output_record_add(actor=r.user, counsellor=c, **d)),
    "workload": FormAction(_("登记专门指导工作量"), rf.WorkloadForm, success=_("已保存。"), allowed=can_manage_workforce,
                           call=lambda r, c, d: register.workload_year_set(actor=r.user, counsellor=c, **d)),
    "integrity": FormAction(_("登记思想政治与职业道德记录"), rf.IntegrityForm, success=_("已登记。"),
                            allowed=can_manage_workforce,
                            call=lambda r, c, d: register.integrity_finding_add(actor=r.user, counsellor=c, **d)),
    "leave": FormAction(_("登记离岗"), rf.LeaveForm, success=_("已登记离岗，并已生成报市级备案待办。"), allowed=can_manage_workforce,
                        call=lambda r, c, d: register.counsellor_leave(actor=r.user, counsellor=c, **d)),
    "hei_unit": FormAction(
        _("确定所在高校职业指导层级"), HeiAssignForm, success=_("已保存。"), allowed=can_manage_workforce,
        form_kwargs=lambda r, c: {"counsellor": counsellor_list(actor=r.user).filter(pk=c.pk),
                                  "guidance_unit": hei_units(actor=r.user), "initial": {"counsellor": c.pk}},
        call=lambda r, c, d: hei.counsellor_hei_unit_assign(actor=r.user, **d)),
    "revoke": FormAction(_("登记证书失效"), rf.RevokeForm, success=_("已登记证书失效。"), allowed=can_manage_workforce,
                         form_kwargs=lambda r, c: {"qualification": live_qualifications(counsellor=c)},
                         call=lambda r, c, d: register.qualification_revoke(actor=r.user, **d)),
    "title": FormAction(_("上报称号"), rf.TitleSubmitForm, success=_("已上报。"), allowed=can_manage_workforce,
                        call=lambda r, c, d: titles.title_submit(actor=r.user, counsellor=c, **d)),
}


@require(can_view_workforce)
def counsellor_action_view(request, pk, action):
    c = counsellor_get(actor=request.user, pk=pk)
    return form_action_page(request, COUNSELLOR_ACTIONS, action, c, template=FORM,
                            back=reverse("workforce:detail", args=[c.pk]))


def _titles(request, subject):
    return {"award": title_list(actor=request.user)}


UNIT_ACTIONS = {
    "profile": FormAction(_("设置机构类型和人数"), rf.ProfileForm, success=_("已保存。"), allowed=can_manage_workforce,
                          form_kwargs=lambda r, u: {"unit": unit_list(actor=r.user)},
                          call=lambda r, u, d: register.organisation_profile_set(actor=r.user, **d)),
    "title_decide": FormAction(_("审核称号"), rf.TitleDecideForm, success=_("已审核。"), allowed=can_decide_titles,
                               form_kwargs=_titles, call=lambda r, u, d: titles.title_decide(actor=r.user, **d)),
    "chief_round": FormAction(_("发布首席职业指导师推选"), rf.ChiefRoundForm, success=_("已发布推选。"),
                              allowed=can_manage_workforce,
                              call=lambda r, u, d: chiefs.chief_round_create(actor=r.user, unit=u, **d)),
    "chief_activity": FormAction(
        _("登记首席履职"), rf.ChiefActivityForm, success=_("已登记履职。"), allowed=can_manage_workforce,
        form_kwargs=lambda r, u: {"appointment": current_appointments(actor=r.user), "team": team_list(actor=r.user),
                                  "event": event_list(actor=r.user)},
        call=lambda r, u, d: chiefs.chief_activity_record(actor=r.user, **d)),
    "team": FormAction(
        _("组建职业指导专业服务团队"), rf.TeamForm, success=_("已登记团队。"), allowed=can_manage_workforce,
        form_kwargs=lambda r, u: {"leader": counsellor_list(actor=r.user), "members": counsellor_list(actor=r.user)},
        call=lambda r, u, d: chiefs.service_team_create(actor=r.user, unit=u, **{**d, "members": list(d["members"])})),
    "research": FormAction(
        _("登记课题"), rf.ResearchForm, success=_("已登记课题。"), allowed=can_manage_workforce,
        form_kwargs=lambda r, u: {"lead": counsellor_list(actor=r.user), "members": counsellor_list(actor=r.user)},
        call=lambda r, u, d: chiefs.research_project_create(actor=r.user, unit=u, **{**d, "members": list(d["members"])})),
    "scheme": FormAction(_("制定绩效考核方案"), rf.SchemeForm, success=_("已保存方案。"), allowed=can_manage_workforce,
                         call=lambda r, u, d: recognition.appraisal_scheme_create(actor=r.user, unit=u, **d)),
    "appraisal": FormAction(
        _("启动绩效考核"), rf.AppraisalOpenForm, success=_("已启动考核。"), allowed=can_manage_workforce,
        form_kwargs=lambda r, u: {"scheme": scheme_list(actor=r.user), "counsellor": counsellor_list(actor=r.user)},
        call=lambda r, u, d: recognition.appraisal_open(actor=r.user, **d)),
    "appraisal_advance": FormAction(
        _("推进绩效考核"), rf.AppraisalAdvanceForm, success=_("已推进。"), allowed=can_manage_workforce,
        form_kwargs=lambda r, u: {"cycle": cycle_list(actor=r.user)},
        call=lambda r, u, d: recognition.appraisal_advance(actor=r.user, **d)),
    "appraisal_comment": FormAction(
        _("对本人考核结果填写意见"), rf.AppraisalCommentForm, success=_("已提交意见。"),
        form_kwargs=lambda r, u: {"cycle": own_cycles(actor=r.user)},
        call=lambda r, u, d: recognition.appraisal_comment(actor=r.user, **d)),
}


@require(can_view_workforce)
def unit_action_view(request, action):
    return form_action_page(request, UNIT_ACTIONS, action, request.user.unit, template=FORM,
                            back=reverse("workforce:people"))


@require(can_view_workforce)
def people_view(request):
    """Chief counsellors, teams, research, appraisal and titles of the jurisdiction."""
    today = timezone.localdate()
    rounds = [[link(r, reverse("workforce:chief_round", args=[r.pk])), r.get_status_display()]
              for r in chief_round_list(actor=request.user)]
    roster = [[x["appointment"].counsellor.full_name, x["appointment"].unit.name, x["appointment"].starts_on,
               x["appointment"].ends_on, x["activities"]] for x in chief_roster(actor=request.user, on=today)]
    teams = [[t.name, t.leader.full_name, t.members.count(), t.focus] for t in team_list(actor=request.user)]
    projects = [[p.title, p.get_topic_type_display(), p.lead.full_name, p.get_status_display(), "；".join(p.warnings)]
                for p in project_list(actor=request.user)]
    cycles = [[c.counsellor.full_name, c.scheme.name, c.period_label, c.get_status_display(), c.result]
              for c in cycle_list(actor=request.user)[:100]]
    awards = [[t.counsellor.full_name, t.get_title_display(), t.year, t.get_status_display()]
              for t in title_list(actor=request.user)[:100]]
    return section_page(request, heading=_("首席职业指导师、团队、课题与考核"),
                        clause="SD-4-4 · SD-5-2 · SD-5-5 · SD-6-1 · SD-19-2 · BJ-68-1",
                        actions=[(a.heading, reverse("workforce:unit_action", args=[k])) for k, a in UNIT_ACTIONS.items()]
                        + [(_("队伍报表"), reverse("workforce:reports"))],
                        tables=[Table(_("首席推选"), [_("推选"), _("状态")], rounds, "chief-rounds"),
                                Table(_("现任首席职业指导师"), [_("姓名"), _("地区"), _("任期开始"), _("任期结束"), _("履职记录")],
                                      roster, "chief-roster"),
                                Table(_("专业服务团队"), [_("团队"), _("负责人"), _("人数"), _("服务方向")], teams, "teams"),
                                Table(_("课题"), [_("课题"), _("类型"), _("负责人"), _("状态"), _("提示")], projects, "projects"),
                                Table(_("绩效考核"), [_("姓名"), _("方案"), _("考核期"), _("状态"), _("结果")], cycles, "cycles"),
                                Table(_("称号"), [_("姓名"), _("称号"), _("年度"), _("状态")], awards, "titles")])


ROUND_ACTIONS = {
    "advance": FormAction(_("推进推选阶段"), AdvanceForm, success=_("已推进。"), allowed=can_manage_workforce,
                          form_kwargs=lambda r, x: {"choices": SelectionStatus.choices},
                          call=lambda r, x, d: chiefs.chief_round_advance(actor=r.user, rnd=x, **d)),
    "nominate": FormAction(_("推荐人选"), rf.NominateForm, success=_("已推荐。"), allowed=can_manage_workforce,
                           form_kwargs=lambda r, x: {"counsellor": counsellor_list(actor=r.user)},
                           call=lambda r, x, d: chiefs.chief_nominate(actor=r.user, rnd=x, **d)),
    "appoint": FormAction(_("聘任首席职业指导师"), rf.AppointForm, success=_("已聘任。"), allowed=can_manage_workforce,
                          form_kwargs=lambda r, x: {"nomination": nominations_of(rnd=x)},
                          call=lambda r, x, d: chiefs.chief_appoint(actor=r.user, **d)),
}


@require(can_view_workforce)
def chief_round_view(request, pk):
    rnd = chief_round_get(actor=request.user, pk=pk)
    rows = [[n.counsellor.full_name, "；".join(n.warnings), _("当选") if n.selected else ""] for n in nominations_of(rnd=rnd)]
    return section_page(request, heading=str(rnd), clause="SD-5-1 · SD-5-2 · SD-5-3",
                        notes=[_("当前阶段：%(s)s；评价方式：%(m)s") % {"s": rnd.get_status_display(), "m": "、".join(rnd.methods)}],
                        actions=[(a.heading, reverse("workforce:chief_round_action", args=[rnd.pk, k]))
                                 for k, a in ROUND_ACTIONS.items()],
                        tables=[Table(_("被推选人"), [_("姓名"), _("提示"), _("结果")], rows, "nominations")])


@require(can_view_workforce)
def chief_round_action_view(request, pk, action):
    rnd = chief_round_get(actor=request.user, pk=pk)
    return form_action_page(request, ROUND_ACTIONS, action, rnd, template=FORM,
                            back=reverse("workforce:chief_round", args=[rnd.pk]))


STEPS = {"chief_review": (chiefs.chief_appointments_review, _("已核查首席任职情况。")),
         "filing": (register.staff_filing_submit, _("已报市级备案。"))}


@require(can_manage_workforce)
def unit_step_view(request, step):
    """BJ-71-1 the district's filing; SD-5-3 the review that ends terms early."""
    if request.method != "POST" or step not in STEPS:
        return redirect("workforce:people")
    call, message = STEPS[step]
    return post_action(request, lambda: call(actor=request.user, unit=request.user.unit), success=message,
                       redirect_to=reverse("workforce:people"))


@require(can_decide_titles)
def title_review_view(request, pk):
    """BJ-64-4, BJ-67-5: after the title year the workload is reviewed."""
    award = title_get(actor=request.user, pk=pk)
    if request.method != "POST":
        return redirect("workforce:people")
    return post_action(request, lambda: titles.title_year_review(actor=request.user, award=award),
                       success=_("已完成年度复核。"), redirect_to=reverse("workforce:people"))


@require(can_view_workforce)
def reports_view(request):
    """SD-G-10 structure, SD-4-5 staffing, SD-18-2 certification, SD-6-3 research outputs, BJ-64-3 shortfalls."""
    today = timezone.localdate()
    structure = structure_report(actor=request.user, on=today)
    staffing = [[r["unit"].name, r["org_type"], r["full_time"], r["part_time_counsellors"], r["part_time_helpers"],
                 r["ratio"].value, _("不足") if r["ratio"].shortfall else "", len(r["teams"])]
                for r in staffing_report(actor=request.user, on=today)]
    cert = certification_report(actor=request.user, on=today)
    research = research_output_report(actor=request.user)
    short = [[r["counsellor"].full_name, "；".join(r["warnings"])] for r in senior_shortfalls(actor=request.user,
                                                                                          year=today.year - 1)]
    notes = [_("在册%(n)s人（上年同期%(p)s人）；专兼职%(e)s；学历%(d)s；年龄%(a)s；年度培训%(h)s学时；表彰%(w)s项。") % {
        "n": structure["current"]["headcount"], "p": structure["previous"]["headcount"],
        "e": counts_text(structure["current"]["employment_type"], EMPLOYMENT),
        "d": counts_text(structure["current"]["education"], EDUCATION),
        "a": counts_text(structure["current"]["age_band"], AGE_BANDS), "h": structure["current"]["training_hours"],
        "w": structure["current"]["awards"]},
        _("职业指导人员%(t)s人，各等级占比%(s)s，未取得证书%(u)s人。") % {
            "t": cert["total"], "s": counts_text({lvl: f"{v}%" for lvl, v in cert["shares"].items() if v is not None},
                                                 LEVEL_NAMES), "u": len(cert["uncertified"])},
        _("课题按负责人类型：%(l)s；按机构：%(o)s；已结题并有成果%(c)s项。") % {
            "l": counts_text(research["by_lead_type"], LEAD_TYPES), "o": counts_text(research["by_unit"]),
            "c": research["completed_with_outputs"]}]
    return section_page(request, heading=_("队伍报表"), clause="SD-G-10 · SD-4-5 · SD-18-2 · SD-6-3 · BJ-64-3", notes=notes,
                        tables=[Table(_("配备情况"), [_("机构"), _("类型"), _("专职"), _("兼职职业指导师"), _("兼职辅助人员"),
                                                      _("服务对象/专职"), _("提示"), _("团队数")], staffing, "staffing"),
                                Table(_("高级人员年度成果不足"), [_("姓名"), _("提示")], short, "shortfalls")])
